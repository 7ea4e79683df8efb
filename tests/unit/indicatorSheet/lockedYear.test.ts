import { readIndicatorSheet } from '../../../src/indicatorSheet/sheetReader';
import type { IndicatorSheetModel } from '../../../src/indicatorSheet/sheetLayout';
import { demoModel, fill, matrixOf } from './fixtures';

/** Rows of the demo sheet: 1 participants (split), 2 budget (stored 21,000), 3 share, 4 counselling. */
const budgetRow = 2;
const countRow = 4;

function lockedModel(): IndicatorSheetModel {
  return { ...demoModel(), lockedYear: { id: 1, year: 2026, isLocked: true, lockedAt: '2027-03-31T09:30:00Z', lockedBy: 'Büro für Integration' } };
}

describe('reading a sheet of a locked year', () => {
  it('refuses a changed value without a reason, on the comment cell, and says what to do', () => {
    const model = lockedModel();
    const matrix = matrixOf(model);
    fill(matrix, budgetRow, { total: 22000 });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.values).toEqual([]);
    expect(reading.problems).toEqual([{ row: budgetRow, column: 'comment', message: expect.stringMatching(/2026 ist gesperrt.*Grund der Korrektur in den Kommentar/) }]);
    expect(readIndicatorSheet(matrix, undefined, model, 'en').problems[0].message).toMatch(/locked.*reason for the correction/);
  });

  it('refuses a value reported for the first time after the lock without a reason', () => {
    const model = lockedModel();
    const matrix = matrixOf(model);
    fill(matrix, countRow, { total: 11 });
    expect(readIndicatorSheet(matrix, undefined, model, 'de').problems.map((problem) => [problem.row, problem.column])).toEqual([[countRow, 'comment']]);
  });

  it('returns a changed value with a reason as a correction, keeping id and version', () => {
    const model = lockedModel();
    const matrix = matrixOf(model);
    fill(matrix, budgetRow, { total: 22000, comment: 'Nachbewilligung im Dezember' });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values).toEqual([
      expect.objectContaining({ id: 501, etag: '"3"', indicatorId: 12, total: 22000, comment: 'Nachbewilligung im Dezember', isCorrection: true, correctionReason: 'Nachbewilligung im Dezember' })
    ]);
  });

  it('passes the unchanged sheet as it was opened, without problems and without corrections', () => {
    const model = lockedModel();
    const reading = readIndicatorSheet(matrixOf(model), undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((value) => [value.indicatorId, value.total, value.isCorrection])).toEqual([[12, 21000, undefined]]);
  });

  it('needs no reason when the year is open', () => {
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, budgetRow, { total: 22000 });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values[0].isCorrection).toBeUndefined();
  });
});
