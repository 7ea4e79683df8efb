import type { EmulatorUser } from '../core/types';
import type { CalendarStore } from './calendarStore';
import type { Directory } from './directory';
import { badRequest, GraphError } from './errors';
import { responseZone } from './events';
import { availabilityView, busyItems } from './freeBusy';
import { readDateTimeTimeZone, readJsonObject, readNumber } from './requestBody';
import { toDateTimeTimeZone } from './timeZones';
import type { GraphCall, GraphResult } from './types';
import { defaultWorkingHours, renderWorkingHours } from './workingHours';

/** Exchange's availability limits, with the codes and messages Graph passes through. */
export const maxSchedules = 100;
export const maxWindowDays = 62;
const dayMs = 86_400_000;

/** Graph binds action parameters case-insensitively; its own docs post `"Schedules"` and `"StartTime"`. */
export function parameter(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

/** POST /me/calendar/getSchedule (and /users/{id}/calendar/getSchedule). */
export class ScheduleEndpoint {
  public constructor(
    private readonly store: CalendarStore,
    private readonly directory: () => Directory
  ) {}

  public getSchedule(call: GraphCall, caller: EmulatorUser): GraphResult {
    const body = readJsonObject(call.body);
    const schedules = parameter(body, 'schedules');
    if (!Array.isArray(schedules) || schedules.some((address) => typeof address !== 'string')) {
      throw badRequest("The parameter 'schedules' must be a collection of SMTP addresses.");
    }
    if (schedules.length > maxSchedules) {
      throw new GraphError(400, 'ErrorMailboxDataArrayTooBig', `There are too many target users in the EmailAddress array. The allowed size = ${maxSchedules}; the actual size = ${schedules.length}.`);
    }
    const start = readDateTimeTimeZone(parameter(body, 'startTime'), 'startTime');
    const end = readDateTimeTimeZone(parameter(body, 'endTime'), 'endTime');
    const intervalValue = parameter(body, 'availabilityViewInterval');
    const intervalMinutes = intervalValue === undefined || intervalValue === null ? 30 : readNumber(intervalValue, 'availabilityViewInterval');
    if (!Number.isInteger(intervalMinutes) || intervalMinutes < 5 || intervalMinutes > 1440) {
      throw new GraphError(400, 'ErrorInvalidMergedFreeBusyInterval', 'The MergedFreeBusyInterval must be between 5 and 1440.');
    }
    if (end.epochMs <= start.epochMs) {
      throw new GraphError(400, 'ErrorInvalidTimeInterval', 'The start date/time must be earlier than the end date/time.');
    }
    const days = Math.ceil((end.epochMs - start.epochMs) / dayMs);
    if (days > maxWindowDays) {
      throw new GraphError(
        400,
        'ErrorTimeIntervalTooBig',
        `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${maxWindowDays} days; the actual limit = ${days} days.`
      );
    }
    const { zone, headers } = responseZone(call);
    const directory = this.directory();
    const value = (schedules as string[]).map((scheduleId) => {
      const owner = directory.find(scheduleId);
      if (!owner) {
        // Graph answers 200 and reports the unresolvable address inside its entry.
        return { scheduleId, error: { message: `Unable to resolve e-mail address ${scheduleId} to an Active Directory object.`, responseCode: '5009' } };
      }
      const items = busyItems(this.store.events(owner.id), start.epochMs, end.epochMs);
      return {
        scheduleId,
        availabilityView: availabilityView(items, start.epochMs, end.epochMs, intervalMinutes * 60_000),
        scheduleItems: items.map((item) => {
          const isPrivate = item.event.sensitivity === 'private' || item.event.sensitivity === 'confidential';
          // Free/busy shows subject and location of normal-sensitivity items (limited-details sharing); the owner sees their own.
          const isVisible = owner.id === caller.id || !isPrivate;
          return {
            isPrivate,
            status: item.status,
            ...(isVisible ? { subject: item.event.subject, location: item.event.locations[0]?.displayName ?? '' } : {}),
            start: toDateTimeTimeZone(item.startMs, zone),
            end: toDateTimeTimeZone(item.endMs, zone)
          };
        }),
        workingHours: renderWorkingHours(defaultWorkingHours)
      };
    });
    return {
      status: 200,
      headers,
      json: { '@odata.context': `${call.serviceRoot}/$metadata#Collection(microsoft.graph.scheduleInformation)`, value }
    };
  }
}
