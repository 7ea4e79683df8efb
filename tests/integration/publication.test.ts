import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import { rawRest, type RawRestAnswer } from './support/rawRest';
import { publishReport, PublishRefusedError } from '../../src/app/publication/publishReport';
import { indicatorsOfCatalogue, releaseSessions, todayInCouncil } from '../../src/domain';
import type { BodySession, IndicatorValue } from '../../src/domain';
import { buildSeed, type SeedData, type SeedName } from '../../local/seed';

/**
 * Release and publication in the local SharePoint: the office records the Beirat's release on a
 * report in "Berichte" and publishes it with the public indicator dataset into
 * "Veröffentlichungen". A department contact reads the publications and SharePoint refuses the
 * contact's writes made with raw REST, on the publications and on a report's release.
 */

const reportsUrl = '/sites/integration/Berichte';
const publicationsUrl = '/sites/integration/Veroeffentlichungen';
const thisYear = new Date().getFullYear();
/** The demo locks the year before last and collects last year. */
const lockedYear = thisYear - 2;
const openYear = thisYear - 1;
const artifacts = path.resolve(__dirname, '../../test-results/reports');

/** Someone of the city administration who works in none of the departments of the plan: in no group of the site. */
const colleague = 'petra.muster@stadt.example';

function seedWithColleague(name: SeedName, now: Date): SeedData {
  const seed = buildSeed(name, now);
  seed.users.push({ login: colleague, displayName: 'Petra Muster', role: 'department', department: null });
  return seed;
}

async function reportDocx(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

/** The same document with a Word comment part, as Word stores a comment an editor left. */
async function withComment(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/comments.xml', '<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Büro"><w:p><w:r><w:t>intern: Zahl noch prüfen</w:t></w:r></w:p></w:comment></w:comments>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('release and publication in the local SharePoint', () => {
  const emulator = useTestEmulator('demo', { seedBuilder: seedWithColleague });
  const office = () => emulator.services(coordinator);
  const rest = (login: string, method: string, apiPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> =>
    rawRest(emulator.siteUrl, login, method, apiPath, body, headers);
  const publicationItems = (query: string): string => `web/GetList('${encodeURIComponent(publicationsUrl)}')/items?${query}`;
  let board: BodySession;

  async function storeReport(fileName: string, year: number, content: Buffer): Promise<number> {
    const outcome = await office().reports.save({ fileName, content: content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer, title: `Jahresbericht ${year}`, type: 'annualReport', year }, { overwrite: true });
    if (outcome.status !== 'saved') throw new Error(`${fileName} not saved`);
    return outcome.report.id;
  }

  async function release(reportId: number): Promise<void> {
    const report = await office().publications.report(reportId);
    await office().publications.recordRelease(report, { sessionId: board.id, releasedOn: board.date });
  }

  async function fileText(fileName: string, login = coordinator): Promise<{ status: number; text: string }> {
    const response = await fetch(`${emulator.siteUrl}/_api/web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(`${publicationsUrl}/${fileName}`)}')/$value`, { headers: { Authorization: `Bearer ${login}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Decoded as stored: a byte order mark is kept as U+FEFF instead of being dropped.
    return { status: response.status, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  async function publishedCount(): Promise<number> {
    const answer = await rest(coordinator, 'GET', publicationItems('$select=Id&$top=500'));
    return (answer.json.value as unknown[]).length;
  }

  beforeAll(async () => {
    board = releaseSessions(await office().bodySessions.sessions())[0];
  });

  it('offers the demo Beirat sessions, the latest one first, for a release', () => {
    expect(board).toMatchObject({ body: 'advisoryBoard', title: 'Sitzung des begleitenden Beirats' });
    expect(board.date < todayInCouncil(new Date())).toBe(true);
  });

  it('refuses to publish a report the Beirat has not released, and writes nothing', async () => {
    const id = await storeReport(`Jahresbericht_${lockedYear}_unreleased.docx`, lockedYear, await reportDocx('Noch nicht freigegeben'));
    const before = await publishedCount();
    const refusal = await publishReport(office(), id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PublishRefusedError);
    expect((refusal as PublishRefusedError).refusal).toBe('notReleased');
    expect(await publishedCount()).toBe(before);
  });

  it('records the release against the version read: a stale version gets 412 and the first release stays', async () => {
    const id = await storeReport(`Jahresbericht_${lockedYear}_stale.docx`, lockedYear, await reportDocx('Stand'));
    const read = await office().publications.report(id);
    const saved = await office().publications.recordRelease(read, { sessionId: board.id, releasedOn: board.date });
    expect(saved.release).toEqual({ sessionId: board.id, releasedOn: board.date });
    const stale = await failureOf(office().publications.recordRelease(read, { sessionId: board.id, releasedOn: todayInCouncil(new Date()) }));
    expect(stale.status).toBe(412);
    expect((await office().publications.report(id)).release?.releasedOn).toBe(board.date);
  });

  it('publishes the released report with the dataset of its locked year: accepted values only, suppressed, no internal comments; a repeat replaces the files', async () => {
    // The report's indicators are those of the plan period the year lies in (its predecessor's carry the same titles).
    const period = (await office().catalogue.planPeriods()).find((candidate) => candidate.startYear <= lockedYear && lockedYear <= candidate.endYear)!;
    const [goals, measures] = await Promise.all([office().catalogue.goals(period.id), office().catalogue.measures(period.id)]);
    const indicators = indicatorsOfCatalogue(await office().indicators.indicators(), goals, measures);
    const values = await office().indicatorValues.valuesOf(
      indicators.map((indicator) => indicator.id),
      [lockedYear]
    );
    const split = indicators.find((indicator) => indicator.isGenderSplit && values.some((value) => value.indicatorId === indicator.id))!;
    const unsplit = indicators.find((indicator) => !indicator.isGenderSplit && indicator.id !== split.id && values.some((value) => value.indicatorId === indicator.id))!;
    const valueOf = (indicatorId: number): IndicatorValue => values.find((value) => value.indicatorId === indicatorId)!;
    // The office corrects one value to small parts and accepts the new version; another it changes without accepting it.
    const merge = (value: IndicatorValue, fields: Record<string, unknown>) =>
      rest(coordinator, 'POST', `web/GetList('${encodeURIComponent('/sites/integration/Lists/IndicatorValues')}')/items(${value.id})`, fields, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect((await merge(valueOf(split.id), { Total: 20, Female: 16, Male: 4, Diverse: 0, NotStated: 0, ValueComment: 'intern: Nachzählung VHS' })).status).toBe(204);
    const [corrected] = await office().indicatorValues.valuesOf([split.id], [lockedYear]);
    await office().valueReviews.accept([corrected]);
    expect((await merge(valueOf(unsplit.id), { Total: 777 })).status).toBe(204);

    const ofPeriod = new Set(indicators.map((indicator) => indicator.id));
    const accepted = (await office().valueReviews.acceptedValues([lockedYear])).filter((value) => ofPeriod.has(value.indicatorId));
    expect(accepted.some((value) => value.indicatorId === unsplit.id)).toBe(false);
    const id = await storeReport(`Jahresbericht_${lockedYear}.docx`, lockedYear, await reportDocx(`Jahresbericht ${lockedYear}`));
    await release(id);
    const steps: string[] = [];
    const result = await publishReport(office(), id, { onStep: (step) => steps.push(step) });
    expect(steps).toEqual(['reading', 'report', 'datasetCsv', 'datasetHtml', 'stamping']);
    expect(result.files.map((file) => [file.fileName, file.kind])).toEqual([
      [`Jahresbericht_${lockedYear}.docx`, 'report'],
      [`Kennzahlen_${lockedYear}.csv`, 'datasetCsv'],
      [`Kennzahlen_${lockedYear}.html`, 'datasetHtml']
    ]);
    expect(result.publishedYears).toEqual([lockedYear]);
    expect(result.report.publishedAt).toBeDefined();

    const csv = await fileText(`Kennzahlen_${lockedYear}.csv`);
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, `public-indicators-${lockedYear}.csv`), csv.text, 'utf8');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect([...Buffer.from(csv.text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('Kennzahl;Einheit;Jahr;Gesamt;weiblich;männlich;divers;ohne Angabe');
    expect(lines).toHaveLength(accepted.length + 1);
    expect(result.rowCount).toBe(accepted.length);
    expect(lines).toContain(`${split.title.includes(';') ? `"${split.title}"` : split.title};${split.unit};${lockedYear};20;16;<5;<5;0`);
    expect(lines.some((line) => line.startsWith(`${unsplit.title};`))).toBe(false);
    expect(lines.some((line) => line.includes(';777;'))).toBe(false);
    // Sources and comments are internal: none of them is published.
    for (const value of values.filter((candidate) => candidate.comment || candidate.source)) {
      if (value.comment) expect(csv.text).not.toContain(value.comment);
      if (value.source && value.source.length > 12) expect(csv.text).not.toContain(value.source);
    }
    expect(csv.text).not.toContain('intern: Nachzählung');
    const html = await fileText(`Kennzahlen_${lockedYear}.html`);
    expect(html.text).toContain('<html lang="de">');
    expect(html.text).toContain('<abbr title="weniger als 5">&lt;5</abbr>');
    expect(html.text).not.toMatch(/<script/i);

    const count = await publishedCount();
    await publishReport(office(), id);
    expect(await publishedCount()).toBe(count);
    expect((await office().publications.publications()).filter((file) => file.fileName.includes(String(lockedYear)))).toHaveLength(3);
  });

  it('publishes no values of a year that is still open, and says so on the page', async () => {
    const id = await storeReport(`Jahresbericht_${openYear}.docx`, openYear, await reportDocx(`Jahresbericht ${openYear}`));
    await release(id);
    const result = await publishReport(office(), id);
    expect(result).toMatchObject({ publishedYears: [], openYears: [openYear], rowCount: 0 });
    const csv = await fileText(`Kennzahlen_${openYear}.csv`);
    expect(csv.text).toBe('\uFEFFKennzahl;Einheit;Jahr;Gesamt;weiblich;männlich;divers;ohne Angabe\r\n');
    expect((await fileText(`Kennzahlen_${openYear}.html`)).text).toContain(`Noch nicht abgeschlossen und daher nicht enthalten: ${openYear}.`);
  });

  it('publishes a period report with the values of its period\'s locked years only, under the period\'s name', async () => {
    const period = (await office().catalogue.planPeriods()).find((candidate) => candidate.startYear <= lockedYear && lockedYear <= candidate.endYear)!;
    const content = await reportDocx(`Bericht zur Umsetzung ${period.title}`);
    const saved = await office().reports.save(
      { fileName: `Bericht_${period.id}.docx`, content: content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer, title: `Bericht zur Umsetzung ${period.title}`, type: 'periodReport', year: period.endYear, planPeriodId: period.id },
      { overwrite: true }
    );
    if (saved.status !== 'saved') throw new Error('period report not saved');
    await release(saved.report.id);
    const result = await publishReport(office(), saved.report.id);
    const span = `${period.startYear}-${period.endYear}`;
    expect(result.files.map((file) => file.fileName)).toEqual([`Bericht-zur-Fortschreibung_${span}.docx`, `Kennzahlen_${span}.csv`, `Kennzahlen_${span}.html`]);
    const locked = (await office().reportingYears.years()).filter((year) => year.isLocked).map((year) => year.year);
    expect(result.publishedYears).toEqual(locked.filter((year) => period.startYear <= year && year <= period.endYear).sort());
    expect([...result.publishedYears, ...result.openYears].sort()).toEqual(Array.from({ length: period.endYear - period.startYear + 1 }, (_, index) => period.startYear + index));
    expect(result.openYears.length).toBeGreaterThan(0);
    const years = (await fileText(`Kennzahlen_${span}.csv`)).text.split('\r\n').slice(1).filter((line) => line !== '').map((line) => Number(line.split(';').at(-6)));
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((year) => result.publishedYears.includes(year))).toBe(true);
  });

  it('refuses a report with Word comments before anything is written', async () => {
    const id = await storeReport(`Jahresbericht_${lockedYear}_kommentiert.docx`, lockedYear - 1, await withComment(await reportDocx('Mit Kommentar')));
    await release(id);
    const before = await publishedCount();
    const refusal = await publishReport(office(), id).catch((error: unknown) => error);
    expect((refusal as PublishRefusedError).refusal).toBe('hasComments');
    expect(await publishedCount()).toBe(before);
  });

  it('lets a department contact read what is published, but SharePoint refuses the contact adding, changing or deleting a file (403) and nothing changes', async () => {
    const contact = emulator.people.anyContact().login;
    const listed = await rest(contact, 'GET', publicationItems('$select=Id,FileLeafRef&$top=500'));
    expect(listed.status).toBe(200);
    const files = listed.json.value as Array<{ Id: number; FileLeafRef: string }>;
    const csvFile = files.find((file) => file.FileLeafRef === `Kennzahlen_${lockedYear}.csv`)!;
    expect(csvFile).toBeDefined();
    const before = await fileText(csvFile.FileLeafRef, contact);
    expect(before.status).toBe(200);

    const folder = `web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(publicationsUrl)}')/Files/AddUsingPath(decodedurl='Falsch.csv',overwrite=true)`;
    const add = await fetch(`${emulator.siteUrl}/_api/${folder}`, { method: 'POST', headers: { Authorization: `Bearer ${contact}` }, body: 'gefälscht' });
    expect(add.status).toBe(403);
    const overwrite = await fetch(`${emulator.siteUrl}/_api/web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(publicationsUrl)}')/Files/AddUsingPath(decodedurl='${csvFile.FileLeafRef}',overwrite=true)`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${contact}` },
      body: 'gefälscht'
    });
    expect(overwrite.status).toBe(403);
    const item = `web/GetList('${encodeURIComponent(publicationsUrl)}')/items(${csvFile.Id})`;
    expect((await rest(contact, 'POST', item, { Title: 'geändert' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(403);
    expect((await rest(contact, 'POST', item, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(403);

    const after = await rest(contact, 'GET', publicationItems('$select=Id,FileLeafRef,Title&$top=500'));
    expect((after.json.value as unknown[]).length).toBe(files.length);
    expect((after.json.value as Array<{ FileLeafRef: string }>).some((file) => file.FileLeafRef === 'Falsch.csv')).toBe(false);
    expect((await fileText(csvFile.FileLeafRef, contact)).text).toBe(before.text);
  });

  it('lets everyone in the organisation read what is published (the everyone claim), while Berichte stays closed to someone in no group of the site', async () => {
    const published = await rest(colleague, 'GET', publicationItems('$select=Id,FileLeafRef&$top=500'));
    expect(published.status).toBe(200);
    expect((published.json.value as Array<{ FileLeafRef: string }>).map((file) => file.FileLeafRef)).toContain(`Kennzahlen_${lockedYear}.csv`);
    expect((await fileText(`Kennzahlen_${lockedYear}.csv`, colleague)).status).toBe(200);
    // The reports themselves (with their release) stay within the site: refused, or an empty answer.
    const reports = await rest(colleague, 'GET', `web/GetList('${encodeURIComponent(reportsUrl)}')/items?$select=Id`);
    expect([200, 403, 404]).toContain(reports.status);
    expect((reports.json.value as unknown[] | undefined) ?? []).toEqual([]);
    expect(((await rest(coordinator, 'GET', `web/GetList('${encodeURIComponent(reportsUrl)}')/items?$select=Id`)).json.value as unknown[]).length).toBeGreaterThan(0);
    const add = await fetch(`${emulator.siteUrl}/_api/web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(publicationsUrl)}')/Files/AddUsingPath(decodedurl='Neu.csv',overwrite=true)`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${colleague}` },
      body: 'neu'
    });
    expect(add.status).toBe(403);
  });

  it("refuses a department contact's release of a report in Berichte (403) and the report stays unreleased", async () => {
    const id = await storeReport(`Jahresbericht_${lockedYear}_contact.docx`, lockedYear, await reportDocx('Nicht freigegeben'));
    const contact = emulator.people.anyContact().login;
    const item = `web/GetList('${encodeURIComponent(reportsUrl)}')/items(${id})`;
    const answer = await rest(contact, 'POST', item, { ReleaseSessionId: board.id, ReleasedAt: `${board.date}T00:00:00Z` }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(answer.status).toBe(403);
    expect((await rest(contact, 'GET', `${item}?$select=ReleaseSessionId,ReleasedAt`)).json).toMatchObject({ ReleaseSessionId: null, ReleasedAt: null });
    expect((await office().publications.report(id)).release).toBeUndefined();
  });
});
