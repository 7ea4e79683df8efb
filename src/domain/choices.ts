/**
 * SharePoint stores choice columns as their German display strings; the domain works with
 * stable English codes. These tables translate in both directions so that a relabelled
 * choice in the UI never changes a code the rest of the product depends on.
 */

export interface ChoiceTable<Code extends string> {
  /** The codes in display order. */
  readonly codes: readonly Code[];
  /** The German values stored in SharePoint, in the same order as `codes`. */
  readonly labels: readonly string[];
  toLabel(code: Code): string;
  /** The code of a stored value; `undefined` for anything the list does not offer. */
  toCode(label: unknown): Code | undefined;
  isCode(value: unknown): value is Code;
}

export function choiceTable<Code extends string>(labelsByCode: Readonly<Record<Code, string>>): ChoiceTable<Code> {
  const codes = Object.keys(labelsByCode) as Code[];
  const byLabel = new Map<string, Code>(codes.map((code) => [labelsByCode[code], code]));
  return {
    codes,
    labels: codes.map((code) => labelsByCode[code]),
    toLabel: (code) => labelsByCode[code],
    toCode: (label) => (typeof label === 'string' ? byLabel.get(label.trim()) : undefined),
    isCode: (value): value is Code => typeof value === 'string' && Object.prototype.hasOwnProperty.call(labelsByCode, value)
  };
}

export type PlanPeriodStatus = 'draft' | 'adopted' | 'closed';
export const PlanPeriodStatusChoices = choiceTable<PlanPeriodStatus>({ draft: 'Entwurf', adopted: 'Beschlossen', closed: 'Abgeschlossen' });

export type MeasureStatus = 'planned' | 'inProgress' | 'implemented' | 'ongoing' | 'suspended' | 'dropped';
export const MeasureStatusChoices = choiceTable<MeasureStatus>({
  planned: 'geplant',
  inProgress: 'in Umsetzung',
  implemented: 'umgesetzt',
  ongoing: 'Daueraufgabe',
  suspended: 'zurückgestellt',
  dropped: 'entfallen'
});

export type IndicatorDirection = 'higherIsBetter' | 'lowerIsBetter';
export const IndicatorDirectionChoices = choiceTable<IndicatorDirection>({ higherIsBetter: 'höher ist besser', lowerIsBetter: 'niedriger ist besser' });

/** The answers of an initial review to "still current?" and "appropriate?". */
export type ReviewAnswer = 'yes' | 'no' | 'open';
export const ReviewAnswerChoices = choiceTable<ReviewAnswer>({ yes: 'ja', no: 'nein', open: 'offen' });

/** draft: prepared or being negotiated; agreed: made in the meeting; reviewed: achievement recorded about twelve months later. */
export type AgreementStatus = 'draft' | 'agreed' | 'reviewed';
export const AgreementStatusChoices = choiceTable<AgreementStatus>({ draft: 'Entwurf', agreed: 'vereinbart', reviewed: 'überprüft' });

export type Achievement = 'open' | 'achieved' | 'partlyAchieved' | 'notAchieved' | 'dropped';
export const AchievementChoices = choiceTable<Achievement>({
  open: 'offen',
  achieved: 'erreicht',
  partlyAchieved: 'teilweise erreicht',
  notAchieved: 'nicht erreicht',
  dropped: 'entfallen'
});

export type GoalChangeType = 'added' | 'reached' | 'modified' | 'removed';
export const GoalChangeTypeChoices = choiceTable<GoalChangeType>({ added: 'neues Ziel', reached: 'Ziel erreicht', modified: 'Ziel geändert', removed: 'Ziel gestrichen' });

export type GoalChangeStatus = 'proposed' | 'advisoryConsent' | 'decided' | 'rejected';
export const GoalChangeStatusChoices = choiceTable<GoalChangeStatus>({
  proposed: 'vorgeschlagen',
  advisoryConsent: 'Beirat zugestimmt',
  decided: 'beschlossen',
  rejected: 'abgelehnt'
});

/** How an indicator continues its predecessor's series: renamed continues it, redefined breaks it visibly. */
export type SeriesContinuity = 'same' | 'renamed' | 'redefined';
export const SeriesContinuityChoices = choiceTable<SeriesContinuity>({ same: 'fortgeführt', renamed: 'umbenannt', redefined: 'neu definiert' });

/** A session counts for the steering group's "twice a year" once booked or held, not while merely planned. */
export type SessionStatus = 'planned' | 'booked' | 'held' | 'cancelled';
export const SessionStatusChoices = choiceTable<SessionStatus>({ planned: 'geplant', booked: 'gebucht', held: 'stattgefunden', cancelled: 'abgesagt' });

export type ReportType = 'statusReport' | 'annualReport' | 'periodReport' | 'template';
/** What a file in "Berichte" is: one of the reports, or the city's Word template they are generated into. */
export const ReportTypeChoices = choiceTable<ReportType>({
  statusReport: 'Status-Quo-Bericht',
  annualReport: 'Jahresbericht',
  periodReport: 'Bericht zur Fortschreibung',
  template: 'Berichtsvorlage'
});
