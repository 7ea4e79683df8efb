import { changesSince, hasChanges, reportChanges, startOfYear, type MeasureRecord } from '../../../src/domain/reportChanges';
import type { GoalChange } from '../../../src/domain/goalChange';
import type { CorrectionRequest } from '../../../src/domain/correctionRequest';
import type { ItemVersion } from '../../../src/domain/itemHistory';

const window = { since: '2025-11-20T09:00:00.000Z', until: '2026-11-25T09:00:00.000Z' };

function version(label: string, modified: string, values: Record<string, unknown>): ItemVersion {
  return { label, modified, editor: 'Koordination', values: { Title: 'Sprachkurse', MeasureStatus: 'in Umsetzung', MeasureNumber: '1.1.1', ...values } };
}

const measures: MeasureRecord[] = [
  { id: 1, number: '1.1.1', title: 'Sprachkurse', created: '2024-01-10T08:00:00Z', versions: [version('1.0', '2024-01-10T08:00:00Z', {}), version('2.0', '2026-03-01T08:00:00Z', { MeasureStatus: 'umgesetzt', Description: 'neu' })] },
  { id: 2, number: '1.1.2', title: 'Elterncafé', created: '2026-02-01T08:00:00Z' },
  { id: 3, number: '1.1.3', title: 'Lotsenprojekt', created: '2024-01-10T08:00:00Z', versions: [version('1.0', '2024-01-10T08:00:00Z', { Title: 'Lotsenprojekt' }), version('2.0', '2026-05-01T08:00:00Z', { Title: 'Lotsenprojekt', MeasureStatus: 'entfallen' })] },
  // Changed and changed back within the window: no change between the two reports.
  { id: 4, number: '1.1.4', title: 'Beratung', created: '2024-01-10T08:00:00Z', versions: [version('1.0', '2024-01-10T08:00:00Z', { Title: 'Beratung' }), version('2.0', '2026-05-01T08:00:00Z', { Title: 'Beratung neu' }), version('3.0', '2026-06-01T08:00:00Z', { Title: 'Beratung' })] },
  // Changed before the previous report only.
  { id: 5, number: '1.1.5', title: 'Alt', created: '2024-01-10T08:00:00Z', versions: [version('1.0', '2024-01-10T08:00:00Z', { Title: 'Alt' }), version('2.0', '2025-05-01T08:00:00Z', { Title: 'Alt', MeasureStatus: 'umgesetzt' })] },
  // Created after the report date.
  { id: 6, number: '1.1.6', title: 'Zukunft', created: '2026-12-01T08:00:00Z' }
];

const goalChanges: GoalChange[] = [
  { id: 1, title: 'Neues Ziel Digitale Teilhabe', goalId: 11, type: 'added', status: 'decided', committeeDate: '2026-06-14', committeeReference: 'V/2026/117' },
  { id: 2, title: 'Ziel 1.2 erreicht', goalId: 12, type: 'reached', status: 'advisoryConsent', advisoryBoardDate: '2026-04-20' },
  { id: 3, title: 'Altes Ziel gestrichen', goalId: 13, type: 'removed', status: 'decided', committeeDate: '2025-06-14' }
];

const corrections: CorrectionRequest[] = [
  { id: 1, indicatorId: 9, year: 2024, departmentId: 3, valueKey: '9-2024', createKey: 'k', requested: { total: 42 }, previous: { total: 40 }, reason: 'Nachmeldung', status: 'accepted', decidedAt: '2026-02-02T10:00:00Z' },
  { id: 2, indicatorId: 9, year: 2024, departmentId: 3, valueKey: '9-2024', createKey: 'k', requested: { total: 44 }, reason: 'Tippfehler', status: 'rejected', decidedAt: '2026-02-03T10:00:00Z' },
  { id: 3, indicatorId: 10, year: 2023, departmentId: 3, valueKey: '10-2023', createKey: 'k', requested: { total: 4 }, reason: 'alt', status: 'accepted', decidedAt: '2025-02-03T10:00:00Z' }
];

describe('reportChanges', () => {
  const changes = reportChanges(
    {
      measures,
      indicators: [
        { id: 20, title: 'Teilnehmende Elterncafé', created: '2026-02-01T08:00:00Z' },
        { id: 21, title: 'Alte Kennzahl', created: '2024-01-10T08:00:00Z' }
      ],
      goalChanges,
      corrections
    },
    window
  );

  it('lists measures added, changed with their columns, and dropped since the last report', () => {
    expect(changes.addedMeasures).toEqual([{ measureId: 2, number: '1.1.2', title: 'Elterncafé' }]);
    expect(changes.changedMeasures).toEqual([{ measureId: 1, number: '1.1.1', title: 'Sprachkurse', fields: ['Stand der Umsetzung', 'Beschreibung'] }]);
    expect(changes.droppedMeasures).toEqual([{ measureId: 3, number: '1.1.3', title: 'Lotsenprojekt' }]);
  });

  it('lists goal changes the committee decided in the window, corrected values and new indicators', () => {
    expect(changes.decidedGoalChanges).toEqual([{ goalChangeId: 1, title: 'Neues Ziel Digitale Teilhabe', type: 'added', decidedOn: '2026-06-14', committeeReference: 'V/2026/117' }]);
    expect(changes.correctedValues).toEqual([{ indicatorId: 9, year: 2024, previousTotal: 40, total: 42, reason: 'Nachmeldung', decidedAt: '2026-02-02T10:00:00Z' }]);
    expect(changes.newIndicators.map((indicator) => indicator.id)).toEqual([20]);
    expect(hasChanges(changes)).toBe(true);
  });

  it('names the changed columns in English for an English report', () => {
    const english = reportChanges({ measures, indicators: [], goalChanges, corrections }, window, 'en');
    expect(english.changedMeasures[0].fields).toEqual(['Status', 'Description']);
  });

  it('has nothing to say for an empty window', () => {
    expect(hasChanges(reportChanges({ measures, indicators: [], goalChanges, corrections }, { since: window.until, until: window.until }))).toBe(false);
  });
});

describe('changesSince', () => {
  it('starts at the latest annual report of an earlier year', () => {
    const reports = [
      { type: 'annualReport', year: 2024, created: '2024-11-20T09:00:00Z' },
      { type: 'annualReport', year: 2025, created: '2025-11-20T09:00:00Z' },
      { type: 'statusReport', year: 2026, created: '2026-01-20T09:00:00Z' },
      { type: 'annualReport', year: 2026, created: '2026-11-01T09:00:00Z' }
    ];
    expect(changesSince(reports, 2026)).toEqual({ since: '2025-11-20T09:00:00.000Z', isPreviousReport: true });
  });

  it('starts at 1 January of the previous year in the city when there is none', () => {
    expect(changesSince([], 2026)).toEqual({ since: '2024-12-31T23:00:00.000Z', isPreviousReport: false });
    expect(startOfYear(2025)).toBe('2024-12-31T23:00:00.000Z');
  });
});
