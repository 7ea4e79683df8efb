import { coordinatorLogin } from './organisation';
import { SeedList } from './seedList';
import type { SeedItem } from './types';

/** Seeded items start at version 1, and SharePoint's ETag names the version: what the office judged. */
const seededVersion = '"1"';

export const demoReturnComment = 'Die Quelle fehlt, und der Wert liegt deutlich über dem Vorjahr: bitte Quelle angeben und den Wert prüfen.';

/**
 * The office's decisions on the demo values (Wertprüfungen). Every value of the years before
 * `collectedYear` was accepted in its stored version (a corrected one after its correction). Of the
 * year being collected, the office has accepted every third value of each department, returned
 * one value of the first department with a comment, and not yet looked at the rest, so the
 * workbench shows all four states (values still empty are "missing").
 */
export function buildValueReviews(values: readonly SeedItem[], collectedYear: number, today: Date): SeedList {
  const list = new SeedList('review');
  const reviewedBefore = new Date(Math.min(today.getTime() - 2 * 86_400_000, Date.UTC(collectedYear + 1, 11, 31)));
  const reported = values.map((item, index) => ({ fields: item.fields, id: index + 1 })).filter(({ fields }) => typeof fields.Total === 'number');
  const add = (fields: Record<string, unknown>, decision: 'angenommen' | 'zurückgegeben', reviewedAt: string, comment?: string): void => {
    list.add({
      Title: `${String(fields.ValueKey)} ${decision}`,
      ValueKey: fields.ValueKey,
      IndicatorId: fields.IndicatorId,
      ReportingYear: fields.ValueYear,
      DepartmentId: fields.DepartmentId,
      Decision: decision,
      ReviewComment: comment,
      ReviewedETag: seededVersion,
      ReviewedAt: reviewedAt,
      ReviewedBy: coordinatorLogin
    });
  };

  for (const { fields } of reported.filter(({ fields }) => Number(fields.ValueYear) < collectedYear)) {
    const year = Number(fields.ValueYear);
    // A corrected value was accepted again after the office applied the correction.
    const reviewedAt = typeof fields.CorrectedAt === 'string' ? new Date(Date.parse(fields.CorrectedAt) + 60_000).toISOString() : `${year + 1}-03-20T09:00:00.000Z`;
    add(fields, 'angenommen', reviewedAt);
  }

  const collected = reported.filter(({ fields }) => Number(fields.ValueYear) === collectedYear);
  const firstDepartment = Math.min(...collected.map(({ fields }) => Number(fields.DepartmentId)));
  const seen = new Map<number, number>();
  let hasReturned = false;
  for (const { fields } of collected) {
    const department = Number(fields.DepartmentId);
    const position = seen.get(department) ?? 0;
    seen.set(department, position + 1);
    if (position % 3 === 0) {
      add(fields, 'angenommen', reviewedBefore.toISOString());
    } else if (!hasReturned && department === firstDepartment) {
      hasReturned = true;
      add(fields, 'zurückgegeben', reviewedBefore.toISOString(), demoReturnComment);
    }
  }
  return list;
}
