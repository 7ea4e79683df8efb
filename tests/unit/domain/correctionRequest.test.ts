import type { IndicatorValue } from '../../../src/domain';
import { correctionRequestKey, correctionRequestOf, isRequestApplied, correctedValue } from '../../../src/domain';

const value: IndicatorValue = { indicatorId: 12, year: 2024, total: 130, female: 70, male: 55, diverse: 1, notStated: 4, source: 'Kursstatistik', isCorrection: true, correctionReason: 'Nachmeldung' };

describe('correction requests', () => {
  it('keys a request by its value, numbers and reason, so the same request sent twice is one', () => {
    expect(correctionRequestKey(value, 'Nachmeldung')).toBe(correctionRequestKey({ ...value }, ' Nachmeldung '));
    expect(correctionRequestKey(value, 'Nachmeldung')).toMatch(/^12-2024:[0-9a-f]{8}$/);
    expect(correctionRequestKey(value, 'Anderer Grund')).not.toBe(correctionRequestKey(value, 'Nachmeldung'));
    expect(correctionRequestKey({ ...value, total: 131, notStated: 5 }, 'Nachmeldung')).not.toBe(correctionRequestKey(value, 'Nachmeldung'));
  });

  it('refuses a request without a reason', () => {
    expect(() => correctionRequestOf({ ...value, correctionReason: ' ', comment: undefined }, 3)).toThrow(/needs a reason/);
  });

  it('tells a value the request was applied to from one it was not', () => {
    const request = correctionRequestOf(value, 3);
    const before: IndicatorValue = { id: 1, indicatorId: 12, year: 2024, total: 120, female: 60, male: 55, diverse: 1, notStated: 4, source: 'Kursstatistik', etag: '"2"' };
    expect(isRequestApplied(before, request)).toBe(false);
    const after = correctedValue(before, request);
    expect(after).toMatchObject({ id: 1, etag: '"2"', total: 130, female: 70, isCorrection: true, correctionReason: 'Nachmeldung' });
    expect(isRequestApplied(after, request)).toBe(true);
  });
});
