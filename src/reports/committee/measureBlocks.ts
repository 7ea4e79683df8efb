import type { Achievement, AgreementWithItems, Indicator, IndicatorValue, Language, Measure, TrafficLight, TrafficLightResult, TrafficSignal } from '../../domain';
import { trafficLightLabel, trafficLightOf, trafficLightRule } from '../../domain';
import { statusLabel } from '../statusQuo/statusQuoMessages';
import type { DocumentBlock, TableCellSpec } from '../word/documentModel';
import { indicatorBlocks } from './indicatorBlocks';
import type { OrderedCatalogue } from './reportData';
import { committeeText, formatNumber } from './reportTexts';

/** Light fills behind dark text (contrast above 4.5:1); the cell always says the state in words too. */
export const trafficLightFills: { readonly [L in TrafficLight]: string } = { onTrack: 'C6EFCE', atRisk: 'FFEB9C', offTrack: 'FFC7CE' };

const achievementLabels: { readonly [L in Language]: { readonly [A in Achievement]: string } } = {
  de: { open: 'offen', achieved: 'erreicht', partlyAchieved: 'teilweise erreicht', notAchieved: 'nicht erreicht', dropped: 'entfallen' },
  en: { open: 'open', achieved: 'achieved', partlyAchieved: 'partly achieved', notAchieved: 'not achieved', dropped: 'dropped' }
};

export interface MeasureLight {
  readonly measure: Measure;
  readonly result: TrafficLightResult;
}

/**
 * Each measure's light for `year`: its status, its item in the department's agreement of that year,
 * and its indicators against their targets with the accepted value of the year.
 */
export function measureLights(
  measures: readonly Measure[],
  indicators: readonly Indicator[],
  agreements: readonly AgreementWithItems[],
  year: number,
  valueOf: (indicatorId: number, year: number) => IndicatorValue | undefined
): Map<number, TrafficLightResult> {
  const items = new Map<number, { agreementStatus: AgreementWithItems['agreement']['status']; achievement: Achievement }>();
  for (const { agreement, items: agreed } of agreements.filter((entry) => entry.agreement.year === year)) {
    for (const item of agreed) {
      items.set(item.measureId, { agreementStatus: agreement.status, achievement: item.achievement });
    }
  }
  const indicatorsOf = new Map<number, Indicator[]>();
  for (const indicator of indicators) {
    if (indicator.measureId !== undefined) {
      indicatorsOf.set(indicator.measureId, [...(indicatorsOf.get(indicator.measureId) ?? []), indicator]);
    }
  }
  return new Map(
    measures.map((measure) => [
      measure.id,
      trafficLightOf({
        status: measure.status,
        ...(items.has(measure.id) ? { agreement: items.get(measure.id)! } : {}),
        indicators: (indicatorsOf.get(measure.id) ?? []).map((indicator) => ({
          indicatorId: indicator.id,
          direction: indicator.direction,
          ...(indicator.targetValue !== undefined ? { targetValue: indicator.targetValue } : {}),
          ...(valueOf(indicator.id, year) !== undefined ? { actual: valueOf(indicator.id, year)!.total } : {})
        }))
      })
    ])
  );
}

export function lightCounts(lights: ReadonlyMap<number, TrafficLightResult>): { readonly [L in TrafficLight]: number } {
  const counts = { onTrack: 0, atRisk: 0, offTrack: 0 };
  for (const result of lights.values()) {
    counts[result.light] += 1;
  }
  return counts;
}

/** The rule the lights follow, as the report states it. */
export function ruleBlocks(language: Language): DocumentBlock[] {
  const [intro, ...points] = trafficLightRule(language);
  return [{ kind: 'heading', level: 2, text: committeeText('ruleHeading', language) }, { kind: 'paragraph', text: intro }, { kind: 'list', items: points }];
}

function reasonText(signal: TrafficSignal, indicators: ReadonlyMap<number, Indicator>, year: number, valueOf: (indicatorId: number, year: number) => IndicatorValue | undefined, language: Language): string {
  if (signal.source === 'status') {
    return committeeText('reasonStatus', language, { status: statusLabel(signal.status, language) });
  }
  if (signal.source === 'agreement') {
    return committeeText('reasonAgreement', language, { achievement: achievementLabels[language][signal.achievement] });
  }
  const indicator = indicators.get(signal.indicatorId);
  return committeeText('reasonIndicator', language, {
    indicator: indicator?.title ?? String(signal.indicatorId),
    target: indicator?.targetValue !== undefined ? formatNumber(indicator.targetValue, language) : '',
    actual: formatNumber(valueOf(signal.indicatorId, year)?.total ?? 0, language)
  });
}

export function lightCell(light: TrafficLight, language: Language): TableCellSpec {
  return { text: trafficLightLabel(light, language), fill: trafficLightFills[light], bold: true };
}

/**
 * Per field of action and goal: the measures with their light and the reasons that set it (the
 * signals other than "on track"), then the goal's indicators as chart and table.
 */
export function catalogueBlocks(
  catalogue: OrderedCatalogue,
  lights: ReadonlyMap<number, TrafficLightResult>,
  context: {
    readonly year: number;
    readonly chartYears: readonly number[];
    readonly valueOf: (indicatorId: number, year: number) => IndicatorValue | undefined;
    readonly departmentLabel: (id: number) => string;
    readonly language: Language;
  }
): DocumentBlock[] {
  const { language } = context;
  const t = (key: Parameters<typeof committeeText>[0], params: Readonly<Record<string, string | number>> = {}): string => committeeText(key, language, params);
  const indicatorsById = new Map<number, Indicator>();
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 1, text: t('measuresHeading') }];
  catalogue.fields.forEach((field, index) => {
    blocks.push({ kind: 'heading', level: 2, text: t('fieldHeading', { number: field.sortOrder || index + 1, title: field.title }) });
    for (const goal of catalogue.goalsOf(field.id)) {
      const indicators = catalogue.indicatorsOfGoal(goal.id);
      indicators.forEach((indicator) => indicatorsById.set(indicator.id, indicator));
      blocks.push({ kind: 'heading', level: 3, text: t('goalHeading', { number: goal.number, title: goal.title }) });
      const measures = catalogue.measuresOf(goal.id);
      if (measures.length === 0) {
        blocks.push({ kind: 'paragraph', text: t('noMeasures'), emphasis: 'note' });
      } else {
        blocks.push({
          kind: 'table',
          caption: t('measuresCaption', { number: goal.number }),
          header: [[t('colNumber'), t('colMeasure'), t('colLead'), t('colStatus'), t('colLight'), t('colReason')]],
          rows: measures.map((measure) => {
            const result = lights.get(measure.id);
            const reasons = (result?.signals ?? []).filter((signal) => signal.light !== 'onTrack').map((signal) => reasonText(signal, indicatorsById, context.year, context.valueOf, language));
            return [
              measure.number ?? '',
              measure.title,
              context.departmentLabel(measure.leadDepartmentId),
              statusLabel(measure.status, language),
              result ? lightCell(result.light, language) : '',
              { text: reasons.length > 0 ? reasons : [''] }
            ];
          })
        });
      }
      if (indicators.length > 0) {
        blocks.push({ kind: 'paragraph', text: t('indicatorsOf', { number: goal.number }), emphasis: 'strong' });
        for (const indicator of indicators) {
          blocks.push(...indicatorBlocks(indicator, context.chartYears, context.valueOf, language));
        }
      }
    }
  });
  return blocks;
}
