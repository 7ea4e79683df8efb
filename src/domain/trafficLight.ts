import type { Achievement, AgreementStatus, IndicatorDirection, MeasureStatus } from './choices';
import type { Language } from './messages';

/**
 * A measure's state in the committee report as a traffic light (Ampel): on track, at risk or off
 * track. The committee reads the colour, so the rule behind it is stated in the report (see
 * `trafficLightRule`) and every state names the signals that set it.
 */
export type TrafficLight = 'onTrack' | 'atRisk' | 'offTrack';

export const trafficLights: readonly TrafficLight[] = ['onTrack', 'atRisk', 'offTrack'];

/** The measure's agreement item of the year, as far as the light goes. */
export interface AgreementSignalInput {
  readonly agreementStatus: AgreementStatus;
  readonly achievement: Achievement;
}

/** One indicator of the measure with its accepted value of the year. */
export interface IndicatorSignalInput {
  readonly indicatorId: number;
  readonly direction: IndicatorDirection;
  readonly targetValue?: number;
  /** The accepted value of the year; a value not yet accepted is no signal. */
  readonly actual?: number;
}

export interface TrafficLightInput {
  readonly status: MeasureStatus;
  readonly agreement?: AgreementSignalInput;
  readonly indicators?: readonly IndicatorSignalInput[];
}

/** What set a light, for the report's reasons column. */
export type TrafficSignal =
  | { readonly source: 'status'; readonly status: MeasureStatus; readonly light: TrafficLight }
  | { readonly source: 'agreement'; readonly achievement: Achievement; readonly light: TrafficLight }
  | { readonly source: 'indicator'; readonly indicatorId: number; readonly shortfall: number; readonly light: TrafficLight };

export interface TrafficLightResult {
  readonly light: TrafficLight;
  /** Every signal that counted, worst first. */
  readonly signals: readonly TrafficSignal[];
}

/**
 * An indicator that misses its target by up to this share of the target is at risk; beyond it,
 * off track. A fifth leaves room for the year-to-year noise of small counts.
 */
export const atRiskShortfall = 0.2;

const statusLights: { readonly [S in MeasureStatus]: TrafficLight } = {
  planned: 'atRisk',
  inProgress: 'onTrack',
  implemented: 'onTrack',
  ongoing: 'onTrack',
  suspended: 'offTrack',
  dropped: 'offTrack'
};

const achievementLights: { readonly [A in Achievement]?: TrafficLight } = {
  achieved: 'onTrack',
  partlyAchieved: 'atRisk',
  notAchieved: 'offTrack',
  dropped: 'offTrack'
};

const severity: { readonly [L in TrafficLight]: number } = { onTrack: 0, atRisk: 1, offTrack: 2 };

/**
 * How far an actual value falls short of its target, as a share of the target: 0 when the target
 * is met (at or above it when higher is better, at or below when lower is better). A target of 0
 * that is missed is missed without bound.
 */
export function targetShortfall(direction: IndicatorDirection, target: number, actual: number): number {
  const gap = direction === 'higherIsBetter' ? target - actual : actual - target;
  if (gap <= 0) {
    return 0;
  }
  return target === 0 ? Number.POSITIVE_INFINITY : gap / Math.abs(target);
}

/** The light of one indicator; none without a target or an accepted value. */
export function indicatorLight(indicator: IndicatorSignalInput): TrafficSignal | undefined {
  if (indicator.targetValue === undefined || indicator.actual === undefined) {
    return undefined;
  }
  const shortfall = targetShortfall(indicator.direction, indicator.targetValue, indicator.actual);
  const light: TrafficLight = shortfall === 0 ? 'onTrack' : shortfall <= atRiskShortfall ? 'atRisk' : 'offTrack';
  return { source: 'indicator', indicatorId: indicator.indicatorId, shortfall, light };
}

/**
 * The worst of the measure's signals: its status, the review of its goal agreement of the year
 * (an agreement not reviewed yet says nothing), and each indicator with a target against its
 * accepted value of the year.
 */
export function trafficLightOf(input: TrafficLightInput): TrafficLightResult {
  const signals: TrafficSignal[] = [{ source: 'status', status: input.status, light: statusLights[input.status] }];
  const agreement = input.agreement;
  const agreementLight = agreement?.agreementStatus === 'reviewed' ? achievementLights[agreement.achievement] : undefined;
  if (agreement && agreementLight) {
    signals.push({ source: 'agreement', achievement: agreement.achievement, light: agreementLight });
  }
  for (const indicator of input.indicators ?? []) {
    const signal = indicatorLight(indicator);
    if (signal) {
      signals.push(signal);
    }
  }
  const ordered = signals.map((signal, index) => ({ signal, index })).sort((a, b) => severity[b.signal.light] - severity[a.signal.light] || a.index - b.index);
  return { light: ordered[0].signal.light, signals: ordered.map((entry) => entry.signal) };
}

const lightLabels: { readonly [L in Language]: { readonly [T in TrafficLight]: string } } = {
  de: { onTrack: 'im Plan', atRisk: 'gefährdet', offTrack: 'nicht im Plan' },
  en: { onTrack: 'on track', atRisk: 'at risk', offTrack: 'off track' }
};

export function trafficLightLabel(light: TrafficLight, language: Language): string {
  return lightLabels[language][light];
}

const percent = Math.round(atRiskShortfall * 100);

const ruleTexts: { readonly [L in Language]: readonly string[] } = {
  de: [
    'Die Ampel einer Maßnahme richtet sich nach dem ungünstigsten von drei Merkmalen:',
    'Status: in Umsetzung, umgesetzt und Daueraufgabe sind im Plan; geplant (noch nicht begonnen) ist gefährdet; zurückgestellt und entfallen sind nicht im Plan.',
    'Zielvereinbarung des Jahres, sobald sie überprüft ist: erreicht ist im Plan, teilweise erreicht gefährdet, nicht erreicht oder entfallen nicht im Plan. Eine vereinbarte, noch nicht überprüfte Zielvereinbarung ändert die Ampel nicht.',
    `Kennzahlen mit Zielwert, gemessen am geprüften Wert des Jahres (je nach Richtung: höher oder niedriger ist besser): Zielwert erreicht ist im Plan, um bis zu ${percent} % des Zielwerts verfehlt gefährdet, um mehr verfehlt nicht im Plan. Kennzahlen ohne Zielwert oder ohne geprüften Wert zählen nicht.`
  ],
  en: [
    "A measure's traffic light follows the least favourable of three signals:",
    'Status: in progress, implemented and ongoing are on track; planned (not yet started) is at risk; suspended and dropped are off track.',
    "The year's goal agreement, once reviewed: achieved is on track, partly achieved at risk, not achieved or dropped off track. An agreement that is agreed but not yet reviewed does not change the light.",
    `Indicators with a target, measured by the year's accepted value (by direction: higher or lower is better): target met is on track, missed by up to ${percent} % of the target at risk, missed by more off track. Indicators without a target or without an accepted value do not count.`
  ]
};

/** The rule as the report states it, one paragraph per line. */
export function trafficLightRule(language: Language): readonly string[] {
  return ruleTexts[language];
}
