import { buildCommitteeReportModel, committeeReportFileName, type CommitteeReportData } from '../../../src/reports/committee';
import { buildPeriodReportModel, periodReportFileName } from '../../../src/reports/periodReport';
import { reportChanges } from '../../../src/domain';
import type { ChartBlock, DocumentBlock, TableBlock, TableCellInput } from '../../../src/reports/word/documentModel';

const period = { id: 2, title: '2. Fortschreibung', updateNumber: 2, startYear: 2025, endYear: 2027, status: 'adopted' as const };

function data(overrides: Partial<CommitteeReportData> = {}): CommitteeReportData {
  return {
    planPeriod: period,
    years: [2026],
    reportDate: '2026-12-03T10:00:00Z',
    officeName: 'Büro für Integration',
    cityName: 'Stadt Musterstadt',
    consultation: { body: 'Ausschuss für Soziales und Integration', sessionDate: '2027-01-20' },
    fieldsOfAction: [{ id: 1, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 }],
    goals: [{ id: 10, title: 'Deutschkenntnisse verbessern', number: '1.1', fieldOfActionId: 1, planPeriodId: 2 }],
    measures: [
      { id: 100, title: 'Sprachkurse für Eltern', number: '1.1.1', goalId: 10, planPeriodId: 2, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'inProgress' },
      { id: 101, title: 'Lesepaten', number: '1.1.2', goalId: 10, planPeriodId: 2, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'suspended' }
    ],
    departments: [{ id: 5, number: '40', name: 'Schule', groupName: 'FB 40' }],
    indicators: [{ id: 1000, title: 'Teilnehmende Sprachkurse', measureId: 100, departmentId: 5, unit: 'Personen', direction: 'higherIsBetter', targetValue: 100, isGenderSplit: true }],
    acceptedValues: [
      { indicatorId: 1000, year: 2025, total: 60 },
      { indicatorId: 1000, year: 2026, total: 85, female: 50, male: 30, diverse: 1, notStated: 4 }
    ],
    notAcceptedCount: 3,
    agreements: [
      {
        agreement: { id: 7, title: 'ZV 40 2026', departmentId: 5, year: 2026, status: 'reviewed' },
        items: [{ measureId: 100, title: 'Sprachkurse für Eltern', achievement: 'achieved' }]
      }
    ],
    steeringSessions: [
      { id: 3, title: '1. Sitzung 2026', body: 'steeringGroup', date: '2026-03-10', agendaItems: [], decisions: 'Bericht vorbereiten', status: 'held' },
      { id: 4, title: 'Beirat', body: 'advisoryBoard', date: '2026-04-10', agendaItems: [] }
    ],
    actionItems: [{ id: 9, sessionId: 3, departmentId: 5, description: 'Zahlen liefern', dueDate: '2026-05-01', isDone: true }],
    changes: reportChanges(
      { measures: [{ id: 100, number: '1.1.1', title: 'Sprachkurse für Eltern', created: '2026-02-01T00:00:00Z' }], indicators: [], goalChanges: [], corrections: [] },
      { since: '2025-12-01T00:00:00Z', until: '2026-12-03T10:00:00Z' }
    ),
    changesFrom: 'previousReport',
    ...overrides
  };
}

const texts = (blocks: readonly DocumentBlock[]): string[] =>
  blocks.flatMap((block) => (block.kind === 'heading' || block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? [...block.items] : []));
const cellText = (cell: TableCellInput): string => (typeof cell === 'string' ? cell : Array.isArray(cell.text) ? cell.text.join(' ') : (cell.text as string));
const tables = (blocks: readonly DocumentBlock[]): TableBlock[] => blocks.filter((block): block is TableBlock => block.kind === 'table');

describe('the annual committee report model', () => {
  const model = buildCommitteeReportModel(data());

  it('opens like a council paper: Betreff, Organisationseinheit, Datum, Beratungsfolge "zur Kenntnis", Sachverhalt', () => {
    expect(model.titlePage.facts).toEqual([
      { label: 'Betreff', value: 'Jahresbericht 2026 zur Umsetzung der 2. Fortschreibung 2025–2027' },
      { label: 'Organisationseinheit', value: 'Büro für Integration' },
      { label: 'Datum', value: '03.12.2026' }
    ]);
    const consultation = tables(model.blocks)[0];
    expect(consultation.rows).toEqual([['Ausschuss für Soziales und Integration', '20.01.2027', 'zur Kenntnis']]);
    expect(texts(model.blocks)).toEqual(expect.arrayContaining(['Beratungsfolge', 'Sachverhalt', 'Änderungen seit dem letzten Bericht', 'Zielvereinbarungen 2026', 'Sitzungen und Beschlüsse der Steuerungsgruppe']));
  });

  it('says that only accepted values are used and how many are not yet accepted, and states the rule', () => {
    const all = texts(model.blocks).join('\n');
    expect(all).toContain('ausschließlich Kennzahlwerte, die das Büro für Integration geprüft und angenommen hat');
    expect(all).toContain('3 eingereichte Werte');
    expect(all).toContain('um bis zu 20 % des Zielwerts verfehlt gefährdet');
    expect(all).toContain('Stand der Maßnahmen: 0 im Plan, 1 gefährdet, 1 nicht im Plan.');
  });

  it('gives each measure its light in words and colour with the reasons', () => {
    const measures = tables(model.blocks).find((table) => table.caption === 'Maßnahmen des Ziels 1.1 mit Ampel')!;
    expect(measures.rows.map((row) => row.map(cellText))).toEqual([
      ['1.1.1', 'Sprachkurse für Eltern', '40 Schule', 'in Umsetzung', 'gefährdet', 'Teilnehmende Sprachkurse: Zielwert 100, Ist 85'],
      ['1.1.2', 'Lesepaten', '40 Schule', 'zurückgestellt', 'nicht im Plan', 'Status: zurückgestellt']
    ]);
    expect(measures.rows[0][4]).toMatchObject({ fill: 'FFEB9C' });
  });

  it('charts each indicator with a text alternative and the same numbers in a table, split by gender where recorded', () => {
    const chart = model.blocks.find((block): block is ChartBlock => block.kind === 'chart')!;
    expect(chart.chart.categories).toEqual(['2025', '2026']);
    expect(chart.chart.stacked).toBe(true);
    expect(chart.chart.series.map((series) => [series.name, series.values])).toEqual([
      ['weiblich', [null, 50]],
      ['männlich', [null, 30]],
      ['divers', [null, 1]],
      ['ohne Angabe', [null, 4]],
      ['ohne Aufteilung', [60, null]],
      ['Zielwert', [100, 100]]
    ]);
    expect(chart.altText).toContain('2025: 60, 2026: 85');
    expect(chart.altText).toContain('Zielwert 100');
    const numbers = tables(model.blocks).find((table) => table.caption === 'Werte der Kennzahl Teilnehmende Sprachkurse')!;
    expect(numbers.rows).toEqual([
      ['2025', '60', '100', '–', '–', '–', '–'],
      ['2026', '85', '100', '50', '30', '1', '4']
    ]);
  });

  it('lists the agreements per department, the steering sessions with decisions and action items, and the changes', () => {
    const agreements = tables(model.blocks).find((table) => table.caption === 'Zielvereinbarungen 2026 je Fachbereich')!;
    expect(agreements.rows).toEqual([['40 Schule', 'überprüft', '1', '1', '0', '0', '0']]);
    const sessions = tables(model.blocks).find((table) => table.caption === 'Sitzungen der Steuerungsgruppe')!;
    expect(sessions.rows.map((row) => row.map(cellText))).toEqual([['10.03.2026', '1. Sitzung 2026', 'Bericht vorbereiten']]);
    expect(texts(model.blocks)).toContain('Im Jahr 2026 hat die Steuerungsgruppe weniger als zweimal getagt.');
    expect(texts(model.blocks)).toContain('1.1.1 Sprachkurse für Eltern');
    expect(texts(model.blocks)).toContain('Änderungen seit dem Jahresbericht vom 01.12.2025.');
  });

  it('reads in English when asked', () => {
    const english = buildCommitteeReportModel(data(), { language: 'en' });
    expect(english.title).toBe('Annual report 2026 to the committee');
    expect(texts(english.blocks)).toContain('Changes since the last report');
    expect(committeeReportFileName(2026, '2026-12-03T10:00:00Z')).toBe('Jahresbericht_2026_2026-12-03.docx');
  });
});

describe('the period report model', () => {
  it('uses the same blocks over all years of the period', () => {
    const model = buildPeriodReportModel(data({ years: [2025, 2026, 2027], changesFrom: 'periodStart' }));
    expect(model.title).toBe('Bericht zur Umsetzung der 2. Fortschreibung 2025–2027');
    const chart = model.blocks.find((block): block is ChartBlock => block.kind === 'chart')!;
    expect(chart.chart.categories).toEqual(['2025', '2026', '2027']);
    expect(texts(model.blocks)).toEqual(expect.arrayContaining(['Zielvereinbarungen 2025–2027', 'Zielvereinbarungen 2025', 'Zielvereinbarungen 2027']));
    expect(periodReportFileName(period, '2026-12-03')).toBe('Bericht-Fortschreibung-2_2025-2027_2026-12-03.docx');
    // Made in 2026, the lights show 2025, the last year whose values were collected (60 of a target of 100: off track).
    expect(texts(model.blocks)).toContain('Die Ampeln zeigen den Stand des Jahres 2025. Stand der Maßnahmen: 0 im Plan, 0 gefährdet, 2 nicht im Plan.');
  });
});
