import { coordinator, useTestEmulator } from './support/testEmulator';
import { rawRest } from './support/rawRest';
import { buildSeed, type SeedData, type SeedName } from '../../local/seed';
import type { ProductServices } from '../../src/app/services';
import { loadTodoCard, type TodoCardData } from '../../src/app/todoCard/todoCardData';
import { loadSheetModel } from '../../src/app/indicatorEntry/sheetModelSource';
import { addDays, meetingOfDepartment, steeringSessionCount, todayInCouncil } from '../../src/domain';
import type { Todo, TodoKind } from '../../src/domain/todos';
import { wallClockToUtc } from '../../src/domain/wallClockTime';

/**
 * The to-do card's data against the local SharePoint and Graph, read through the product's
 * repositories with each person's own permissions: a department contact sees the own department's
 * to-dos only, the office those across departments.
 */

const now = new Date();
const today = todayInCouncil(now);
const thisYear = Number(today.slice(0, 4));
/** The year being collected, opened by the office with a deadline three weeks ahead. */
const openYear = thisYear - 1;
const deadline = addDays(today, 21);

/** The demo, with last year opened by the office with this suite's deadline (kept or added, one item per year). */
function seedWithOpenYear(name: SeedName, seedToday: Date): SeedData {
  const seed = buildSeed(name, seedToday);
  const opened = { Title: String(openYear), ReportingYear: openYear, IsLocked: false, Deadline: `${deadline}T00:00:00Z` };
  const years = seed.lists.ReportingYears ?? [];
  const known = years.some((item) => item.fields.ReportingYear === openYear);
  seed.lists.ReportingYears = known
    ? years.map((item) => (item.fields.ReportingYear === openYear ? { ...item, fields: { ...item.fields, ...opened } } : item))
    : [...years, { fields: opened }];
  // Department 40 has not yet delivered one of its values.
  const values = seed.lists.IndicatorValues ?? [];
  const owed = values.findIndex((item) => item.folder === `40/${openYear}`);
  seed.lists.IndicatorValues = values.filter((_, index) => index !== owed);
  return seed;
}

const byKind = (data: TodoCardData, kind: TodoKind): Todo | undefined => data.todos.find((todo) => todo.kind === kind);

describe('the to-do card (local SharePoint and Graph)', () => {
  const emulator = useTestEmulator('demo', { seedBuilder: seedWithOpenYear });
  /** Department 40 has its agreement meeting of this year booked in the coming days. */
  const departmentNumber = '40';
  let office: ProductServices;
  let contact: ProductServices;
  let contactLogin: string;
  let departmentId: number;

  beforeAll(async () => {
    office = emulator.services(coordinator);
    contactLogin = emulator.people.contactOf(departmentNumber).login;
    contact = emulator.services(contactLogin);
    departmentId = (await contact.users.currentUser()).departmentId!;
  }, 60_000);

  it('shows a department contact the values the department still owes for the open year, with the deadline', async () => {
    const sheet = await loadSheetModel(contact, departmentId, openYear);
    const missing = sheet.rows.filter((row) => row.stored === undefined).length;
    const data = await loadTodoCard(contact, now);
    expect(missing).toBeGreaterThan(0);
    expect(data).toMatchObject({ role: 'department', departmentNumber });
    expect(byKind(data, 'valuesOwed')).toMatchObject({ count: missing, year: openYear, due: deadline, isOverdue: false, target: 'workbook' });
  });

  it('counts a value the office returned to the department, and none of another department', async () => {
    const before = byKind(await loadTodoCard(contact, now), 'valuesReturned')?.count ?? 0;
    const own = (await loadSheetModel(office, departmentId, openYear)).rows.find((row) => row.stored !== undefined && row.review?.state !== 'returned');
    expect(own).toBeDefined();
    await office.valueReviews.returnValue(own!.stored!, 'Bitte die Zählweise prüfen.');
    const departments = await office.departments.departments();
    const other = departments.find((department) => department.number === '50')!;
    const foreign = (await loadSheetModel(office, other.id, openYear)).rows.find((row) => row.stored !== undefined && row.review?.state !== 'returned');
    expect(foreign).toBeDefined();
    await office.valueReviews.returnValue(foreign!.stored!, 'Bitte prüfen.');

    const data = await loadTodoCard(contact, now);
    expect(byKind(data, 'valuesReturned')).toMatchObject({ count: before + 1, year: openYear, target: 'workbook' });
    // The returned value leads: it is the most urgent to-do of the contact.
    expect(data.todos[0].kind).toBe('valuesReturned');
  });

  it("shows the contact only the own department's agreement review, as SharePoint lets the contact read only the own agreements", async () => {
    const data = await loadTodoCard(contact, now);
    // Last year's agreement of department 40 was agreed in February and is not reviewed yet.
    expect(data.todos.filter((todo) => todo.kind === 'agreementReviewDue')).toEqual([expect.objectContaining({ year: thisYear - 1, target: 'agreement' })]);
    // Raw REST as the contact: every agreement and meeting the contact can read is the own department's (or the steering group's).
    const agreements = await rawRest(emulator.siteUrl, contactLogin, 'GET', "web/lists/GetByTitle('Zielvereinbarungen')/items?$select=DepartmentId,FileSystemObjectType&$top=500");
    expect(agreements.status).toBe(200);
    // Items only: the department folders hold them.
    const agreementRows = (agreements.json.value as Array<{ DepartmentId: number; FileSystemObjectType: number }>).filter((row) => row.FileSystemObjectType === 0);
    expect(agreementRows.length).toBeGreaterThan(0);
    expect(new Set(agreementRows.map((row) => row.DepartmentId))).toEqual(new Set([departmentId]));
    const meetings = await rawRest(emulator.siteUrl, contactLogin, 'GET', "web/lists/GetByTitle('Termine')/items?$select=DepartmentId,FileSystemObjectType&$top=500");
    expect(meetings.status).toBe(200);
    const meetingRows = (meetings.json.value as Array<{ DepartmentId: number | null; FileSystemObjectType: number }>).filter((row) => row.FileSystemObjectType === 0);
    const meetingDepartments = new Set(meetingRows.map((row) => row.DepartmentId ?? null));
    meetingDepartments.delete(null);
    expect(meetingDepartments).toEqual(new Set([departmentId]));
  });

  it("names the contact's unanswered invitation to the department's meeting, until the contact answers it", async () => {
    const record = meetingOfDepartment(await office.meetings.meetingsOf(thisYear, 'agreement'), departmentId);
    expect(record?.state).toBe('booked');
    const start = wallClockToUtc(record!.start).replace(/Z$/, '');
    const end = wallClockToUtc(record!.end).replace(/Z$/, '');
    const event = (await emulator
      .graph(coordinator)
      .api('/me/events')
      .post({
        subject: record!.subject,
        start: { dateTime: start, timeZone: 'UTC' },
        end: { dateTime: end, timeZone: 'UTC' },
        attendees: [{ emailAddress: { address: contactLogin }, type: 'required' }]
      })) as { id: string };
    expect(event.id).toBeTruthy();

    const invited = byKind(await loadTodoCard(contact, now), 'invitationUnanswered');
    expect(invited).toMatchObject({ count: 1, target: 'round', due: record!.start.slice(0, 10) });
    expect(invited?.link).toMatch(/^https:\/\/outlook\.office365\.com\/owa\/\?itemid=/);
    // The office itself was not invited: its card has no invitation to answer.
    expect(byKind(await loadTodoCard(office, now), 'invitationUnanswered')).toBeUndefined();

    // The contact's copy of the office's event (the demo calendar also holds the contact's own entry of that name).
    const copies = (await emulator.graph(contactLogin).api(`/me/events?$filter=${encodeURIComponent(`startswith(subject,'${record!.subject}')`)}&$select=id,isOrganizer`).get()) as { value: Array<{ id: string; isOrganizer: boolean }> };
    const copy = copies.value.find((candidate) => !candidate.isOrganizer);
    expect(copy).toBeDefined();
    await emulator.graph(contactLogin).api(`/me/events/${copy!.id}/accept`).post({ sendResponse: true });
    expect(byKind(await loadTodoCard(contact, now), 'invitationUnanswered')).toBeUndefined();
  });

  it('shows the office the departments without values, without a booked meeting, the reviews due and the steering group', async () => {
    const data = await loadTodoCard(office, now);
    expect(data.role).toBe('coordinator');
    const departments = await office.departments.departments();
    const owing = [];
    for (const department of departments) {
      const rows = (await loadSheetModel(office, department.id, openYear)).rows;
      if (rows.some((row) => row.stored === undefined)) owing.push(department.number);
    }
    expect(owing).toContain(departmentNumber);
    const withoutValues = byKind(data, 'departmentsWithoutValues');
    expect(withoutValues).toMatchObject({ year: openYear, due: deadline, target: 'dashboard' });
    expect(withoutValues!.count).toBeGreaterThanOrEqual(1);
    expect(withoutValues!.count).toBeLessThanOrEqual(owing.length);
    const booked = new Set((await office.meetings.meetingsOf(thisYear, 'agreement')).filter((meeting) => meeting.state === 'booked').map((meeting) => meeting.departmentId));
    expect(byKind(data, 'departmentsWithoutMeeting')).toMatchObject({ count: departments.length - booked.size, year: thisYear, target: 'round' });
    // Last year's agreements of the nine departments not reviewed early, agreed in February of last year: overdue.
    expect(byKind(data, 'reviewsDue')).toMatchObject({ count: 9, isOverdue: true, target: 'agreement' });
    const steering = steeringSessionCount(await office.bodySessions.sessionsOfYear(thisYear), thisYear);
    expect(byKind(data, 'steeringSessionsShort') !== undefined).toBe(steering.isShort);
    // Most urgent first.
    expect(data.todos.map((todo) => todo.urgency)).toEqual([...data.todos.map((todo) => todo.urgency)].sort((a, b) => b - a));
  });

  it('asks for no values while no reporting year is open with a deadline', async () => {
    const years = await office.reportingYears.years();
    expect(years.find((year) => year.year === openYear)?.deadline).toBe(deadline);
    const me = await office.users.currentUser();
    await office.reportingYears.lock(openYear, me.siteUserId);
    try {
      const data = await loadTodoCard(contact, now);
      expect(byKind(data, 'valuesOwed')).toBeUndefined();
      expect(byKind(data, 'valuesReturned')).toBeUndefined();
      expect(byKind(await loadTodoCard(office, now), 'departmentsWithoutValues')).toBeUndefined();
    } finally {
      await office.reportingYears.unlock(openYear, me.siteUserId);
    }
  });
});
