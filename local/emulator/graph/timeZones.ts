/**
 * Time zones as Outlook speaks them: Graph's `dateTimeTimeZone` carries a Windows zone
 * name ("W. Europe Standard Time") or an IANA name, and answers in UTC unless the client
 * asks for a zone with `Prefer: outlook.timezone="…"`. Wall-clock conversion uses `Intl`,
 * so daylight-saving transitions come from the platform's tz database.
 */

/** Windows zone names (as Exchange stores them) → IANA, per CLDR's windowsZones "001" territory. */
const windowsToIana: Readonly<Record<string, string>> = {
  'UTC': 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central European Standard Time': 'Europe/Warsaw',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'India Standard Time': 'Asia/Calcutta',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney'
};

/** Outlook's own spelling of UTC in some payloads. */
const utcAliases = new Set(['utc', 'tzone://microsoft/utc', 'etc/utc', 'coordinated universal time', 'z']);

export interface ResolvedTimeZone {
  /** The name to echo back to the client (the Windows spelling when known). */
  readonly name: string;
  readonly iana: string;
}

const windowsByLowerName = new Map(Object.entries(windowsToIana).map(([windows, iana]) => [windows.toLowerCase(), { name: windows, iana }]));

/** Resolves a Windows or IANA zone name; `undefined` when neither Windows nor the platform knows it. */
export function resolveTimeZone(name: string | undefined | null): ResolvedTimeZone | undefined {
  if (typeof name !== 'string' || name.trim() === '') {
    return undefined;
  }
  const trimmed = name.trim();
  const lower = trimmed.toLowerCase();
  if (utcAliases.has(lower)) {
    return { name: 'UTC', iana: 'UTC' };
  }
  const windows = windowsByLowerName.get(lower);
  if (windows) {
    return windows;
  }
  try {
    const iana = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
    return { name: trimmed, iana };
  } catch {
    return undefined;
  }
}

export const utcZone: ResolvedTimeZone = { name: 'UTC', iana: 'UTC' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(iana: string): Intl.DateTimeFormat {
  let formatter = formatters.get(iana);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short'
    });
    formatters.set(iana, formatter);
  }
  return formatter;
}

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
}

const weekdayIndex: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall clock in `iana` at the instant `epochMs`. */
export function wallClockAt(epochMs: number, iana: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(iana).formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value;
  }
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
    weekday: weekdayIndex[parts.weekday] ?? 0
  };
}

/** Offset of `iana` from UTC at `epochMs`, in milliseconds (Berlin in summer: +7,200,000). */
export function offsetAt(epochMs: number, iana: string): number {
  const wall = wallClockAt(epochMs, iana);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return asUtc - epochMs;
}

/**
 * The instant at which the wall clock in `iana` shows the given local time.
 * Like Outlook (and Temporal's "compatible" rule): a time that occurs twice when clocks go
 * back takes the earlier instant; a time skipped when clocks go forward moves forward by the gap.
 */
export function wallClockToEpoch(local: { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond?: number }, iana: string): number {
  const localAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond ?? 0);
  const dayMs = 86_400_000;
  const offsetBefore = offsetAt(localAsUtc - dayMs, iana);
  const offsetAfter = offsetAt(localAsUtc + dayMs, iana);
  const candidates: number[] = [];
  for (const offset of new Set([offsetBefore, offsetAfter])) {
    const instant = localAsUtc - offset;
    if (offsetAt(instant, iana) === offset) {
      candidates.push(instant);
    }
  }
  if (candidates.length > 0) {
    return Math.min(...candidates);
  }
  return localAsUtc - offsetBefore;
}

const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export interface ParsedDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Explicit offset in the string ("Z", "+02:00"), in ms; `undefined` for a plain wall-clock value. */
  readonly offsetMs?: number;
}

/** Parses Graph's `dateTime` strings: `2019-03-15T09:00:00`, `…T09:00:00.0000000`, `…T09:00`, with or without an offset. */
export function parseDateTimeString(text: string): ParsedDateTime | undefined {
  const match = localDateTimePattern.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const parsed = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0
  };
  if (parsed.month < 1 || parsed.month > 12 || parsed.day < 1 || parsed.day > 31 || parsed.hour > 23 || parsed.minute > 59 || parsed.second > 59) {
    return undefined;
  }
  // Reject calendar overflow such as 2024-02-31.
  const check = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  if (check.getUTCMonth() !== parsed.month - 1) {
    return undefined;
  }
  if (!zone) {
    return parsed;
  }
  if (zone.toUpperCase() === 'Z') {
    return { ...parsed, offsetMs: 0 };
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  return { ...parsed, offsetMs };
}

/** A parsed date-time as an instant: its own offset wins, otherwise it is wall-clock time in `iana`. */
export function toEpoch(parsed: ParsedDateTime, iana: string): number {
  if (parsed.offsetMs !== undefined) {
    return Date.UTC(parsed.year, parsed.month - 1, parsed.day, parsed.hour, parsed.minute, parsed.second, parsed.millisecond) - parsed.offsetMs;
  }
  return wallClockToEpoch(parsed, iana);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Graph's wire format for `dateTimeTimeZone.dateTime`: local time with seven fractional digits, no offset. */
export function formatGraphDateTime(epochMs: number, iana: string): string {
  const wall = wallClockAt(epochMs, iana);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${pad(wall.millisecond, 3)}0000`;
}

/** Graph's wire format for DateTimeOffset properties such as `createdDateTime`. */
export function formatUtcTimestamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}.${pad(((epochMs % 1000) + 1000) % 1000, 3)}0000Z`;
}

export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

export function toDateTimeTimeZone(epochMs: number, zone: ResolvedTimeZone): DateTimeTimeZone {
  return { dateTime: formatGraphDateTime(epochMs, zone.iana), timeZone: zone.name };
}

/**
 * The zone asked for by `Prefer: outlook.timezone="…"` (several preferences may share the
 * header, comma-separated). Unknown zones are ignored, so the answer stays in UTC.
 */
export function preferredTimeZone(prefer: string | string[] | undefined): ResolvedTimeZone | undefined {
  const values = Array.isArray(prefer) ? prefer : prefer === undefined ? [] : [prefer];
  for (const value of values) {
    const match = /outlook\.timezone\s*=\s*(?:"([^"]*)"|([^,;\s]+))/i.exec(value);
    if (match) {
      return resolveTimeZone(match[1] ?? match[2]);
    }
  }
  return undefined;
}
