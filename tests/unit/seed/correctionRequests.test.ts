import { buildSeed } from '../../../local/seed';

const demo = buildSeed('demo', new Date('2026-11-23T08:00:00Z'));
const items = (list: string) => demo.lists[list] ?? [];

describe('demo seed: correction requests of the locked year', () => {
  it('keeps the value before the demo correction on its accepted request, decided by the office', () => {
    const corrected = items('IndicatorValues').find((item) => item.fields.IsCorrection === true)!;
    const accepted = items('CorrectionRequests').filter((item) => item.fields.RequestStatus === 'Angenommen');
    expect(accepted).toHaveLength(1);
    const request = accepted[0].fields;
    expect(request).toMatchObject({ ValueKey: corrected.fields.ValueKey, ReportingYear: 2024, Total: corrected.fields.Total, CorrectionReason: corrected.fields.CorrectionReason, DecidedBy: 'koordination@stadt.example' });
    expect(request.PreviousTotal).toBeLessThan(Number(corrected.fields.Total));
    // The parts of the value before add up to its total, as the sheet requires of every value.
    const previousParts = ['PreviousFemale', 'PreviousMale', 'PreviousDiverse', 'PreviousNotStated'].map((name) => request[name]).filter((part) => part !== undefined);
    if (previousParts.length > 0) {
      expect(previousParts.reduce((sum: number, part) => sum + Number(part), 0)).toBe(request.PreviousTotal);
    }
    expect(corrected.fields).toMatchObject({ CorrectedBy: 'koordination@stadt.example', CorrectedAt: request.DecidedAt });
    expect(accepted[0].folder).toBe(String(corrected.folder).split('/')[0]);
  });

  it("holds one open request for another department's value, in that department's folder", () => {
    const open = items('CorrectionRequests').filter((item) => item.fields.RequestStatus === 'Offen');
    expect(open).toHaveLength(1);
    const value = items('IndicatorValues').find((item) => item.fields.ValueKey === open[0].fields.ValueKey)!;
    expect(value.fields.IsCorrection).toBeUndefined();
    expect(open[0].fields.Total).toBe(Number(value.fields.Total) + 3);
    expect(open[0].folder).toBe(String(value.folder).split('/')[0]);
    const accepted = items('CorrectionRequests').find((item) => item.fields.RequestStatus === 'Angenommen')!;
    expect(open[0].folder).not.toBe(accepted.folder);
  });
});
