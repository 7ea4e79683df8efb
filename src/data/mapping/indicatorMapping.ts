import { IndicatorDirectionChoices } from '../../domain';
import type { Indicator, IndicatorValue } from '../../domain';
import { etagOf, numberOr, optionalNumber, optionalText, text, isTrue } from './spValues';

type Row = Record<string, unknown>;

export const indicatorSelect = ['Id', 'Title', 'MeasureId', 'GoalId', 'DepartmentId', 'Unit', 'Direction', 'TargetValue', 'IsGenderSplit', 'Description', 'BudgetProduct'] as const;

export function toIndicator(row: Row): Indicator {
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    measureId: optionalNumber(row.MeasureId),
    goalId: optionalNumber(row.GoalId),
    departmentId: numberOr(row.DepartmentId, 0),
    unit: text(row.Unit),
    // The list's default; a choice someone renamed on the site reads as the default rather than failing the page.
    direction: IndicatorDirectionChoices.toCode(row.Direction) ?? 'higherIsBetter',
    targetValue: optionalNumber(row.TargetValue),
    isGenderSplit: isTrue(row.IsGenderSplit),
    description: optionalText(row.Description),
    ...(optionalText(row.BudgetProduct) ? { budgetProduct: optionalText(row.BudgetProduct) } : {})
  };
}

export const indicatorValueSelect = ['Id', 'IndicatorId', 'ValueYear', 'Total', 'Female', 'Male', 'Diverse', 'NotStated', 'Source', 'ValueComment', 'DepartmentId', 'IsCorrection', 'CorrectionReason'] as const;

export function toIndicatorValue(row: Row): IndicatorValue {
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    indicatorId: numberOr(row.IndicatorId, 0),
    year: numberOr(row.ValueYear, 0),
    total: numberOr(row.Total, 0),
    female: optionalNumber(row.Female),
    male: optionalNumber(row.Male),
    diverse: optionalNumber(row.Diverse),
    notStated: optionalNumber(row.NotStated),
    source: optionalText(row.Source),
    comment: optionalText(row.ValueComment),
    departmentId: optionalNumber(row.DepartmentId),
    ...(isTrue(row.IsCorrection) ? { isCorrection: true, ...(optionalText(row.CorrectionReason) ? { correctionReason: optionalText(row.CorrectionReason) } : {}) } : {}),
    ...(etag ? { etag } : {})
  };
}
