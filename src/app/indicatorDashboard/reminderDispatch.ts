import type { Department, NewReminder, Reminder } from '../../domain';
import { reminderKey, todayInCouncil } from '../../domain';
import type { MailBatchOptions, MailService, OutgoingMail } from '../../scheduling/reminderMail';
import type { ReminderRepository } from '../../data/reminderRepository';
import type { ServiceError } from '../../http/serviceError';
import { DepartmentCompleteness, entryLink, reminderMail } from './dashboardModel';

/**
 * The department's workbook for the year, created or refreshed before its reminder goes out (the
 * issue: "refreshed when a reminder is sent"); its `openLink` opens it in Excel.
 */
export interface WorkbookRefresher {
  refresh(input: { readonly department: Department; readonly year: number }): Promise<{ readonly openLink: string }>;
}

export interface ReminderServices {
  readonly mail: Pick<MailService, 'sendEach'>;
  readonly reminders: Pick<ReminderRepository, 'record'>;
  /** Absent where the workbooks are not provisioned: the mail links to the entry page. */
  readonly departmentWorkbooks?: WorkbookRefresher;
}

export type ReminderPhase = 'workbooks' | 'sending' | 'recording';

export interface ReminderProgress {
  readonly phase: ReminderPhase;
  readonly done: number;
  readonly total: number;
}

/** What became of one department's reminder in one click. */
export interface DepartmentReminderResult {
  readonly row: DepartmentCompleteness;
  /** `unknown`: Graph's answer was lost; the mail may have gone out and is not sent again in this click. */
  readonly outcome: 'sent' | 'failed' | 'unknown';
  readonly error?: ServiceError;
  readonly isWorkbookLink: boolean;
  /** Why the workbook could not be refreshed: the mail carries the entry page's link instead. */
  readonly workbookProblem?: unknown;
  /** The record in "Erinnerungen", when stored. */
  readonly reminder?: Reminder;
  readonly recordError?: ServiceError;
}

export interface RemindInput {
  readonly services: ReminderServices;
  readonly rows: readonly DepartmentCompleteness[];
  readonly year: number;
  readonly deadline?: string;
  /** `{year}` and `{department}` are filled in: the link where no workbook is available. */
  readonly entryLinkTemplate: string;
  readonly senderName: string;
  /** One per click of "Erinnern" / "Alle erinnern": the records' keys are made of it and the department. */
  readonly clickId: string;
  readonly now?: () => Date;
  readonly onProgress?: (progress: ReminderProgress) => void;
  readonly mailOptions?: Omit<MailBatchOptions, 'onSettled'>;
}

/** The rows a reminder can go to: a department that owes values and has a contact with a mail address. */
export function remindableRows(rows: readonly DepartmentCompleteness[]): DepartmentCompleteness[] {
  return rows.filter((row) => row.missing.length > 0 && row.recipients.length > 0);
}

interface Prepared {
  readonly row: DepartmentCompleteness;
  readonly mail: OutgoingMail;
  readonly isWorkbookLink: boolean;
  readonly workbookProblem?: unknown;
}

/**
 * Reminds each department of what it owes for the year, with its own mail: the workbook is
 * refreshed first and linked (a department whose workbook fails gets the entry page's link, and its
 * result says so), then all mails go out in JSON `$batch` requests, then who was reminded is
 * recorded. Each department is in one mail at most, whatever the retries: a department appears
 * once per click, a mail accepted by Graph is never sent again, and one whose answer was lost
 * stays `unknown`. One result per department, in the order given.
 */
export async function remindDepartments(input: RemindInput): Promise<DepartmentReminderResult[]> {
  const now = input.now ?? (() => new Date());
  const report = input.onProgress ?? (() => undefined);
  const byDepartment = new Map<number, DepartmentCompleteness>();
  for (const row of remindableRows(input.rows)) {
    if (!byDepartment.has(row.department.id)) byDepartment.set(row.department.id, row);
  }
  const rows = [...byDepartment.values()];
  const today = todayInCouncil(now());
  const prepared: Prepared[] = [];
  for (const row of rows) {
    report({ phase: 'workbooks', done: prepared.length, total: rows.length });
    prepared.push(await prepare(input, row, today));
  }

  report({ phase: 'sending', done: 0, total: prepared.length });
  const sentAt = now().toISOString();
  const deliveries = await input.services.mail.sendEach(
    prepared.map(({ row, mail }) => ({ id: String(row.department.id), mail })),
    { ...input.mailOptions, onSettled: (settled) => report({ phase: 'sending', done: settled, total: prepared.length }) }
  );

  const results: DepartmentReminderResult[] = prepared.map(({ row, isWorkbookLink, workbookProblem }) => {
    const delivery = deliveries.get(String(row.department.id)) ?? { kind: 'unknown' as const };
    return {
      row,
      outcome: delivery.kind,
      ...('error' in delivery && delivery.error ? { error: delivery.error } : {}),
      isWorkbookLink,
      ...(workbookProblem !== undefined ? { workbookProblem } : {})
    };
  });

  // Sent and unknown mails are recorded: an unknown one may have reached the department.
  const toRecord = results.filter((result) => result.outcome !== 'failed');
  report({ phase: 'recording', done: 0, total: toRecord.length });
  const drafts: NewReminder[] = toRecord.map((result) => ({
    departmentId: result.row.department.id,
    year: input.year,
    sentAt,
    missingCount: result.row.missing.length,
    outcome: result.outcome === 'sent' ? 'sent' : 'unknown',
    createKey: reminderKey(input.clickId, result.row.department.id)
  }));
  const recorded = drafts.length === 0 ? [] : await input.services.reminders.record(drafts);
  report({ phase: 'recording', done: toRecord.length, total: toRecord.length });
  const byId = new Map(recorded.map((outcome) => [outcome.ok ? outcome.reminder.departmentId : outcome.departmentId, outcome]));
  return results.map((result) => {
    const outcome = byId.get(result.row.department.id);
    if (!outcome) return result;
    return outcome.ok ? { ...result, reminder: outcome.reminder } : { ...result, recordError: outcome.error };
  });
}

async function prepare(input: RemindInput, row: DepartmentCompleteness, today: string): Promise<Prepared> {
  const options = { ...(input.deadline ? { deadline: input.deadline } : {}), today };
  const fallback = entryLink(input.entryLinkTemplate, input.year, row.department);
  const workbooks = input.services.departmentWorkbooks;
  if (!workbooks) {
    return { row, mail: reminderMail(row, input.year, fallback, input.senderName, options), isWorkbookLink: false };
  }
  try {
    const { openLink } = await workbooks.refresh({ department: row.department, year: input.year });
    return { row, mail: reminderMail(row, input.year, openLink, input.senderName, { ...options, isWorkbookLink: true }), isWorkbookLink: true };
  } catch (problem) {
    return { row, mail: reminderMail(row, input.year, fallback, input.senderName, options), isWorkbookLink: false, workbookProblem: problem };
  }
}
