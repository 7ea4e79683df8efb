import type { EmulatorUser } from '../core/types';
import type { CalendarStore } from './calendarStore';
import type { Directory } from './directory';
import { badRequest } from './errors';
import { responseZone } from './events';
import { availabilityDuring, busyItems, type BusyItem } from './freeBusy';
import { readBoolean, readDateTimeTimeZone, readJsonObject, readNumber } from './requestBody';
import { parameter } from './schedule';
import { toDateTimeTimeZone } from './timeZones';
import type { FreeBusyStatus, GraphCall, GraphResult } from './types';
import { defaultWorkingHours, isWithinWorkingHours, withAllDays, type WorkingHours } from './workingHours';

const minuteMs = 60_000;
/** Suggestions start on the hour or half hour, as Outlook's do. */
const candidateStepMs = 30 * minuteMs;
/** Bounds the search however wide the requested window is. */
const maxCandidatesExamined = 5_000;
const defaultMaxCandidates = 10;
/** Graph documents no default window; without time slots the emulator looks one week ahead. */
const defaultWindowMs = 7 * 86_400_000;

interface Attendee {
  readonly type: string;
  readonly address: string;
  readonly name?: string;
  readonly user?: EmulatorUser;
}

/** `PT1H`, `PT2H30M`, `P1DT2H`: ISO 8601 durations as Edm.Duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
  if (!match || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase().endsWith('T')) {
    return undefined;
  }
  const [, days, hours, minutes, seconds] = match;
  return ((Number(days ?? 0) * 24 + Number(hours ?? 0)) * 60 + Number(minutes ?? 0)) * minuteMs + Number(seconds ?? 0) * 1000;
}

/**
 * Graph: a free attendee counts 100 % towards the confidence, one with unknown availability
 * 49 %, a busy one 0 %. A tentative attendee is taken as a coin flip.
 */
function attendanceChance(status: FreeBusyStatus): number {
  switch (status) {
    case 'free':
    case 'workingElsewhere':
      return 100;
    case 'tentative':
      return 50;
    case 'unknown':
      return 49;
    default:
      return 0;
  }
}

function readAttendees(value: unknown, directory: Directory): Attendee[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw badRequest("The parameter 'attendees' must be a collection of attendeeBase objects.");
  }
  return value.map((entry) => {
    const attendee = (entry ?? {}) as { type?: unknown; emailAddress?: { address?: unknown; name?: unknown } };
    const address = attendee.emailAddress?.address;
    if (typeof address !== 'string' || address.trim() === '') {
      throw badRequest('Each attendee needs an emailAddress with an address.');
    }
    return {
      type: typeof attendee.type === 'string' ? attendee.type : 'required',
      address: address.trim(),
      name: typeof attendee.emailAddress?.name === 'string' ? attendee.emailAddress.name : undefined,
      user: directory.find(address)
    };
  });
}

/** POST /me/findMeetingTimes. */
export class MeetingTimesEndpoint {
  public constructor(
    private readonly store: CalendarStore,
    private readonly directory: () => Directory,
    private readonly now: () => Date
  ) {}

  public findMeetingTimes(call: GraphCall, organizer: EmulatorUser): GraphResult {
    const body = readJsonObject(call.body);
    const directory = this.directory();
    const attendees = readAttendees(parameter(body, 'attendees'), directory);
    const durationText = parameter(body, 'meetingDuration');
    const durationMs = durationText === undefined || durationText === null ? 30 * minuteMs : typeof durationText === 'string' ? parseDuration(durationText) : undefined;
    if (durationMs === undefined || durationMs <= 0) {
      throw badRequest(`Cannot convert the literal '${String(durationText)}' to the expected type 'Edm.Duration'.`);
    }
    const maxCandidatesValue = parameter(body, 'maxCandidates');
    const maxCandidates = maxCandidatesValue === undefined || maxCandidatesValue === null ? defaultMaxCandidates : readNumber(maxCandidatesValue, 'maxCandidates');
    const optionalValue = parameter(body, 'isOrganizerOptional');
    const isOrganizerOptional = optionalValue === undefined || optionalValue === null ? false : readBoolean(optionalValue, 'isOrganizerOptional');
    const reasonsValue = parameter(body, 'returnSuggestionReasons');
    const returnSuggestionReasons = reasonsValue === undefined || reasonsValue === null ? false : readBoolean(reasonsValue, 'returnSuggestionReasons');
    const percentageValue = parameter(body, 'minimumAttendeePercentage');
    // Without a quorum, Graph suggests only slots with a confidence of at least 50 %.
    const minimumAttendeePercentage = percentageValue === undefined || percentageValue === null ? 50 : readNumber(percentageValue, 'minimumAttendeePercentage');

    const constraint = (parameter(body, 'timeConstraint') ?? {}) as Record<string, unknown>;
    const activityDomain = String(parameter(constraint, 'activityDomain') ?? 'work').toLowerCase();
    const slotsValue = parameter(constraint, 'timeSlots');
    const nowMs = this.now().getTime();
    const windows = Array.isArray(slotsValue)
      ? slotsValue.map((slot, index) => {
          const record = (slot ?? {}) as Record<string, unknown>;
          return { startMs: readDateTimeTimeZone(parameter(record, 'start'), `timeSlots[${index}].start`).epochMs, endMs: readDateTimeTimeZone(parameter(record, 'end'), `timeSlots[${index}].end`).epochMs };
        })
      : [{ startMs: nowMs, endMs: nowMs + defaultWindowMs }];
    const locationConstraint = (parameter(body, 'locationConstraint') ?? {}) as Record<string, unknown>;
    const locationsValue = parameter(locationConstraint, 'locations');
    const locations = Array.isArray(locationsValue)
      ? locationsValue.map((location) => ({ displayName: String((location as { displayName?: unknown })?.displayName ?? '') })).filter((location) => location.displayName !== '')
      : [];

    // activityDomain "work" (and the deprecated "unknown") keep to working hours; "personal" adds weekends; "unrestricted" is any time.
    const hoursFor = (): WorkingHours | undefined => (activityDomain === 'unrestricted' ? undefined : activityDomain === 'personal' ? withAllDays(defaultWorkingHours) : defaultWorkingHours);
    const hours = hoursFor();
    const overallStart = Math.min(...windows.map((window) => window.startMs));
    const overallEnd = Math.max(...windows.map((window) => window.endMs));
    const itemsOf = (user: EmulatorUser): BusyItem[] => busyItems(this.store.events(user.id), overallStart, overallEnd);
    const organizerItems = itemsOf(organizer);
    const attendeeItems = attendees.map((attendee) => (attendee.user ? itemsOf(attendee.user) : undefined));

    const { zone, headers } = responseZone(call);
    const suggestions: Array<{ startMs: number; confidence: number; json: Record<string, unknown> }> = [];
    let examined = 0;
    let organizerBlocked = 0;
    let inHours = 0;
    for (const window of windows) {
      let startMs = Math.ceil(Math.max(window.startMs, nowMs) / candidateStepMs) * candidateStepMs;
      for (; startMs + durationMs <= window.endMs && examined < maxCandidatesExamined; startMs += candidateStepMs) {
        examined++;
        const endMs = startMs + durationMs;
        if (hours && !isWithinWorkingHours(startMs, endMs, hours)) {
          continue;
        }
        inHours++;
        const organizerAvailability = availabilityDuring(organizerItems, startMs, endMs);
        if (!isOrganizerOptional && (organizerAvailability === 'busy' || organizerAvailability === 'oof')) {
          organizerBlocked++;
          continue;
        }
        const availabilities = attendees.map((_, index) => {
          const items = attendeeItems[index];
          return items ? availabilityDuring(items, startMs, endMs) : ('unknown' as FreeBusyStatus);
        });
        const chances = attendees.length > 0 ? availabilities.map(attendanceChance) : [attendanceChance(organizerAvailability)];
        const confidence = chances.reduce((sum, chance) => sum + chance, 0) / chances.length;
        if (confidence < minimumAttendeePercentage) {
          continue;
        }
        suggestions.push({
          startMs,
          confidence,
          json: {
            confidence,
            organizerAvailability,
            suggestionReason: returnSuggestionReasons
              ? confidence === 100
                ? 'Suggested because it is one of the nearest times when all attendees are available.'
                : 'Suggested because it is one of the nearest times when most attendees are available.'
              : '',
            attendeeAvailability: attendees.map((attendee, index) => ({
              attendee: { type: attendee.type, emailAddress: { address: attendee.address, ...(attendee.name ? { name: attendee.name } : {}) } },
              availability: availabilities[index]
            })),
            locations,
            meetingTimeSlot: { start: toDateTimeTimeZone(startMs, zone), end: toDateTimeTimeZone(endMs, zone) }
          }
        });
      }
    }
    // Highest confidence first; equal confidence in chronological order.
    suggestions.sort((a, b) => b.confidence - a.confidence || a.startMs - b.startMs);
    const chosen = suggestions.slice(0, Math.max(0, Math.floor(maxCandidates))).map((suggestion, index) => ({ ...suggestion.json, order: index + 1 }));
    let emptySuggestionsReason = '';
    if (chosen.length === 0) {
      if (inHours === 0) {
        emptySuggestionsReason = 'unknown';
      } else if (organizerBlocked === inHours) {
        emptySuggestionsReason = 'organizerUnavailable';
      } else if (attendees.some((attendee) => !attendee.user)) {
        emptySuggestionsReason = 'attendeesUnavailableOrUnknown';
      } else {
        emptySuggestionsReason = 'attendeesUnavailable';
      }
    }
    return {
      status: 200,
      headers,
      json: {
        '@odata.context': `${call.serviceRoot}/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
        emptySuggestionsReason,
        meetingTimeSuggestions: chosen
      }
    };
  }
}
