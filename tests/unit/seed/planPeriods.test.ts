import { buildPlanPeriods } from '../../../local/seed/planPeriods';

describe('the demo plan periods', () => {
  it('carry the council paper they were adopted with; the 2nd update the one of the council papers, a draft none', () => {
    const { list, periods } = buildPlanPeriods(2026);
    const fieldsOf = (updateNumber: number): Record<string, unknown> => list.items[periods.findIndex((period) => period.updateNumber === updateNumber)].fields;
    expect(fieldsOf(2)).toMatchObject({ PeriodStatus: 'Abgeschlossen', PaperNumber: 'DS 0123/2019' });
    expect(fieldsOf(4)).toMatchObject({ PeriodStatus: 'Beschlossen', PaperNumber: expect.stringMatching(/^DS \d{4}\/2025$/) });
    expect(fieldsOf(5).PeriodStatus).toBe('Entwurf');
    expect(fieldsOf(5)).not.toHaveProperty('PaperNumber');
  });
});
