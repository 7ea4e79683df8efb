import { coordinatorLogin, primaryContactOf } from './organisation';
import { SeedList } from './seedList';
import type { SeedItem } from './types';

const partColumns = ['Female', 'Male', 'Diverse', 'NotStated'] as const;

/**
 * Correction requests of the locked year: the value `markDemoCorrection` marked was corrected by
 * accepting a department's request (the request keeps the value before it), and a department has
 * asked to correct another value, which waits for the office. `lockedAt` is when the year was locked.
 */
export function buildCorrectionRequests(values: readonly SeedItem[], lockedYear: number, lockedAt: string): { requests: SeedList; values: SeedItem[] } {
  const requests = new SeedList('correction');
  const ofYear = values.map((item, index) => ({ item, index })).filter(({ item }) => item.fields.ValueYear === lockedYear);
  const corrected = ofYear.find(({ item }) => item.fields.IsCorrection === true);
  const decidedAt = new Date(Date.parse(lockedAt) + 14 * 86_400_000).toISOString();
  const updated = [...values];
  if (corrected) {
    const fields = corrected.item.fields;
    const total = Number(fields.Total);
    requests.add(
      {
        ...requestFields(fields, String(fields.CorrectionReason ?? 'Korrektur nach der Sperrung.')),
        RequestStatus: 'Angenommen',
        ...previousOf(fields, total - Math.max(1, Math.round(total * 0.05))),
        DecidedBy: coordinatorLogin,
        DecidedAt: decidedAt
      },
      departmentFolderOf(corrected.item),
      // Filed by the department's contact, decided (changed last) by the office.
      { author: requesterOf(corrected.item), editor: coordinatorLogin }
    );
    updated[corrected.index] = { ...corrected.item, fields: { ...fields, CorrectedBy: coordinatorLogin, CorrectedAt: decidedAt } };
  }
  // The open request concerns another department's value, so two departments' folders hold requests.
  const other = ofYear.find(({ item }) => item !== corrected?.item && departmentFolderOf(item) !== (corrected ? departmentFolderOf(corrected.item) : undefined));
  if (other) {
    const fields = other.item.fields;
    const asked = withTotal(fields, Number(fields.Total) + 3);
    requests.add({ ...requestFields(asked, 'Drei Teilnehmende eines Kurses im Dezember wurden erst nach der Sperrung gemeldet.'), RequestStatus: 'Offen' }, departmentFolderOf(other.item), {
      author: requesterOf(other.item)
    });
  }
  return { requests, values: updated };
}

function requestFields(fields: Record<string, unknown>, reason: string): Record<string, unknown> {
  return {
    Title: fields.ValueKey,
    IndicatorId: fields.IndicatorId,
    ReportingYear: fields.ValueYear,
    DepartmentId: fields.DepartmentId,
    ValueKey: fields.ValueKey,
    Total: fields.Total,
    ...Object.fromEntries(partColumns.filter((column) => fields[column] !== undefined).map((column) => [column, fields[column]])),
    Source: fields.Source,
    ValueComment: reason,
    CorrectionReason: reason
  };
}

/** The value before the correction: `total`, with the difference taken from (or added to) the largest part. */
function previousOf(fields: Record<string, unknown>, total: number): Record<string, unknown> {
  const before = withTotal(fields, total);
  return Object.fromEntries([['PreviousTotal', before.Total], ...partColumns.filter((column) => before[column] !== undefined).map((column) => [`Previous${column}`, before[column]])]);
}

function withTotal(fields: Record<string, unknown>, total: number): Record<string, unknown> {
  const present = partColumns.filter((column) => typeof fields[column] === 'number');
  if (present.length === 0) {
    return { ...fields, Total: total };
  }
  const largest = present.reduce((a, b) => (Number(fields[a]) >= Number(fields[b]) ? a : b));
  return { ...fields, Total: total, [largest]: Number(fields[largest]) + total - Number(fields.Total) };
}

function requesterOf(item: SeedItem): string | undefined {
  const department = departmentFolderOf(item);
  return department === undefined ? undefined : primaryContactOf(department);
}

/** The department's folder of an item (`50` of `50` or `50/2024`): requests live in the department folder only. */
function departmentFolderOf(item: SeedItem): string | undefined {
  return item.folder?.split('/')[0];
}
