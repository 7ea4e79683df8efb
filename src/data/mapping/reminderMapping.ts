import { ReminderOutcomeChoices } from '../../domain';
import type { NewReminder, Reminder } from '../../domain';
import { numberOr, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const reminderSelect = ['Id', 'DepartmentId', 'ReportingYear', 'SentAt', 'SentBy/Title', 'MissingCount', 'Outcome'] as const;
export const reminderExpand = ['SentBy'] as const;

/** Reads one reminder; an item whose Outcome is none of the list's choices (typed by hand) is left out. */
export function toReminder(row: Row): Reminder | undefined {
  const outcome = ReminderOutcomeChoices.toCode(row.Outcome);
  if (!outcome) return undefined;
  const sentBy = optionalText((row.SentBy as { Title?: unknown } | null | undefined)?.Title);
  return {
    id: numberOr(row.Id, 0),
    departmentId: numberOr(row.DepartmentId, 0),
    year: numberOr(row.ReportingYear, 0),
    sentAt: text(row.SentAt),
    missingCount: numberOr(row.MissingCount, 0),
    outcome,
    ...(sentBy ? { sentBy } : {})
  };
}

/** The item of a new reminder; `siteUserId` is who sent it (the signed-in office member). */
export function reminderCreation(reminder: NewReminder, siteUserId: number | undefined): Record<string, unknown> {
  return {
    Title: `Erinnerung ${reminder.year}`,
    DepartmentId: reminder.departmentId,
    ReportingYear: reminder.year,
    SentAt: reminder.sentAt,
    ...(siteUserId !== undefined ? { SentById: siteUserId } : {}),
    MissingCount: reminder.missingCount,
    Outcome: ReminderOutcomeChoices.toLabel(reminder.outcome),
    CreateKey: reminder.createKey
  };
}
