import type { IndicatorSpec, MeasureSpec } from './catalogueData';

/**
 * How the previous update (Fortschreibung) of the demo catalogue differed from the current one,
 * so that comparing the two shows what a council paper's attachment lists: guiding goals, goals
 * and measures dropped, added and renamed, indicators retargeted, one renamed (its series
 * continues) and one redefined (its series breaks). Keyed by the current item's title.
 */

export interface GuidingGoalSpec {
  readonly title: string;
  readonly description: string;
}

export const currentGuidingGoals: readonly GuidingGoalSpec[] = [
  { title: 'Chancengleichheit in Bildung, Ausbildung und Arbeit', description: 'Alle Menschen in Musterstadt haben die gleichen Chancen auf Bildung, Ausbildung und Beschäftigung, unabhängig von ihrer Herkunft.' },
  { title: 'Teilhabe und Zusammenleben in der Stadtgesellschaft', description: 'Zugewanderte und Alteingesessene gestalten das Leben in den Quartieren, in Vereinen und im Ehrenamt gemeinsam.' },
  { title: 'Interkulturelle Öffnung von Verwaltung und Politik', description: 'Verwaltung, Rat und Gremien spiegeln die Vielfalt der Stadtgesellschaft wider und sind für alle zugänglich.' }
];

/** `successor`: the title of the current guiding goal that continues it; none when it was dropped. */
export const previousGuidingGoals: readonly (GuidingGoalSpec & { readonly successor?: string })[] = [
  { title: 'Chancengleichheit in Bildung und Arbeit', description: 'Alle Menschen in Musterstadt haben die gleichen Chancen auf Bildung und Beschäftigung.', successor: 'Chancengleichheit in Bildung, Ausbildung und Arbeit' },
  { title: 'Willkommenskultur und gute Erstaufnahme', description: 'Neu Zugewanderte und Geflüchtete werden in Musterstadt willkommen geheißen, untergebracht und in den ersten Monaten begleitet.' },
  { title: 'Teilhabe und Zusammenleben in der Stadtgesellschaft', description: 'Zugewanderte und Alteingesessene gestalten das Leben in den Quartieren, in Vereinen und im Ehrenamt gemeinsam.', successor: 'Teilhabe und Zusammenleben in der Stadtgesellschaft' }
];

/** Fields of action whose description read differently in the previous update (by title). */
export const previousFieldDescriptions: Readonly<Record<string, string>> = {
  'Soziales und gesellschaftliche Teilhabe': 'Teilhabe in Sport, Kultur und Ehrenamt sowie gesundheitliche Versorgung.'
};

/** Goals titled differently in the previous update (by number). */
export const previousGoalTitles: Readonly<Record<string, string>> = {
  '3.3': 'Wohnraumversorgung von Geflüchteten'
};

/** A goal of the previous update that the current one no longer has, under the field of action at `fieldIndex`. */
export const droppedGoals: readonly { readonly fieldIndex: number; readonly number: string; readonly title: string; readonly description: string }[] = [
  { fieldIndex: 2, number: '3.4', title: 'Erstaufnahme und Unterbringung in Gemeinschaftsunterkünften', description: 'Menschenwürdige Unterbringung und Betreuung in der ersten Zeit nach der Ankunft.' }
];

/** Current measures new in this update: they have no predecessor. */
export const addedMeasures: readonly string[] = [
  'Schulsozialarbeit an Schulen mit hohem Zuwanderungsanteil ausbauen',
  'Migrantenorganisationen stärken: Qualifizierung und Räume',
  'Belegungsmanagement zur Vermeidung von Segregation'
];

/** How a continued measure read in the previous update, where it differed. */
export interface PreviousMeasure {
  readonly title?: string;
  readonly status?: MeasureSpec['status'];
  readonly lead?: string;
}

export const previousMeasures: Readonly<Record<string, PreviousMeasure>> = {
  'Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe': { title: 'Servicequalität der Ausländerbehörde verbessern', status: 'in Umsetzung' },
  'Mehrsprachige Formulare und Leichte Sprache im Bürgerbüro': { title: 'Mehrsprachige Formulare im Bürgerbüro' },
  'Brückenangebote für geflüchtete Kinder ohne Kita-Platz': { status: 'in Umsetzung' },
  'Integration durch Sport: Vereinsangebote für Geflüchtete': { status: 'in Umsetzung' },
  'Nachbarschaftsmediation in Wohnquartieren': { lead: '50' }
};

/** Measures of the previous update the current one no longer has. */
export const droppedMeasures: readonly MeasureSpec[] = [
  {
    goal: '1.3', title: 'Deutschkurse für Geflüchtete ohne Zugang zu Integrationskursen', lead: '43', involved: ['50'], concept: 1, status: 'umgesetzt',
    description: 'Kommunal finanzierte Kurse, bis der Bund die Integrationskurse für alle Geflüchteten geöffnet hat.',
    indicators: [{ title: 'Teilnehmende an kommunalen Deutschkursen für Geflüchtete', unit: 'Personen', isHigherBetter: true, base: 210, target: 150, source: 'VHS-Teilnehmendenstatistik', femaleShare: 0.41 }]
  },
  {
    goal: '3.4', title: 'Sozialbetreuung in Gemeinschaftsunterkünften', lead: '50', involved: ['53'], concept: 1, status: 'umgesetzt',
    description: 'Sozialarbeit vor Ort in allen Gemeinschaftsunterkünften; in den Regeldienst überführt.',
    indicators: [{ title: 'Betreute Gemeinschaftsunterkünfte', unit: 'Anzahl', isHigherBetter: true, base: 9, target: 9, source: 'Unterbringungsstatistik FB 50' }]
  }
];

/** How a continued indicator read in the previous update; `continuity` is the current indicator's SeriesContinuity. */
export interface PreviousIndicator {
  readonly title?: string;
  readonly unit?: string;
  readonly target?: number;
  readonly base?: number;
  readonly continuity: 'fortgeführt' | 'umbenannt' | 'neu definiert';
}

export const previousIndicators: Readonly<Record<string, PreviousIndicator>> = {
  'Teilnehmende an Integrationskursen': { title: 'Teilnehmende an Integrationskursen der VHS', continuity: 'umbenannt' },
  'Anteil Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung': { title: 'Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung', unit: 'Anzahl', base: 190, target: 160, continuity: 'neu definiert' },
  'Einbürgerungen': { target: 430, continuity: 'fortgeführt' },
  'Kinder in Sprach-Kitas': { target: 460, continuity: 'fortgeführt' },
  'Wartezeit auf einen Termin in der Ausländerbehörde': { target: 21, continuity: 'fortgeführt' }
};

/** Current indicators new in this update (of continued measures): they have no predecessor. */
export const addedIndicators: readonly string[] = ['Im Pool verfügbare Sprachen'];

/** The previous update's version of a continued indicator: an earlier, lower base, its own title and target. */
export function previousIndicatorSpec(current: IndicatorSpec): IndicatorSpec {
  const previous = previousIndicators[current.title];
  const base = previous?.base ?? round(current.base * (current.isHigherBetter ? 0.9 : 1.1), current.decimals ?? 0);
  return {
    ...current,
    title: previous?.title ?? current.title,
    unit: previous?.unit ?? current.unit,
    base,
    target: previous?.target ?? current.target,
    ...(previous?.unit !== undefined && previous.unit !== current.unit ? { decimals: 0 } : {})
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
