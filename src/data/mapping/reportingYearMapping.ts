import { isoDay, localDate, ReportingYear } from '../../domain';
import { etagOf, isTrue, numberOr, optionalText } from './spValues';

type Row = Record<string, unknown>;

export const reportingYearSelect = ['Id', 'ReportingYear', 'IsLocked', 'LockedAt', 'LockedBy/Title', 'Deadline'] as const;
export const reportingYearExpand = ['LockedBy'] as const;

export function toReportingYear(row: Row): ReportingYear {
  const etag = etagOf(row);
  const lockedBy = optionalText((row.LockedBy as { Title?: unknown } | null | undefined)?.Title);
  const lockedAt = optionalText(row.LockedAt);
  // A DateOnly column comes back as midnight of the site's time zone in UTC: the council's day.
  const deadlineDay = typeof row.Deadline === 'string' ? localDate(row.Deadline) : undefined;
  return {
    id: numberOr(row.Id, 0),
    year: numberOr(row.ReportingYear, 0),
    isLocked: isTrue(row.IsLocked),
    ...(lockedAt ? { lockedAt } : {}),
    ...(lockedBy ? { lockedBy } : {}),
    ...(deadlineDay ? { deadline: isoDay(deadlineDay) } : {}),
    ...(etag ? { etag } : {})
  };
}

/** The fields of a lock or an unlock; the user is a site user id, as a person column is written through `LockedById`. */
export function reportingYearFields(year: number, isLocked: boolean, siteUserId: number, now: Date): Record<string, unknown> {
  return {
    Title: String(year),
    ReportingYear: year,
    IsLocked: isLocked,
    // Who unlocked and when is in the item's version history; the columns describe the current lock.
    LockedAt: isLocked ? now.toISOString() : null,
    LockedById: isLocked ? siteUserId : null
  };
}
