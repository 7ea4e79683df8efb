import type { AgreementItem, AgreementWithItems, Department, FieldProblem, Measure } from '../../domain';
import type { AgreementItemInput } from '../../data/goalAgreementRepository';

/** What the form holds for one measure of the department while the agreement is edited. */
export interface ItemDraft {
  readonly measureId: number;
  /** "1.2.3 Sprachkurse für Eltern": the measure as the list item and the meeting agenda name it. */
  readonly title: string;
  readonly isAgreed: boolean;
  readonly target: string;
  readonly responsibleContactId?: number;
  readonly notes: string;
  /** The item of last year's agreement this one continues. */
  readonly carriedOverFrom?: number;
}

export interface AgreementForm {
  readonly notes: string;
  readonly rows: readonly ItemDraft[];
}

/** SharePoint's Title column holds at most 255 characters. */
const maxTitleLength = 255;

export function measureTitle(measure: Pick<Measure, 'number' | 'title'>): string {
  return `${measure.number ?? ''} ${measure.title}`.trim().slice(0, maxTitleLength);
}

function byNumber(a: { readonly number?: string; readonly id: number }, b: { readonly number?: string; readonly id: number }): number {
  return (a.number ?? '').localeCompare(b.number ?? '', 'de', { numeric: true }) || a.id - b.id;
}

function draftOfItem(item: AgreementItem): ItemDraft {
  return {
    measureId: item.measureId,
    title: item.title,
    isAgreed: true,
    target: item.target ?? '',
    ...(item.responsibleContactId !== undefined ? { responsibleContactId: item.responsibleContactId } : {}),
    notes: item.notes ?? '',
    ...(item.carriedOverFrom !== undefined ? { carriedOverFrom: item.carriedOverFrom } : {})
  };
}

/**
 * The form of an agreement: the department's measures in catalogue order, those of the
 * agreement ticked with their target, contact and notes. Items whose measure is no longer in the
 * catalogue's lead list (another period, a changed lead) stay in the form, ticked, at the end.
 */
export function formOf(measures: readonly Measure[], current: AgreementWithItems | undefined): AgreementForm {
  const items = new Map((current?.items ?? []).map((item) => [item.measureId, item]));
  const rows: ItemDraft[] = [...measures].sort(byNumber).map((measure) => {
    const item = items.get(measure.id);
    return item ? draftOfItem(item) : { measureId: measure.id, title: measureTitle(measure), isAgreed: false, target: '', notes: '' };
  });
  const listed = new Set(measures.map((measure) => measure.id));
  const others = (current?.items ?? []).filter((item) => !listed.has(item.measureId)).map(draftOfItem);
  return { notes: current?.agreement.notes ?? '', rows: [...rows, ...others] };
}

function sameRow(a: ItemDraft, b: ItemDraft): boolean {
  if (a.isAgreed !== b.isAgreed) {
    return false;
  }
  // An unticked row is not saved, so what was typed into it changes nothing stored.
  return !a.isAgreed || (a.target.trim() === b.target.trim() && a.responsibleContactId === b.responsibleContactId && a.notes.trim() === b.notes.trim());
}

/** Whether the form differs from what is stored (whitespace at the ends does not count). */
export function isSameForm(a: AgreementForm, b: AgreementForm): boolean {
  if (a.notes.trim() !== b.notes.trim() || a.rows.length !== b.rows.length) {
    return false;
  }
  const other = new Map(b.rows.map((row) => [row.measureId, row]));
  return a.rows.every((row) => {
    const counterpart = other.get(row.measureId);
    return counterpart !== undefined && sameRow(row, counterpart);
  });
}

export function withRow(form: AgreementForm, measureId: number, change: Partial<Omit<ItemDraft, 'measureId'>>): AgreementForm {
  return { ...form, rows: form.rows.map((row) => (row.measureId === measureId ? { ...row, ...change } : row)) };
}

/**
 * The items to save: the ticked rows, each with the id of the stored item of the same measure so
 * it is changed rather than added; stored items of unticked rows are left out and so removed.
 * `current` is the version the save goes against, so after a conflict the user's form can be
 * saved onto the latest version.
 */
export function itemInputs(form: AgreementForm, current: AgreementWithItems | undefined): AgreementItemInput[] {
  const stored = new Map((current?.items ?? []).map((item) => [item.measureId, item]));
  return form.rows
    .filter((row) => row.isAgreed)
    .map((row): AgreementItemInput => {
      const id = stored.get(row.measureId)?.id;
      const target = row.target.trim();
      const notes = row.notes.trim();
      return {
        ...(id !== undefined ? { id } : {}),
        measureId: row.measureId,
        title: row.title,
        ...(target ? { target } : {}),
        ...(row.responsibleContactId !== undefined ? { responsibleContactId: row.responsibleContactId } : {}),
        ...(notes ? { notes } : {}),
        ...(row.carriedOverFrom !== undefined ? { carriedOverFrom: row.carriedOverFrom } : {})
      };
    });
}

/** A reason the agreement cannot be concluded yet: on one measure's row, or on the whole form. */
export type AgreementFormProblem = { readonly kind: 'noItems' } | { readonly kind: 'targetRequired'; readonly measureId: number; readonly title: string };

/** An agreement is concluded with at least one measure, and every agreed measure has a target. */
export function agreementFormProblems(form: AgreementForm): AgreementFormProblem[] {
  const agreed = form.rows.filter((row) => row.isAgreed);
  if (agreed.length === 0) {
    return [{ kind: 'noItems' }];
  }
  return agreed.filter((row) => row.target.trim() === '').map((row) => ({ kind: 'targetRequired', measureId: row.measureId, title: row.title }));
}

/** The field of a problem the repository reports, placed on a measure's row where it names one (`measure:12`). */
export function measureIdOfField(problem: FieldProblem): number | undefined {
  const match = /^(?:measure|item)s?[:.-](\d+)/.exec(problem.field);
  return match ? Number(match[1]) : undefined;
}

/** The problems a rejected agree carries (the repository throws them with the error), if any. */
export function fieldProblemsOf(error: unknown): FieldProblem[] | undefined {
  if (typeof error === 'object' && error !== null && 'problems' in error) {
    const problems = (error as { problems: unknown }).problems;
    if (Array.isArray(problems) && problems.every((problem) => typeof problem === 'object' && problem !== null && 'message' in problem && 'field' in problem)) {
      return problems as FieldProblem[];
    }
  }
  return undefined;
}

export interface MeetingTextTemplates {
  /** `{0}` year, `{1}` department number, `{2}` department name. */
  readonly subject: string;
  /** `{0}` year of the agreement under review. */
  readonly reviewHeading: string;
  /** `{0}` year of the new agreement. */
  readonly agreeHeading: string;
  readonly nothingToReview: string;
  readonly nothingToAgree: string;
  /** `{0}` target. */
  readonly target: string;
}

function fill(template: string, ...values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (values[Number(index)] === undefined ? match : String(values[Number(index)])));
}

export function meetingSubject(year: number, department: Pick<Department, 'number' | 'name'>, templates: Pick<MeetingTextTemplates, 'subject'>): string {
  return fill(templates.subject, year, department.number, department.name);
}

/**
 * The invitation text: the review of last year's agreed measures, then the measures to agree for
 * this year (the ticked ones; before anything is ticked, the department's candidates).
 */
export function meetingAgenda(year: number, previous: AgreementWithItems | undefined, form: AgreementForm, templates: MeetingTextTemplates): string {
  const lines: string[] = [];
  const bullet = (title: string, target: string | undefined): string => (target ? `- ${title} (${fill(templates.target, target)})` : `- ${title}`);
  lines.push(fill(templates.reviewHeading, previous?.agreement.year ?? year - 1));
  // Reviewed in this meeting, or just before it: either way the meeting talks about last year's measures.
  const reviewItems = previous && previous.agreement.status !== 'draft' ? previous.items : [];
  lines.push(...(reviewItems.length > 0 ? reviewItems.map((item) => bullet(item.title, item.target)) : [templates.nothingToReview]));
  lines.push('');
  lines.push(fill(templates.agreeHeading, year));
  const ticked = form.rows.filter((row) => row.isAgreed);
  const toAgree = ticked.length > 0 ? ticked : form.rows;
  lines.push(...(toAgree.length > 0 ? toAgree.map((row) => bullet(row.title, row.target.trim() || undefined)) : [templates.nothingToAgree]));
  return lines.join('\n');
}
