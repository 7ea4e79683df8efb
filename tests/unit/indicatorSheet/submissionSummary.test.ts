import { conflictsOf, countOutcomes } from '../../../src/indicatorSheet/submission';
import type { PendingSubmission, RowOutcome } from '../../../src/indicatorSheet/submission';

const value = (indicatorId: number, total: number) => ({ indicatorId, year: 2025, total });

const pending: PendingSubmission = {
  id: 'p1',
  departmentId: 3,
  year: 2025,
  entries: [
    { key: '11-2025', value: value(11, 5) },
    { key: '12-2025', value: value(12, 7), baseEtag: '"1"' },
    { key: '13-2025', value: value(13, 9), baseEtag: '"4"' }
  ],
  settled: {}
};

const outcomes: Record<string, RowOutcome> = {
  '11-2025': { kind: 'created' },
  '12-2025': { kind: 'conflict', theirs: { ...value(12, 8), id: 40, etag: '"2"' } },
  '13-2025': { kind: 'failed', status: 503, message: 'Server busy' }
};

describe('what a submit reports', () => {
  it('counts the rows by how they ended', () => {
    expect(countOutcomes(outcomes)).toEqual({ created: 1, updated: 0, unchanged: 0, requested: 0, conflict: 1, failed: 1 });
  });

  it('lists only the conflicts, with the own and the stored value', () => {
    expect(conflictsOf(pending, outcomes)).toEqual([{ key: '12-2025', indicatorId: 12, mine: value(12, 7), theirs: { ...value(12, 8), id: 40, etag: '"2"' } }]);
    expect(conflictsOf(pending, { '11-2025': { kind: 'created' } })).toEqual([]);
  });
});
