import * as commonStrings from 'CommonStrings';
import type { GoalChange, GoalChangeStatus, GoalChangeType } from '../domain';
import { format, formatDate } from './format';

export type GoalChangeStrings = Pick<
  ICommonStrings,
  | 'GoalChangeTypeAdded'
  | 'GoalChangeTypeReached'
  | 'GoalChangeTypeModified'
  | 'GoalChangeTypeRemoved'
  | 'GoalChangeStatusProposed'
  | 'GoalChangeStatusAdvisoryConsent'
  | 'GoalChangeStatusDecided'
  | 'GoalChangeStatusRejected'
  | 'GoalChangePending'
  | 'GoalChangeEffectiveSince'
  | 'GoalChangeEffectiveFrom'
  | 'GoalChangeProposedOn'
  | 'GoalChangeBoardOn'
  | 'GoalChangeCommitteeOn'
  | 'GoalChangePaper'
>;

export function goalChangeTypeText(type: GoalChangeType, strings: GoalChangeStrings = commonStrings): string {
  return { added: strings.GoalChangeTypeAdded, reached: strings.GoalChangeTypeReached, modified: strings.GoalChangeTypeModified, removed: strings.GoalChangeTypeRemoved }[type];
}

export function goalChangeStatusText(status: GoalChangeStatus, strings: GoalChangeStrings = commonStrings): string {
  return { proposed: strings.GoalChangeStatusProposed, advisoryConsent: strings.GoalChangeStatusAdvisoryConsent, decided: strings.GoalChangeStatusDecided, rejected: strings.GoalChangeStatusRejected }[status];
}

/**
 * Where the change stands, in words that cannot be misread: a proposal or a consent is
 * "pending – not yet effective"; a decision says from when it counts.
 */
export function goalChangeStateText(change: GoalChange, today: string, locale: string, strings: GoalChangeStrings = commonStrings): string {
  const status = goalChangeStatusText(change.status, strings);
  if (change.status === 'proposed' || change.status === 'advisoryConsent') {
    return `${status} – ${strings.GoalChangePending}`;
  }
  if (change.status === 'decided' && change.committeeDate) {
    const template = change.committeeDate <= today ? strings.GoalChangeEffectiveSince : strings.GoalChangeEffectiveFrom;
    return `${status} – ${format(template, formatDate(change.committeeDate, locale))}`;
  }
  return status;
}

/** The dates of the procedure so far, with the committee's paper: "vorgeschlagen am …; Beirat am …; Ausschuss am … (Vorlage …)". */
export function goalChangeDatesText(change: GoalChange, locale: string, strings: GoalChangeStrings = commonStrings): string {
  const parts: string[] = [];
  if (change.proposedDate) {
    parts.push(format(strings.GoalChangeProposedOn, formatDate(change.proposedDate, locale)));
  }
  if (change.advisoryBoardDate) {
    parts.push(format(strings.GoalChangeBoardOn, formatDate(change.advisoryBoardDate, locale)));
  }
  if (change.committeeDate) {
    const paper = change.committeeReference ? ` (${format(strings.GoalChangePaper, change.committeeReference)})` : '';
    parts.push(`${format(strings.GoalChangeCommitteeOn, formatDate(change.committeeDate, locale))}${paper}`);
  }
  return parts.join('; ');
}
