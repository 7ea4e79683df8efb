import JSZip from 'jszip';
import { comparePlanPeriods } from '../../../src/domain';
import type { CatalogueSnapshot, Department, PlanPeriod } from '../../../src/domain';
import { buildPeriodComparisonDocument, differenceLines, packPeriodComparisonDocument, periodComparisonFileName } from '../../../src/reports';

const previousPeriod: PlanPeriod = { id: 3, title: '3. Fortschreibung 2022–2024', updateNumber: 3, startYear: 2022, endYear: 2024, status: 'closed' };
const nextPeriod: PlanPeriod = { id: 4, title: '4. Fortschreibung 2025–2027', updateNumber: 4, startYear: 2025, endYear: 2027, status: 'adopted' };
const departments: Department[] = [
  { id: 5, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
  { id: 6, number: '32', name: 'Ordnung', groupName: 'FB 32 Mitglieder' }
];
const previous: CatalogueSnapshot = {
  guidingGoals: [{ id: 1, title: 'Willkommenskultur', sortOrder: 1, planPeriodId: 3 }],
  fieldsOfAction: [{ id: 1, title: 'Wohnen', sortOrder: 1, planPeriodId: 3 }],
  goals: [{ id: 1, title: 'Wohnraumversorgung von Geflüchteten', number: '3.3', fieldOfActionId: 1, planPeriodId: 3 }],
  measures: [
    { id: 1, title: 'Nachbarschaftsmediation', number: '3.3.1', goalId: 1, planPeriodId: 3, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'inProgress' },
    { id: 2, title: 'Sozialbetreuung in Unterkünften', number: '3.3.2', goalId: 1, planPeriodId: 3, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'implemented' }
  ],
  indicators: [{ id: 1, title: 'Mediationen', measureId: 1, departmentId: 5, unit: 'Anzahl', direction: 'higherIsBetter', targetValue: 1200, isGenderSplit: false }]
};
const next: CatalogueSnapshot = {
  guidingGoals: [{ id: 11, title: 'Interkulturelle Öffnung', sortOrder: 1, planPeriodId: 4 }],
  fieldsOfAction: [{ id: 11, title: 'Wohnen', sortOrder: 1, planPeriodId: 4, predecessorId: 1 }],
  goals: [{ id: 11, title: 'Wohnraumversorgung und Zusammenleben', number: '3.3', fieldOfActionId: 11, planPeriodId: 4, predecessorId: 1 }],
  measures: [
    { id: 11, title: 'Nachbarschaftsmediation', number: '3.3.1', goalId: 11, planPeriodId: 4, leadDepartmentId: 6, involvedDepartmentIds: [], status: 'inProgress', predecessorId: 1 },
    { id: 12, title: 'Belegungsmanagement', number: '3.3.2', goalId: 11, planPeriodId: 4, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'planned' }
  ],
  indicators: [{ id: 11, title: 'Mediationen', measureId: 11, departmentId: 6, unit: 'Anzahl', direction: 'higherIsBetter', targetValue: 1500, isGenderSplit: false, predecessorId: 1 }]
};
const comparison = comparePlanPeriods(previous, next);

async function documentText(language: 'de' | 'en'): Promise<{ text: string; core: string }> {
  const built = buildPeriodComparisonDocument({ previous: previousPeriod, next: nextPeriod, comparison, departments, snapshots: { previous, next }, language, locale: language === 'de' ? 'de-DE' : 'en-GB', officeName: 'Büro für Integration', dateLabel: '03.12.2026', createdAt: new Date('2026-12-03T10:00:00Z') });
  const zip = await JSZip.loadAsync(await (await packPeriodComparisonDocument(built)).arrayBuffer());
  const xml = await zip.file('word/document.xml')!.async('string');
  // Paragraphs on lines of their own, runs joined, so assertions do not depend on how Word splits runs.
  const text = xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .filter(Boolean)
    .join('\n');
  return { text, core: await zip.file('docProps/core.xml')!.async('string') };
}

describe('the Word attachment "Änderungen gegenüber der n. Fortschreibung"', () => {
  it('is titled after the previous update and names the new one', async () => {
    const { text, core } = await documentText('de');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Änderungen gegenüber der 3. Fortschreibung',
      'Anlage zur 4. Fortschreibung 2025–2027 des Integrationskonzepts',
      'Stand: 03.12.2026',
      'Erstellt von: Büro für Integration'
    ]);
    expect(core).toContain('<dc:language>de-DE</dc:language>');
    expect(core).toContain('<dc:title>Änderungen gegenüber der 3. Fortschreibung</dc:title>');
  });

  it('sums up the changes and lists each level with what is new, dropped and changed, old → new', async () => {
    const { text } = await documentText('de');
    expect(text).toContain('Gegenüber der 3. Fortschreibung 2022–2024 sind 2 Einträge neu, 2 entfallen und 3 geändert.');
    for (const heading of ['Leitziele', 'Handlungsfelder', 'Einzelziele', 'Maßnahmen', 'Kennzahlen']) {
      expect(text.split('\n')).toContain(heading);
    }
    expect(text).toContain('Handlungsfelder\nKeine Änderungen.');
    expect(text).toContain('3.3\nWohnraumversorgung und Zusammenleben\ngeändert\nBezeichnung: Wohnraumversorgung von Geflüchteten → Wohnraumversorgung und Zusammenleben');
    expect(text).toContain('3.3.1\nNachbarschaftsmediation\ngeändert\nFederführung: 50 Soziales → 32 Ordnung');
    expect(text).toContain('3.3.2\nSozialbetreuung in Unterkünften\nentfallen');
    expect(text).toContain('3.3.2\nBelegungsmanagement\nneu');
    expect(text).toContain('Fachbereich: 50 Soziales → 32 Ordnung\nZielwert: 1.200 → 1.500');
  });

  it('is also written in English, with an ASCII file name', async () => {
    const { text, core } = await documentText('en');
    expect(text).toContain('Changes against the update no. 3');
    expect(text).toContain('Target: 1,200 → 1,500');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(periodComparisonFileName(previousPeriod, 'de')).toBe('Aenderungen-gegenueber-3-Fortschreibung.docx');
  });

  it('words the lines once for the page and the document', () => {
    const lines = differenceLines(comparison, { language: 'de', locale: 'de-DE', departments, snapshots: { previous, next } });
    expect(lines.map((line) => `${line.kind} ${line.level} ${line.number} ${line.title}`)).toEqual([
      // Under one number by title, as the comparison orders them.
      'added guidingGoal 1 Interkulturelle Öffnung',
      'dropped guidingGoal 1 Willkommenskultur',
      'changed goal 3.3 Wohnraumversorgung und Zusammenleben',
      'changed measure 3.3.1 Nachbarschaftsmediation',
      'added measure 3.3.2 Belegungsmanagement',
      'dropped measure 3.3.2 Sozialbetreuung in Unterkünften',
      'changed indicator 3.3.1 Mediationen'
    ]);
    expect(new Set(lines.map((line) => line.key)).size).toBe(lines.length);
  });
});
