import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { ServiceError } from '../../src/http/serviceError';
import type { NewMeetingRecord } from '../../src/domain';

describe('meeting records (Meetings list) against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;

  // 2030: summer time starts on 31 March and ends on 27 October.
  const year = 2030;
  const meeting = (changes: Partial<NewMeetingRecord>): NewMeetingRecord => ({
    kind: 'agreement',
    subject: 'Zielvereinbarungsgespräch FB 50 Soziales',
    departmentId: 7,
    year,
    start: '2030-03-29T10:00',
    end: '2030-03-29T11:30',
    attendees: ['Anna.Schmidt@stadt.example', 'mehmet.kaya@stadt.example'],
    isOnlineMeeting: true,
    transactionId: `ip365-agreement-${year}-7-${Math.random().toString(36).slice(2)}`,
    agenda: '1. Überprüfung\n2. Neue Ziele',
    ...changes
  });

  const storedStart = async (id: number): Promise<{ MeetingStart: string; MeetingEnd: string }> => {
    const row = (await emulator.sp(coordinator).web.getList('/sites/integration/Lists/Meetings').items.getById(id).select('MeetingStart', 'MeetingEnd')()) as Record<string, string>;
    return { MeetingStart: row.MeetingStart, MeetingEnd: row.MeetingEnd };
  };

  beforeAll(() => {
    office = emulator.services(coordinator);
  });

  it('records meetings on both sides of the spring clock change and reads the same wall-clock times back', async () => {
    const [winter, summer, interview] = await office.meetings.record([
      meeting({}),
      meeting({ departmentId: 8, subject: 'Zielvereinbarungsgespräch FB 51', start: '2030-04-01T10:00', end: '2030-04-01T11:30', isOnlineMeeting: false }),
      meeting({ kind: 'initialInterview', departmentId: 8, subject: 'Erstgespräch FB 51', start: '2030-10-28T09:00', end: '2030-10-28T11:00', state: 'booked', eventId: 'AAMkAD-1' })
    ]);
    expect(winter).toMatchObject({ state: 'proposed', start: '2030-03-29T10:00', attendees: ['anna.schmidt@stadt.example', 'mehmet.kaya@stadt.example'] });
    expect(winter.id).toBeGreaterThan(0);
    expect(winter.etag).toBeTruthy();
    expect(interview).toMatchObject({ state: 'booked', eventId: 'AAMkAD-1' });

    // SharePoint holds UTC: 10:00 is 09:00Z in winter time and 08:00Z in summer time.
    expect(await storedStart(winter.id!)).toEqual({ MeetingStart: '2030-03-29T09:00:00Z', MeetingEnd: '2030-03-29T10:30:00Z' });
    expect(await storedStart(summer.id!)).toEqual({ MeetingStart: '2030-04-01T08:00:00Z', MeetingEnd: '2030-04-01T09:30:00Z' });
    expect(await storedStart(interview.id!)).toEqual({ MeetingStart: '2030-10-28T08:00:00Z', MeetingEnd: '2030-10-28T10:00:00Z' });

    const all = await office.meetings.meetingsOf(year);
    expect(all.map((record) => [record.subject, record.start, record.end, record.state])).toEqual([
      ['Zielvereinbarungsgespräch FB 50 Soziales', '2030-03-29T10:00', '2030-03-29T11:30', 'proposed'],
      ['Zielvereinbarungsgespräch FB 51', '2030-04-01T10:00', '2030-04-01T11:30', 'proposed'],
      ['Erstgespräch FB 51', '2030-10-28T09:00', '2030-10-28T11:00', 'booked']
    ]);
    expect(all[0]).toMatchObject({ kind: 'agreement', departmentId: 7, isOnlineMeeting: true, agenda: '1. Überprüfung\n2. Neue Ziele', transactionId: winter.transactionId });
    expect((await office.meetings.meetingsOf(year, 'initialInterview')).map((record) => record.id)).toEqual([interview.id]);
    expect((await office.meetings.meetingsOf(year, 'agreement')).map((record) => record.id)).toEqual([winter.id, summer.id]);
  });

  it('moves a meeting across the autumn clock change with If-Match, and refuses a stale version without changing anything', async () => {
    const [created] = await office.meetings.record([meeting({ start: '2030-10-25T14:00', end: '2030-10-25T15:00' })]);
    expect(await storedStart(created.id!)).toMatchObject({ MeetingStart: '2030-10-25T12:00:00Z' });

    const moved = await office.meetings.update(created, { start: '2030-10-28T14:00', end: '2030-10-28T15:00', state: 'booked', eventId: 'AAMkAD-2', attendees: ['Anna.Schmidt@stadt.example'] });
    expect(moved).toMatchObject({ id: created.id, start: '2030-10-28T14:00', end: '2030-10-28T15:00', state: 'booked', eventId: 'AAMkAD-2', attendees: ['anna.schmidt@stadt.example'] });
    expect(moved.etag).toBeTruthy();
    expect(moved.etag).not.toBe(created.etag);
    expect(await storedStart(created.id!)).toEqual({ MeetingStart: '2030-10-28T13:00:00Z', MeetingEnd: '2030-10-28T14:00:00Z' });

    const stale = await office.meetings.update(created, { state: 'cancelled' }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ServiceError);
    expect((stale as ServiceError).isConflict).toBe(true);
    const [reread] = (await office.meetings.meetingsOf(year)).filter((record) => record.id === created.id);
    expect(reread).toEqual(moved);

    const cancelled = await office.meetings.update(reread, { state: 'cancelled', eventId: undefined });
    expect(cancelled.eventId).toBeUndefined();
    expect((await office.meetings.meetingsOf(year)).find((record) => record.id === created.id)).toEqual(cancelled);
  });

  it('answers a repeated record of the same transaction with the stored meeting instead of a second one', async () => {
    const once = meeting({ departmentId: 3, subject: 'Zielvereinbarungsgespräch FB 32', start: '2030-05-06T09:00', end: '2030-05-06T10:00' });
    const [first] = await office.meetings.record([once]);
    const before = (await office.meetings.meetingsOf(year)).length;
    const [again] = await office.meetings.record([once]);
    expect(again.id).toBe(first.id);
    expect(again.start).toBe('2030-05-06T09:00');
    expect((await office.meetings.meetingsOf(year)).length).toBe(before);
  });

  it('shows the seeded round of this year: booked, proposed and no agreement meetings', async () => {
    const thisYear = new Date().getFullYear();
    const records = await office.meetings.meetingsOf(thisYear, 'agreement');
    expect(records.some((record) => record.state === 'booked')).toBe(true);
    expect(records.some((record) => record.state === 'proposed')).toBe(true);
    expect(new Set(records.map((record) => record.departmentId)).size).toBeLessThan(12);
    for (const record of records) {
      expect(record.start < record.end).toBe(true);
      expect(record.attendees.length).toBeGreaterThan(0);
    }
  });

  it("keeps a department's meeting in the department's folder, where another department does not see it; refuses one without a department", async () => {
    const [record] = await office.meetings.record([meeting({ subject: 'Zielvereinbarungsgespräch vertraulich', agenda: 'Ziele und Maßnahmen im Entwurf' })]);
    const departments = await office.departments.departments();
    const own = departments.find((department) => department.id === 7)!;
    const row = (await emulator.sp(coordinator).web.getList('/sites/integration/Lists/Meetings').items.getById(record.id!).select('FileDirRef', 'Agenda')()) as Record<string, string>;
    expect(row).toMatchObject({ FileDirRef: `/sites/integration/Lists/Meetings/${own.number}`, Agenda: 'Ziele und Maßnahmen im Entwurf' });
    const other = emulator.people.contacts().find((person) => person.department !== own.number)!;
    expect((await emulator.services(other.login).meetings.meetingsOf(year)).map((seen) => seen.id)).not.toContain(record.id);
    const ownContact = emulator.people.contactOf(own.number);
    expect((await emulator.services(ownContact.login).meetings.meetingsOf(year)).map((seen) => seen.id)).toContain(record.id);

    const { departmentId: _none, ...withoutDepartment } = meeting({ subject: 'Ohne Fachbereich' });
    const refused = await office.meetings.record([withoutDepartment]).catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(400);
  });
});
