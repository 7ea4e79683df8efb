import { createHash, randomBytes } from 'node:crypto';

/**
 * Identifiers shaped like Exchange's: event ids are long base64 strings that start with
 * "AAMk" and end in "=" (clients must treat them as opaque and URL-encode them),
 * iCalUIds are hex strings with the fixed Outlook prefix, change keys are short base64.
 */

const outlookICalPrefix = '040000008200E00074C5B7101A82E00800000000';

function urlSafeBase64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

export function newEventId(): string {
  return `AAMkA${urlSafeBase64(randomBytes(48))}AAA=`;
}

/** A stable id for seeded events, so seeding the same calendars twice yields the same items. */
export function seededEventId(key: string): string {
  return `AAMkA${urlSafeBase64(createHash('sha256').update(`event:${key}`).digest())}AAA=`;
}

export function newICalUId(): string {
  return `${outlookICalPrefix}${randomBytes(28).toString('hex').toUpperCase()}`;
}

export function seededICalUId(key: string): string {
  return `${outlookICalPrefix}${createHash('sha256').update(`ical:${key}`).digest('hex').toUpperCase().slice(0, 56)}`;
}

export function newChangeKey(): string {
  return randomBytes(18).toString('base64');
}

export function seededChangeKey(key: string): string {
  return createHash('sha256').update(`changekey:${key}`).digest().subarray(0, 18).toString('base64');
}

export function newJoinUrlToken(): string {
  return randomBytes(24).toString('hex');
}
