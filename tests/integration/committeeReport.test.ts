import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { nodeCanvas } from '../support/nodeCanvas';
import type { ProductServices } from '../../src/app/services';
import type { AcceptedValuesReader } from '../../src/app/committeeReport/acceptedValues';
import { buildCommitteeReportFile, storeCommitteeReport, type GenerationContext } from '../../src/app/committeeReport/committeeReportCommands';
import { loadCommitteeReportData, type CommitteeReportRequest } from '../../src/app/committeeReport/committeeReportData';
import type { Generation } from '../../src/app/committeeReport/committeeReportState';
import { wordRenderer } from '../../src/app/committeeReport/reportRenderer';
import { currentPlanPeriod, todayInCouncil, type IndicatorValue, type PlanPeriod } from '../../src/domain';
import { orderCatalogue, valueIndex } from '../../src/reports/committee';

const reportDir = path.resolve(__dirname, '../../test-results/reports');

/** The office's review as seeded: earlier years accepted; of the year being collected every third value, one returned, the rest waiting. */
function reviewedValues(office: ProductServices): AcceptedValuesReader & { all(years: readonly number[]): Promise<IndicatorValue[]> } {
  const all = async (years: readonly number[]): Promise<IndicatorValue[]> => office.indicatorValues.valuesOf((await office.indicators.indicators()).map((indicator) => indicator.id), years);
  return { all, acceptedValues: (years) => office.valueReviews.acceptedValues(years) };
}

async function openDocx(blob: Blob): Promise<{ zip: JSZip; document: string; text: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(await blob.arrayBuffer()));
  const document = await zip.file('word/document.xml')!.async('string');
  // The visible text: runs joined, XML entities resolved.
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  return { zip, document, text };
}

describe('the committee report generated from the demo data', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let period: PlanPeriod;
  let year: number;
  const now = new Date();

  const request = (kind: CommitteeReportRequest['kind']): CommitteeReportRequest => ({
    kind,
    planPeriodId: period.id,
    year,
    consultation: { body: 'Ausschuss für Soziales und Integration', sessionDate: `${year + 1}-01-20` },
    officeName: 'Büro für Integration',
    language: 'de'
  });

  beforeAll(async () => {
    office = emulator.services(coordinator);
    period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    // The demo collects last year's values this year: this year's report is on last year.
    year = Number(todayInCouncil(now).slice(0, 4)) - 1;
  });

  it('opens as Word with the council paper head, the sections, the live numbers, charts with text alternatives, and the changes since the seeded report of the previous year', async () => {
    const accepted = reviewedValues(office);
    const data = await loadCommitteeReportData(office, accepted, request('annualReport'), now);
    const shown: Generation[] = [];
    const file = await buildCommitteeReportFile({ services: office, accepted, render: wordRenderer(nodeCanvas), show: (generation) => shown.push(generation) }, request('annualReport'), now);
    expect(shown.map((generation) => (generation.kind === 'working' ? generation.step : generation.kind))).toEqual(['catalogue', 'values', 'governance', 'changes', 'document']);
    fs.mkdirSync(reportDir, { recursive: true });
    fs.writeFileSync(path.join(reportDir, `committee-report-${year}.docx`), Buffer.from(await file.content.arrayBuffer()));

    const { zip, document, text } = await openDocx(file.content);
    for (const section of ['Betreff', 'Organisationseinheit', 'Datum', 'Beratungsfolge', 'zur Kenntnis', 'Sachverhalt', 'Ampel: wie der Stand einer Maßnahme bewertet wird', `Zielvereinbarungen ${year}`, 'Sitzungen und Beschlüsse der Steuerungsgruppe', 'Änderungen seit dem letzten Bericht']) {
      expect(text).toContain(section);
    }
    expect(text).toContain('Ausschuss für Soziales und Integration');
    expect(text).toContain('ausschließlich Kennzahlwerte, die das Büro für Integration geprüft und angenommen hat');

    // Only accepted values, and the report says how many others wait.
    const stored = await accepted.all([year]);
    const acceptedKeys = new Set((await accepted.acceptedValues([year])).map((value) => `${value.indicatorId}-${value.year}`));
    const catalogue = orderCatalogue(data);
    const ownIds = new Set(catalogue.fields.flatMap((field) => catalogue.goalsOf(field.id).flatMap((goal) => catalogue.indicatorsOfGoal(goal.id).map((indicator) => indicator.id))));
    const waiting = stored.filter((value) => ownIds.has(value.indicatorId) && Number.isFinite(value.total) && !acceptedKeys.has(`${value.indicatorId}-${value.year}`)).length;
    expect(waiting).toBeGreaterThan(0);
    expect(file.notAcceptedCount).toBe(waiting);
    expect(text).toContain(`${waiting} eingereichte Werte der Berichtsjahre sind noch nicht angenommen`);

    // Numbers equal the live data: an accepted value of the year stands in its indicator's table.
    const valueOf = valueIndex(data.acceptedValues, [year]);
    const acceptedIndicator = data.indicators.find((indicator) => ownIds.has(indicator.id) && valueOf(indicator.id, year) !== undefined)!;
    const value = valueOf(acceptedIndicator.id, year)!;
    expect(acceptedKeys.has(`${value.indicatorId}-${year}`)).toBe(true);
    // A value waiting for the review is not in the report: its indicator's row of the year has no number.
    const waitingValue = stored.find((candidate) => ownIds.has(candidate.indicatorId) && Number.isFinite(candidate.total) && !acceptedKeys.has(`${candidate.indicatorId}-${year}`))!;
    expect(valueOf(waitingValue.indicatorId, year)).toBeUndefined();
    expect(text).toContain(`Werte der Kennzahl ${acceptedIndicator.title}`);
    expect(text).toContain(`${year}${value.total.toLocaleString('de-DE')}`);

    // One picture per indicator, each with its text alternative.
    const pictures = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(pictures.length).toBe(catalogue.indicatorCount);
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    expect(descriptions.length).toBe(catalogue.indicatorCount);
    expect(descriptions.every((description) => description.startsWith('Balkendiagramm'))).toBe(true);

    // The seeded pair of years: the annual report of the previous year, then one measure changed, one dropped, one added.
    expect(data.changesFrom).toBe('previousReport');
    expect(text).toMatch(/Änderungen seit dem Jahresbericht vom 20\.11\.\d{4}\./);
    const [changed] = data.changes.changedMeasures;
    expect(changed.fields).toContain('Stand der Umsetzung');
    expect(text).toContain(`${changed.number} ${changed.title} (geändert: ${changed.fields.join(', ')})`);
    expect(data.changes.addedMeasures).toHaveLength(1);
    expect(text).toContain(`${data.changes.addedMeasures[0].number} ${data.changes.addedMeasures[0].title}`);
    expect(data.changes.droppedMeasures).toHaveLength(1);
    expect(data.changes.newIndicators.length).toBeGreaterThan(0);
    expect(text).toContain(data.changes.newIndicators[0].title);
  }, 120_000);

  it('stores the report in Berichte, and a second one of the same name only after the user agreed', async () => {
    const accepted = reviewedValues(office);
    const shown: Generation[] = [];
    let storedCount = 0;
    const context: GenerationContext = { services: office, accepted, render: wordRenderer(nodeCanvas), show: (generation) => shown.push(generation), onStored: () => (storedCount += 1) };
    const file = await buildCommitteeReportFile(context, request('annualReport'), now);
    await storeCommitteeReport(context, file, false);
    expect(shown[shown.length - 1]).toMatchObject({ kind: 'saved', replaced: false });
    const listed = (await office.reports.reports()).find((report) => report.fileName === file.fileName);
    expect(listed).toMatchObject({ type: 'annualReport', year, planPeriodId: period.id });

    await storeCommitteeReport(context, file, false);
    expect(shown[shown.length - 1]).toMatchObject({ kind: 'confirmReplace' });
    expect(storedCount).toBe(1);
    await storeCommitteeReport(context, file, true);
    expect(shown[shown.length - 1]).toMatchObject({ kind: 'saved', replaced: true });
    expect(storedCount).toBe(2);
  }, 120_000);

  it('generates the period report over every year of the plan period', async () => {
    const accepted = reviewedValues(office);
    const file = await buildCommitteeReportFile({ services: office, accepted, render: wordRenderer(nodeCanvas), show: () => undefined }, request('periodReport'), now);
    fs.mkdirSync(reportDir, { recursive: true });
    fs.writeFileSync(path.join(reportDir, `period-report-${period.startYear}-${period.endYear}.docx`), Buffer.from(await file.content.arrayBuffer()));
    const { text } = await openDocx(file.content);
    expect(text).toContain(`Bericht zur Umsetzung der ${period.updateNumber}. Fortschreibung ${period.startYear}–${period.endYear}`);
    for (let reportYear = period.startYear; reportYear <= period.endYear; reportYear += 1) {
      expect(text).toContain(`Zielvereinbarungen ${reportYear}`);
    }
    expect(text).toContain('Änderungen seit Beginn der Fortschreibung');
    expect(file).toMatchObject({ type: 'periodReport', year: period.endYear, planPeriodId: period.id });
  }, 120_000);
});
