import { cityName, concepts, fieldsOfAction, measures, type IndicatorSpec, type MeasureSpec } from './catalogueData';
import { contactsOf, departmentId } from './organisation';
import { measureFolder } from './periodFolders';
import type { PlanPeriodInfo } from './planPeriods';
import type { Random } from './random';
import { SeedList } from './seedList';

/** Concepts, fields of action, goals, measures, indicators and their yearly values. */

export interface SeededMeasure {
  readonly id: number;
  readonly number: string;
  readonly title: string;
  readonly goalId: number;
  readonly lead: string;
  readonly status: MeasureSpec['status'];
  /** What an agreement would aim at: the first indicator and its target. */
  readonly indicator?: { readonly title: string; readonly target: number; readonly unit: string };
}

export interface SeededGoal {
  readonly id: number;
  readonly number: string;
  readonly title: string;
}

export interface Catalogue {
  readonly concepts: SeedList;
  readonly fieldsOfAction: SeedList;
  readonly goals: SeedList;
  readonly measures: SeedList;
  readonly indicators: SeedList;
  readonly indicatorValues: SeedList;
  readonly seededGoals: readonly SeededGoal[];
  readonly seededMeasures: readonly SeededMeasure[];
}

/** The import key of a measure: stable across re-imports of the same catalogue row. */
export function measureImportKey(period: PlanPeriodInfo, measureNumber: string): string {
  return `FS${period.updateNumber}-${measureNumber}`;
}

export function buildCatalogue(period: PlanPeriodInfo, year: number, random: Random): Catalogue {
  const conceptList = new SeedList();
  for (const concept of concepts) {
    conceptList.add({ Title: concept.title, ConceptYear: concept.year, Description: concept.description });
  }

  const fieldList = new SeedList('fieldOfAction');
  const goalList = new SeedList('goal');
  const seededGoals: SeededGoal[] = [];
  fieldsOfAction.forEach((field, index) => {
    const fieldId = fieldList.add({ Title: field.title, SortOrder: index + 1, PlanPeriodId: period.id, Description: field.description });
    for (const goal of field.goals) {
      const id = goalList.add({ Title: goal.title, GoalNumber: goal.number, FieldOfActionId: fieldId, PlanPeriodId: period.id, Description: goal.description });
      seededGoals.push({ id, number: goal.number, title: goal.title });
    }
  });
  const goalIdOf = (number: string): number => {
    const goal = seededGoals.find((candidate) => candidate.number === number);
    if (!goal) {
      throw new Error(`Measure refers to the unknown goal ${number}.`);
    }
    return goal.id;
  };

  const measureList = new SeedList();
  const indicatorList = new SeedList('indicator');
  const valueList = new SeedList();
  const seededMeasures: SeededMeasure[] = [];
  const perGoal = new Map<string, number>();
  for (const spec of measures) {
    const position = (perGoal.get(spec.goal) ?? 0) + 1;
    perGoal.set(spec.goal, position);
    const number = `${spec.goal}.${position}`;
    const contacts = contactsOf(spec.lead);
    const goalId = goalIdOf(spec.goal);
    const id = measureList.add(
      {
        Title: spec.title,
        MeasureNumber: number,
        GoalId: goalId,
        PlanPeriodId: period.id,
        LeadDepartmentId: departmentId(spec.lead),
        InvolvedDepartmentsId: (spec.involved ?? []).map(departmentId),
        SourceConceptId: spec.concept + 1,
        MeasureStatus: spec.status,
        Contact: contacts.length > 0 ? contacts[position % contacts.length].login : undefined,
        Description: spec.description,
        ImportKey: measureImportKey(period, number)
      },
      measureFolder(spec.lead, period)
    );
    const [first] = spec.indicators;
    seededMeasures.push({ id, number, title: spec.title, goalId, lead: spec.lead, status: spec.status, ...(first ? { indicator: { title: first.title, target: first.target, unit: first.unit } } : {}) });
    for (const indicator of spec.indicators) {
      const indicatorId = indicatorList.add({
        Title: indicator.title,
        MeasureId: id,
        GoalId: goalId,
        DepartmentId: departmentId(spec.lead),
        Unit: indicator.unit,
        Direction: indicator.isHigherBetter ? 'höher ist besser' : 'niedriger ist besser',
        TargetValue: indicator.target,
        IsGenderSplit: indicator.femaleShare !== undefined,
        Description: `Jährliche Erhebung zum 31.12. für ${cityName}. Quelle: ${indicator.source}.`,
        BudgetProduct: budgetProducts[spec.lead]
      });
      addValues(valueList, indicatorId, indicator, spec, year, random);
    }
  }
  return { concepts: conceptList, fieldsOfAction: fieldList, goals: goalList, measures: measureList, indicators: indicatorList, indicatorValues: valueList, seededGoals, seededMeasures };
}

/**
 * The budget product (Produktplan, NKF numbering) a department reports its indicators under. Not
 * every department has one: cross-cutting work (personnel, finance, planning) has no own product.
 */
const budgetProducts: Readonly<Record<string, string>> = {
  '40': '1.21.01 Schulträgeraufgaben',
  '41': '1.25.01 Kulturförderung',
  '43': '1.27.01 Volkshochschule',
  '50': '1.31.01 Integration',
  '51': '1.36.05 Kindertagesbetreuung',
  '52': '1.42.01 Sportförderung',
  '53': '1.41.01 Gesundheitsdienste',
  '80': '1.57.01 Wirtschaftsförderung'
};

/** The years the demo has values of: the three before `year` (the current year is still to be collected). */
export const reportedYears = 3;

export function valueYearsOf(year: number): number[] {
  return Array.from({ length: reportedYears }, (_, step) => year - reportedYears + step);
}

/**
 * Values for the three years before `year`, each in its department's year folder (`50/2025`). The
 * office has opened last year, the one being collected: an indicator without a value of that year
 * has the empty item the opening prepared (no Total: not reported yet), which the department fills in.
 */
function addValues(list: SeedList, indicatorId: number, indicator: IndicatorSpec, measure: MeasureSpec, year: number, random: Random): void {
  const collected = year - 1;
  const prepared = (): void => {
    list.add({ Title: `${indicator.title} ${collected}`, ValueKey: `${indicatorId}-${collected}`, IndicatorId: indicatorId, ValueYear: collected, DepartmentId: departmentId(measure.lead) }, `${measure.lead}/${collected}`);
  };
  if (measure.status === 'geplant') {
    prepared();
    return;
  }
  let previous: number | undefined;
  for (let step = 0; step < reportedYears; step += 1) {
    const valueYear = year - reportedYears + step;
    // A dropped measure stops reporting; now and then a department is late with last year's value.
    if ((measure.status === 'entfallen' && step === reportedYears - 1) || (step === reportedYears - 1 && random.chance(0.06))) {
      prepared();
      continue;
    }
    const total = valueFor(indicator, step, random);
    const parts = indicator.femaleShare === undefined ? {} : genderParts(total, indicator.femaleShare, random);
    const change = previous === undefined || previous === 0 ? 0 : Math.abs(total - previous) / previous;
    list.add(
      {
        Title: `${indicator.title} ${valueYear}`,
        ValueKey: `${indicatorId}-${valueYear}`,
        IndicatorId: indicatorId,
        ValueYear: valueYear,
        Total: total,
        ...parts,
        Source: indicator.source,
        ValueComment: change > 0.15 ? random.pick(largeChangeComments) : undefined,
        DepartmentId: departmentId(measure.lead)
      },
      `${measure.lead}/${valueYear}`
    );
    previous = total;
  }
}

const largeChangeComments = [
  'Deutliche Veränderung durch zusätzliche Kursangebote im Herbst.',
  'Veränderung wegen geänderter Zählweise seit diesem Jahr.',
  'Mehr Zuzug im Berichtsjahr; Angebote wurden ausgeweitet.',
  'Personalwechsel im Fachbereich, Angebot zeitweise eingeschränkt.'
];

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Moves from the base value towards the target, with some year-to-year noise. */
function valueFor(indicator: IndicatorSpec, step: number, random: Random): number {
  const progress = step * 0.3 + (random.next() - 0.5) * 0.2;
  const noise = (random.next() - 0.5) * 0.06 * indicator.base;
  const value = indicator.base + (indicator.target - indicator.base) * progress + noise;
  const decimals = indicator.decimals ?? 0;
  const bounded = indicator.unit === 'Prozent' ? Math.min(100, value) : value;
  return Math.max(0, round(bounded, decimals));
}

/** Female, male, diverse and not stated, summing exactly to the total. */
function genderParts(total: number, femaleShare: number, random: Random): { Female: number; Male: number; Diverse: number; NotStated: number } {
  const share = Math.min(1, Math.max(0, femaleShare + (random.next() - 0.5) * 0.06));
  const female = Math.min(total, Math.round(total * share));
  const diverse = Math.min(total - female, total >= 80 && random.chance(0.4) ? random.int(1, 2) : 0);
  const notStated = Math.min(total - female - diverse, Math.round(total * random.next() * 0.03));
  return { Female: female, Male: total - female - diverse - notStated, Diverse: diverse, NotStated: notStated };
}
