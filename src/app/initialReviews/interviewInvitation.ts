import { fillPlaceholders } from '../../domain';
import type { Department, Measure } from '../../domain';

export interface InvitationStrings {
  /** `{0}` department number and name, `{1}` plan period. */
  readonly InterviewSubject: string;
  /** `{0}` department, `{1}` plan period, `{2}` count of measures. */
  readonly InterviewAgendaIntro: string;
  readonly InterviewAgendaQuestions: string;
  readonly InterviewAgendaChecklist: string;
}

/**
 * The invitation to a department's initial interview: the questions asked for every measure and
 * the department's measures as the checklist, so the contacts can prepare from their Outlook.
 */
export function interviewInvitation(department: Department, periodTitle: string, measures: readonly Measure[], strings: InvitationStrings): { subject: string; agenda: string } {
  const label = `${department.number} ${department.name}`;
  const own = measures
    .filter((measure) => measure.leadDepartmentId === department.id)
    .sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '', 'de', { numeric: true }) || a.title.localeCompare(b.title, 'de'));
  const checklist = own.map((measure) => `☐ ${measure.number ? `${measure.number} ` : ''}${measure.title}`);
  return {
    subject: fillPlaceholders(strings.InterviewSubject, { 0: label, 1: periodTitle }),
    agenda: [fillPlaceholders(strings.InterviewAgendaIntro, { 0: label, 1: periodTitle, 2: String(own.length) }), '', strings.InterviewAgendaQuestions, '', strings.InterviewAgendaChecklist, ...checklist].join('\n')
  };
}
