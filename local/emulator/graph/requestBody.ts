import { badRequest, invalidRequest, timeZoneNotSupported, unreadableJson } from './errors';
import { parseDateTimeString, resolveTimeZone, toEpoch, utcZone, type ResolvedTimeZone } from './timeZones';

/** The request's JSON object; Graph rejects missing, malformed and non-object payloads with 400. */
export function readJsonObject(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').replace(/^\uFEFF/, '').trim();
  if (text === '') {
    throw badRequest('Empty Payload. JSON content expected.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unreadableJson();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw unreadableJson();
  }
  return parsed as Record<string, unknown>;
}

/** Like `readJsonObject`, but an empty body is an empty object (actions such as `accept` take optional bodies). */
export function readOptionalJsonObject(body: Buffer): Record<string, unknown> {
  return body.toString('utf8').trim() === '' ? {} : readJsonObject(body);
}

export interface InstantInZone {
  readonly epochMs: number;
  readonly zone: ResolvedTimeZone;
}

/** A `dateTimeTimeZone` value: wall-clock `dateTime` in `timeZone` (UTC when omitted, as Graph does). */
export function readDateTimeTimeZone(value: unknown, property: string): InstantInZone {
  if (typeof value !== 'object' || value === null) {
    throw invalidRequest(`The property '${property}' must be a dateTimeTimeZone object with 'dateTime' and 'timeZone'.`);
  }
  const { dateTime, timeZone } = value as { dateTime?: unknown; timeZone?: unknown };
  const zone = timeZone === undefined || timeZone === null ? utcZone : resolveTimeZone(String(timeZone));
  if (!zone) {
    throw timeZoneNotSupported(timeZone);
  }
  const parsed = typeof dateTime === 'string' ? parseDateTimeString(dateTime) : undefined;
  if (!parsed) {
    throw invalidRequest(`The value '${String(dateTime ?? '')}' of '${property}.dateTime' is not a valid date and time.`);
  }
  return { epochMs: toEpoch(parsed, zone.iana), zone };
}

export function readBoolean(value: unknown, property: string): boolean {
  // Graph's OData reader accepts the documented "true"/"false" strings, as in the findMeetingTimes example.
  if (value === true || value === 'true' || value === 'True') {
    return true;
  }
  if (value === false || value === 'false' || value === 'False') {
    return false;
  }
  throw badRequest(`Cannot convert the literal '${String(value)}' to the expected type 'Edm.Boolean' for '${property}'.`);
}

export function readNumber(value: unknown, property: string): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number)) {
    throw badRequest(`Cannot convert the literal '${String(value)}' to the expected type 'Edm.Int32' for '${property}'.`);
  }
  return number;
}
