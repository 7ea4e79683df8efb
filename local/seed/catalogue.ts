import { cityName, concepts, fieldsOfAction, measures, type IndicatorSpec, type MeasureSpec } from './catalogueData';
import { contactsOf, departmentId } from './organisation';
import { measureFolder } from './periodFolders';
import type { PlanPeriodInfo } from './planPeriods';
import type { Random } from './random';
import { SeedList } from './seedList';
import { createRandom } from './random';
import {
  addedIndicators,
  addedMeasures,
  currentGuidingGoals,
  droppedGoals,
  droppedMeasures,
  previousFieldDescriptions,
  previousGoalTitles,
  previousGuidingGoals,
  previousIndicators,
  previousIndicatorSpec,
  previousMeasures
} from './previousPeriodData';

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
  readonly guidingGoals: SeedList;
  readonly fieldsOfAction: SeedList;
  readonly goals: SeedList;
  readonly measures: SeedList;
  readonly indicators: SeedList;
  readonly indicatorValues: SeedList;
  readonly seededGoals: readonly SeededGoal[];
  readonly seededMeasures: readonly SeededMeasure[];
  /** The years with values, of both periods: each needs its year folders. */
  readonly valueYears: readonly number[];
}

/** The import key of a measure: stable across re-imports of the same catalogue row. */
export function measureImportKey(period: PlanPeriodInfo, measureNumber: string): string {
  return `FS${period.updateNumber}-${measureNumber}`;
}

export function buildCatalogue(period: PlanPeriodInfo, year: number, random: Random, previous?: PlanPeriodInfo): Catalogue {
  const conceptList = new SeedList();
  for (const concept of concepts) {
    conceptList.add({ Title: concept.title, ConceptYear: concept.year, Description: concept.description });
  }

  const lists: CatalogueLists = {
    guidingGoals: new SeedList('guidingGoal'),
    fieldsOfAction: new SeedList('fieldOfAction'),
    goals: new SeedList('goal'),
    measures: new SeedList(),
    indicators: new SeedList('indicator'),
    values: new SeedList()
  };
  currentGuidingGoals.forEach((guidingGoal, index) => {
    lists.guidingGoals.add({ Title: guidingGoal.title, SortOrder: index + 1, PlanPeriodId: period.id, Description: guidingGoal.description });
  });
  const seededGoals: SeededGoal[] = [];
  fieldsOfAction.forEach((field, index) => {
    const fieldId = lists.fieldsOfAction.add({ Title: field.title, SortOrder: index + 1, PlanPeriodId: period.id, Description: field.description });
    for (const goal of field.goals) {
      const id = lists.goals.add({ Title: goal.title, GoalNumber: goal.number, FieldOfActionId: fieldId, PlanPeriodId: period.id, Description: goal.description });
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

  const seededMeasures: SeededMeasure[] = [];
  const perGoal = new Map<string, number>();
  for (const spec of measures) {
    const position = (perGoal.get(spec.goal) ?? 0) + 1;
    perGoal.set(spec.goal, position);
    const number = `${spec.goal}.${position}`;
    const goalId = goalIdOf(spec.goal);
    const id = addMeasure(lists.measures, period, spec, number, goalId, position);
    const [first] = spec.indicators;
    seededMeasures.push({ id, number, title: spec.title, goalId, lead: spec.lead, status: spec.status, ...(first ? { indicator: { title: first.title, target: first.target, unit: first.unit } } : {}) });
    for (const indicator of spec.indicators) {
      const indicatorId = lists.indicators.add(indicatorFields(indicator, id, goalId, spec.lead));
      addValues(lists.values, indicatorId, indicator, spec, year, random);
    }
  }
  // The previous update comes after the current one, so the current items keep their IDs.
  const previousYears = previous ? addPreviousPeriod(lists, previous, year, createRandom(`previous:${year}`)) : [];
  return {
    concepts: conceptList,
    guidingGoals: lists.guidingGoals,
    fieldsOfAction: lists.fieldsOfAction,
    goals: lists.goals,
    measures: lists.measures,
    indicators: lists.indicators,
    indicatorValues: lists.values,
    seededGoals,
    seededMeasures,
    valueYears: [...new Set([...previousYears, ...valueYearsOf(year)])].sort((a, b) => a - b)
  };
}

/** The one place a demo measure is created: in its lead department's folder of its plan period. */
function addMeasure(list: SeedList, period: PlanPeriodInfo, spec: MeasureSpec, number: string, goalId: number, position: number, fields: Record<string, unknown> = {}): number {
  const contacts = contactsOf(spec.lead);
  return list.add(
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
      ImportKey: measureImportKey(period, number),
      ...fields
    },
    measureFolder(spec.lead, period)
  );
}

function indicatorFields(indicator: IndicatorSpec, measureId: number, goalId: number, lead: string): Record<string, unknown> {
  return {
    Title: indicator.title,
    MeasureId: measureId,
    GoalId: goalId,
    DepartmentId: departmentId(lead),
    Unit: indicator.unit,
    Direction: indicator.isHigherBetter ? 'höher ist besser' : 'niedriger ist besser',
    TargetValue: indicator.target,
    IsGenderSplit: indicator.femaleShare !== undefined,
    Description: `Jährliche Erhebung zum 31.12. für ${cityName}. Quelle: ${indicator.source}.`,
    BudgetProduct: budgetProducts[lead]
  };
}

interface CatalogueLists {
  readonly guidingGoals: SeedList;
  readonly fieldsOfAction: SeedList;
  readonly goals: SeedList;
  readonly measures: SeedList;
  readonly indicators: SeedList;
  readonly values: SeedList;
}

/** Sets the Predecessor lookups of a current item (added before its predecessor existed). */
function linkPredecessor(list: SeedList, id: number, fields: Record<string, unknown>): void {
  const item = list.items[id - 1];
  item.fields = { ...item.fields, ...fields };
}

/**
 * The previous update as it was adopted: the current catalogue's predecessors (see
 * previousPeriodData.ts for what differed) plus what the current one dropped, each current item
 * linked to its predecessor. Its indicators have values for the years of their period.
 * Answers the years it has values of.
 */
function addPreviousPeriod(lists: CatalogueLists, previous: PlanPeriodInfo, year: number, random: Random): number[] {
  const currentGuidingIds = new Map(currentGuidingGoals.map((guidingGoal, index) => [guidingGoal.title, index + 1]));
  previousGuidingGoals.forEach((guidingGoal, index) => {
    const id = lists.guidingGoals.add({ Title: guidingGoal.title, SortOrder: index + 1, PlanPeriodId: previous.id, Description: guidingGoal.description });
    const successor = guidingGoal.successor === undefined ? undefined : currentGuidingIds.get(guidingGoal.successor);
    if (successor !== undefined) linkPredecessor(lists.guidingGoals, successor, { PredecessorGuidingGoalId: id });
  });

  const previousGoalIds = new Map<string, number>();
  // The current items were added first: their IDs count from 1 in the order of catalogueData.ts.
  let currentGoalId = 1;
  fieldsOfAction.forEach((field, index) => {
    const currentFieldId = index + 1;
    const fieldId = lists.fieldsOfAction.add({ Title: field.title, SortOrder: index + 1, PlanPeriodId: previous.id, Description: previousFieldDescriptions[field.title] ?? field.description });
    linkPredecessor(lists.fieldsOfAction, currentFieldId, { PredecessorFieldOfActionId: fieldId });
    for (const goal of field.goals) {
      const id = lists.goals.add({ Title: previousGoalTitles[goal.number] ?? goal.title, GoalNumber: goal.number, FieldOfActionId: fieldId, PlanPeriodId: previous.id, Description: goal.description });
      linkPredecessor(lists.goals, currentGoalId, { PredecessorGoalId: id });
      previousGoalIds.set(goal.number, id);
      currentGoalId += 1;
    }
    for (const dropped of droppedGoals.filter((candidate) => candidate.fieldIndex === index)) {
      previousGoalIds.set(dropped.number, lists.goals.add({ Title: dropped.title, GoalNumber: dropped.number, FieldOfActionId: fieldId, PlanPeriodId: previous.id, Description: dropped.description }));
    }
  });

  // The current measures and indicators in creation order, to find each one's ID.
  let currentMeasureId = 1;
  let currentIndicatorId = 1;
  const successors: { spec: MeasureSpec; measureId?: number; indicatorIds: number[] }[] = measures.map((spec) => {
    const entry = { spec, measureId: currentMeasureId, indicatorIds: spec.indicators.map((_, offset) => currentIndicatorId + offset) };
    currentMeasureId += 1;
    currentIndicatorId += spec.indicators.length;
    return entry;
  });
  const previousSpecs = [
    ...successors.filter((entry) => !addedMeasures.includes(entry.spec.title)),
    ...droppedMeasures.map((spec) => ({ spec, measureId: undefined, indicatorIds: [] as number[] }))
  ];
  const years = Array.from({ length: previous.endYear - previous.startYear + 1 }, (_, step) => previous.startYear + step).filter((valueYear) => valueYear < year);
  const perGoal = new Map<string, number>();
  for (const goalNumber of [...previousGoalIds.keys()]) {
    for (const entry of previousSpecs.filter((candidate) => candidate.spec.goal === goalNumber)) {
      const changed = previousMeasures[entry.spec.title] ?? {};
      const spec: MeasureSpec = { ...entry.spec, title: changed.title ?? entry.spec.title, status: changed.status ?? (entry.spec.status === 'geplant' ? 'in Umsetzung' : entry.spec.status), lead: changed.lead ?? entry.spec.lead };
      const position = (perGoal.get(goalNumber) ?? 0) + 1;
      perGoal.set(goalNumber, position);
      const goalId = previousGoalIds.get(goalNumber)!;
      const measureId = addMeasure(lists.measures, previous, spec, `${goalNumber}.${position}`, goalId, position);
      if (entry.measureId !== undefined) linkPredecessor(lists.measures, entry.measureId, { PredecessorMeasureId: measureId });
      entry.spec.indicators.forEach((indicator, offset) => {
        const successorId = entry.indicatorIds[offset];
        if (successorId !== undefined && addedIndicators.includes(indicator.title)) return;
        const previousIndicator = successorId === undefined ? indicator : previousIndicatorSpec(indicator);
        const indicatorId = lists.indicators.add(indicatorFields(previousIndicator, measureId, goalId, spec.lead));
        if (successorId !== undefined) {
          linkPredecessor(lists.indicators, successorId, { PredecessorIndicatorId: indicatorId, SeriesContinuity: previousIndicators[indicator.title]?.continuity ?? 'fortgeführt' });
        }
        addPreviousValues(lists.values, indicatorId, previousIndicator, spec, years, random);
      });
    }
  }
  return years;
}

/** The values of a closed period: every year reported, except the last one of a dropped measure. */
function addPreviousValues(list: SeedList, indicatorId: number, indicator: IndicatorSpec, measure: MeasureSpec, years: readonly number[], random: Random): void {
  years.forEach((valueYear, step) => {
    if (measure.status === 'entfallen' && step === years.length - 1) return;
    const total = valueFor(indicator, step, random);
    const parts = indicator.femaleShare === undefined ? {} : genderParts(total, indicator.femaleShare, random);
    list.add(
      { Title: `${indicator.title} ${valueYear}`, ValueKey: `${indicatorId}-${valueYear}`, IndicatorId: indicatorId, ValueYear: valueYear, Total: total, ...parts, Source: indicator.source, DepartmentId: departmentId(measure.lead) },
      `${measure.lead}/${valueYear}`
    );
  });
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
