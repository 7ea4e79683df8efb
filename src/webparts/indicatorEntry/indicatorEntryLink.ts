/**
 * Where a link into the indicator entry points: the reporting year as `year-2025` (Teams'
 * subEntityId, SharePoint's `?item=`) or `?year=2025` (the reminder mail's link), and for the
 * coordinator the department by its number (`?department=50`).
 */
export interface IndicatorEntryLink {
  readonly year?: number;
  readonly departmentNumber?: string;
}

export function indicatorEntryDeepLinkId(year: number): string {
  return `year-${year}`;
}

export function indicatorEntryLinkOf(deepLink: string | undefined, search: string): IndicatorEntryLink {
  const params = new URLSearchParams(search);
  const fromDeepLink = /^year-(\d{4})$/.exec(deepLink ?? '')?.[1];
  const year = validYear(fromDeepLink) ?? validYear(params.get('year'));
  const department = params.get('department')?.trim();
  return {
    ...(year !== undefined ? { year } : {}),
    ...(department && /^[\w.-]{1,20}$/.test(department) ? { departmentNumber: department } : {})
  };
}

function validYear(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{4}$/.test(text.trim())) {
    return undefined;
  }
  const year = Number(text);
  return year >= 1900 && year <= 2999 ? year : undefined;
}
