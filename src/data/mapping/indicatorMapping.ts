import { IndicatorDirectionChoices, SeriesContinuityChoices } from '../../domain';
import type { Indicator } from '../../domain';
import { numberOr, optionalNumber, optionalText, text, isTrue } from './spValues';

type Row = Record<string, unknown>;

export const indicatorSelect = ['Id', 'Title', 'MeasureId', 'GoalId', 'DepartmentId', 'Unit', 'Direction', 'TargetValue', 'IsGenderSplit', 'Description', 'BudgetProduct', 'PredecessorIndicatorId', 'SeriesContinuity'] as const;

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
    ...(optionalText(row.BudgetProduct) ? { budgetProduct: optionalText(row.BudgetProduct) } : {}),
    ...predecessorOf(row)
  };
}

/** The predecessor link, where the indicator continues one of the previous plan period. */
function predecessorOf(row: Row): Pick<Indicator, 'predecessorId' | 'seriesContinuity'> {
  const predecessorId = optionalNumber(row.PredecessorIndicatorId);
  const seriesContinuity = SeriesContinuityChoices.toCode(row.SeriesContinuity);
  return { ...(predecessorId !== undefined ? { predecessorId } : {}), ...(seriesContinuity !== undefined ? { seriesContinuity } : {}) };
}
