import {
  AchievementChoices,
  AgreementStatusChoices,
  GoalChangeStatusChoices,
  GoalChangeTypeChoices,
  IndicatorDirectionChoices,
  MeasureStatusChoices,
  PlanPeriodStatusChoices,
  ReportTypeChoices,
  ReviewAnswerChoices
} from '../../../src/domain/choices';

describe('choice tables', () => {
  it('map the stored German values of the list schema to codes and back', () => {
    expect(MeasureStatusChoices.toCode('in Umsetzung')).toBe('inProgress');
    expect(MeasureStatusChoices.toLabel('ongoing')).toBe('Daueraufgabe');
    expect(MeasureStatusChoices.toCode('zurückgestellt')).toBe('suspended');
    expect(PlanPeriodStatusChoices.toCode('Beschlossen')).toBe('adopted');
    expect(IndicatorDirectionChoices.toCode('niedriger ist besser')).toBe('lowerIsBetter');
    expect(ReviewAnswerChoices.toCode('offen')).toBe('open');
    expect(AgreementStatusChoices.toCode('überprüft')).toBe('reviewed');
    expect(AchievementChoices.toCode('teilweise erreicht')).toBe('partlyAchieved');
    expect(GoalChangeTypeChoices.toCode('Ziel gestrichen')).toBe('removed');
    expect(GoalChangeStatusChoices.toCode('Beirat zugestimmt')).toBe('advisoryConsent');
    expect(ReportTypeChoices.toCode('Status-Quo-Bericht')).toBe('statusReport');
  });

  it('round-trip every code', () => {
    const tables = [MeasureStatusChoices, PlanPeriodStatusChoices, IndicatorDirectionChoices, ReviewAnswerChoices, AgreementStatusChoices, AchievementChoices, GoalChangeTypeChoices, GoalChangeStatusChoices, ReportTypeChoices];
    for (const table of tables) {
      for (const code of table.codes) {
        expect(table.toCode(table.toLabel(code as never))).toBe(code);
      }
      expect(new Set(table.labels).size).toBe(table.codes.length);
    }
  });

  it('answer undefined for values the list does not offer', () => {
    expect(MeasureStatusChoices.toCode('erledigt')).toBeUndefined();
    expect(MeasureStatusChoices.toCode(null)).toBeUndefined();
    expect(MeasureStatusChoices.toCode(3)).toBeUndefined();
    expect(MeasureStatusChoices.isCode('inProgress')).toBe(true);
    expect(MeasureStatusChoices.isCode('in Umsetzung')).toBe(false);
    expect(MeasureStatusChoices.isCode('toString')).toBe(false);
  });
});
