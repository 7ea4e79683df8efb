import { canLockYear, checkCorrection, isYearLocked, lockOf, withCorrection } from '../../../src/domain/reportingYear';
import type { IndicatorValue, ReportingYear } from '../../../src/domain';

const years: ReportingYear[] = [
  { id: 1, year: 2023, isLocked: true, lockedAt: '2024-03-31T09:30:00Z', lockedBy: 'Büro für Integration' },
  { id: 2, year: 2024, isLocked: false }
];
const stored: IndicatorValue = { id: 7, indicatorId: 11, year: 2023, total: 100, comment: 'Zählung laut Kursstatistik', etag: '"2"' };

describe('reporting year lock', () => {
  it('knows a locked year from an unlocked one and from a year without entry', () => {
    expect(isYearLocked(years, 2023)).toBe(true);
    expect(lockOf(years, 2023)?.lockedBy).toBe('Büro für Integration');
    expect(isYearLocked(years, 2024)).toBe(false);
    expect(isYearLocked(years, 2025)).toBe(false);
  });

  it('locks only years that have been reported, never the one still to come', () => {
    expect(canLockYear(2025, 2025)).toBe(true);
    expect(canLockYear(2020, 2025)).toBe(true);
    expect(canLockYear(2026, 2025)).toBe(false);
    expect(canLockYear(2025.5, 2025)).toBe(false);
  });
});

describe('corrections in a locked year', () => {
  it('treats nothing as a correction in an open year', () => {
    expect(checkCorrection(false, stored, { ...stored, total: 120 }, undefined)).toEqual({ kind: 'none' });
  });

  it('lets an unchanged resubmission through without a reason', () => {
    expect(checkCorrection(true, stored, { ...stored }, stored.comment)).toEqual({ kind: 'none' });
  });

  it('requires a reason for a changed value, and the stored comment is not one', () => {
    expect(checkCorrection(true, stored, { ...stored, total: 120 }, undefined)).toEqual({ kind: 'reasonRequired' });
    expect(checkCorrection(true, stored, { ...stored, total: 120 }, '   ')).toEqual({ kind: 'reasonRequired' });
    expect(checkCorrection(true, stored, { ...stored, total: 120 }, ' Zählung laut Kursstatistik ')).toEqual({ kind: 'reasonRequired' });
    expect(checkCorrection(true, stored, { ...stored, total: 120, comment: 'Nachmeldung' }, ' Nachmeldung ')).toEqual({ kind: 'correction', reason: 'Nachmeldung' });
  });

  it('treats a value first reported after the lock as a correction too', () => {
    const late: IndicatorValue = { indicatorId: 12, year: 2023, total: 5 };
    expect(checkCorrection(true, undefined, late, undefined)).toEqual({ kind: 'reasonRequired' });
    expect(checkCorrection(true, undefined, late, 'Nachgereicht')).toEqual({ kind: 'correction', reason: 'Nachgereicht' });
  });

  it('marks the value and keeps the mark when a corrected value is submitted again', () => {
    const corrected = withCorrection({ ...stored, total: 120 }, stored, { kind: 'correction', reason: 'Nachmeldung' });
    expect(corrected).toMatchObject({ total: 120, isCorrection: true, correctionReason: 'Nachmeldung' });
    expect(withCorrection({ ...stored, total: 120 }, corrected, { kind: 'none' })).toMatchObject({ isCorrection: true, correctionReason: 'Nachmeldung' });
    expect(withCorrection({ ...stored, total: 120 }, stored, { kind: 'none' }).isCorrection).toBeUndefined();
  });
});
