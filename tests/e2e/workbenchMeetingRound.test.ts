import type { Event } from '@microsoft/microsoft-graph-types';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { MeetingRepository } from '../../src/data/meetingRepository';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { CalendarService } from '../../src/scheduling/calendarService';
import { BodySessionRepository } from '../../src/data/bodySessionRepository';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';

const coordinator = 'koordination@stadt.example';

/** "Di., 08.12.2026, 10:00–11:00" (as the view writes a slot) → wall-clock start and end. */
function slotOfText(text: string): { start: string; end: string } {
  const match = /(\d{2})\.(\d{2})\.(\d{4}), (\d{2}:\d{2})–(\d{2}:\d{2})/.exec(text);
  expect(match).not.toBeNull();
  const [, day, month, year, start, end] = match!;
  return { start: `${year}-${month}-${day}T${start}`, end: `${year}-${month}-${day}T${end}` };
}

describe('local workbench: planning, booking and re-planning the round of goal-agreement meetings', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;
  let calendar: CalendarService;
  let meetings: MeetingRepository;
  let departmentNames: Map<number, string>;
  let bodySessions: BodySessionRepository;
  const year = new Date().getFullYear();
  /** Next year's round: no department has its meeting yet, so all twelve are planned. */
  const roundYear = year + 1;
  const roundSubject = `Zielvereinbarungsgespräch ${roundYear}:`;

  beforeAll(async () => {
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const lists = new SiteLists(createSpForToken({ siteUrl, getToken: async () => coordinator }), '/sites/integration');
    meetings = new MeetingRepository(lists);
    bodySessions = new BodySessionRepository(lists);
    departmentNames = new Map((await new DepartmentRepository(lists).departments()).map((department) => [department.id, `${department.number} ${department.name}`]));
    calendar = new CalendarService(createGraphClient({ baseUrl: session.workbench.url, getToken: async () => coordinator }));
  }, 120_000);

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  async function open(agreementYear = year): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=meetingRound`);
    await page.getByTestId('departments-to-plan').waitFor({ timeout: 30_000 });
    if (agreementYear !== year) {
      await page.getByLabel('Vereinbarungsjahr').fill(String(agreementYear));
      await page.getByTestId('departments-to-plan').getByText(`für ${agreementYear}`).waitFor({ timeout: 30_000 });
    }
  }

  /** The coordinator's Outlook events of this round, by subject. */
  async function roundEvents(): Promise<Event[]> {
    return calendar.listEventsBySubject(roundSubject);
  }

  it('plans the round for every department without a booked meeting, moves one, books all and re-plans a declined one', async () => {
    const booked = (await meetings.meetingsOf(roundYear, 'agreement')).filter((meeting) => meeting.state === 'booked');
    const expectedToPlan = departmentNames.size - new Set(booked.map((meeting) => meeting.departmentId)).size;
    expect(expectedToPlan).toBe(12);
    await expect(roundEvents()).resolves.toEqual([]);

    await open(roundYear);
    const toPlanText = await page.getByTestId('departments-to-plan').innerText();
    expect(toPlanText).toContain(`${expectedToPlan} von ${departmentNames.size} Fachbereichen`);
    await screenshot(page, 'meeting-round-settings-de');

    // Plan: free/busy of everyone, then the week view.
    await page.getByRole('button', { name: 'Runde planen' }).click();
    const plan = page.getByTestId('round-plan');
    await plan.waitFor({ timeout: 60_000 });
    const cards = plan.locator('[data-testid^="round-card-"]');
    const placed = await cards.count();
    const unplaced = await plan.getByTestId('unplaced').locator('li').count();
    expect(placed + unplaced).toBe(expectedToPlan);
    expect(placed).toBeGreaterThan(3);
    await expect(plan.innerText()).resolves.toContain(`${placed} Fachbereiche eingeplant, ${unplaced} ohne Termin.`);
    await screenshot(page, 'meeting-round-plan-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Move one department with the keyboard: the card is a button, the dialog lists the next free slots.
    const card = cards.first();
    const departmentId = Number((await card.getAttribute('data-testid'))!.replace('round-card-', ''));
    const before = slotOfText((await card.textContent())!);
    await card.focus();
    await page.keyboard.press('Enter');
    const options = page.getByTestId('move-options');
    await options.waitFor();
    const option = options.getByRole('button').nth(1);
    const chosenText = await option.innerText();
    const chosen = slotOfText(chosenText);
    expect(chosen).not.toEqual(before);
    await screenshot(page, 'meeting-round-move-de');
    await option.click();
    await options.waitFor({ state: 'detached' });
    const moved = plan.getByTestId(`round-card-${departmentId}`);
    await expect(moved.textContent()).resolves.toContain('(von Hand festgelegt)');
    expect(slotOfText((await moved.textContent())!)).toEqual(chosen);

    // Book all: one Outlook event per placed department, the moved one at the chosen time.
    await page.getByRole('button', { name: `Alle buchen (${placed})` }).click();
    await page.getByTestId('booking-summary').getByText(`Alle ${placed} Termine sind gebucht`).waitFor({ timeout: 60_000 });
    const events = await roundEvents();
    expect(events).toHaveLength(placed);
    const movedName = departmentNames.get(departmentId)!;
    const movedEvent = events.find((event) => event.subject === `${roundSubject} ${movedName}`)!;
    expect(movedEvent).toBeDefined();
    expect(movedEvent.start!.dateTime!.slice(0, 16)).toBe(chosen.start);
    const records = (await meetings.meetingsOf(roundYear, 'agreement')).filter((meeting) => meeting.subject.startsWith(roundSubject));
    expect(records).toHaveLength(placed);
    expect(records.every((meeting) => meeting.state === 'booked' && meeting.eventId)).toBe(true);
    // The booked departments are no longer to plan.
    await page.getByTestId('departments-to-plan').getByText(`${expectedToPlan - placed} von ${departmentNames.size} Fachbereichen`).waitFor({ timeout: 30_000 });
    const table = page.getByTestId('booked-table');
    await table.getByText(movedName).waitFor();
    await screenshot(page, 'meeting-round-booked-de');

    // A contact declines in Outlook; the table says so after a refresh.
    const movedRecord = records.find((meeting) => meeting.departmentId === departmentId)!;
    const decliner = movedRecord.attendees[0];
    const response = await workbench.respond({ eventId: movedRecord.eventId, attendee: decliner, response: 'declined' });
    expect(response.status).toBeLessThan(300);
    await page.getByRole('button', { name: 'Antworten aktualisieren' }).click();
    const responses = page.getByTestId(`responses-${departmentId}`);
    await responses.getByText(/^Abgelehnt von /).waitFor({ timeout: 30_000 });
    await expect(responses.innerText()).resolves.toContain('1 abgelehnt');
    // Only that meeting shows a decline.
    await expect(table.getByText(/^Abgelehnt von /).count()).resolves.toBe(1);
    await screenshot(page, 'meeting-round-declined-de');

    // Re-plan: the next free slot, not the declined one, then rebook in Outlook.
    await page.getByRole('button', { name: `Nächsten freien Termin vorschlagen: ${movedName}` }).click();
    const proposal = page.getByTestId(`replan-slot-${departmentId}`);
    await proposal.waitFor({ timeout: 30_000 });
    const next = slotOfText(await proposal.innerText());
    expect(next).not.toEqual(chosen);
    const otherStarts = events.filter((event) => event.id !== movedEvent.id).map((event) => event.start!.dateTime!.slice(0, 16));
    expect(otherStarts).not.toContain(next.start);
    await page.getByRole('button', { name: new RegExp(`^Umbuchen: ${movedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} auf `) }).click();
    // The proposal goes away once Outlook and the record are both moved.
    await proposal.waitFor({ state: 'detached', timeout: 30_000 });
    const movedAgain = (await roundEvents()).find((event) => event.id === movedEvent.id)!;
    expect(movedAgain.start!.dateTime!.slice(0, 16)).toBe(next.start);
    const rebooked = (await meetings.meetingsOf(roundYear, 'agreement')).find((meeting) => meeting.id === movedRecord.id)!;
    expect({ start: rebooked.start, end: rebooked.end }).toEqual(next);
    await expect(roundEvents()).resolves.toHaveLength(placed);
    await screenshot(page, 'meeting-round-rebooked-de');
  });

  it('books a steering-group meeting in the shared panel: attendees typed in, availability, a suggestion, the result', async () => {
    // Booked sessions count; a merely proposed one does not.
    const steeringBefore = (await meetings.meetingsOf(year, 'steeringGroup')).filter((meeting) => meeting.state !== 'cancelled' && (meeting.state === 'booked' || !!meeting.eventId)).length;
    await open();
    const section = page.getByTestId('steering-group');
    await expect(section.innerText()).resolves.toContain(`Gebuchte Sitzungen ${year}: ${steeringBefore}`);
    await section.getByRole('button', { name: 'Sitzung buchen' }).click();
    const panel = page.getByTestId('meeting-booking-panel');
    await panel.waitFor();
    const users = workbench.users.filter((user) => user.role === 'department').slice(0, 2);
    const others = panel.getByRole('textbox', { name: 'Weitere Teilnehmende' });

    // A typo is named, and nothing is booked.
    await others.fill(`${users[0].login}; kein-postfach`);
    await panel.getByText('Keine gültige E-Mail-Adresse: kein-postfach').waitFor();
    await others.fill(users.map((user) => user.login).join('; '));
    await panel.getByRole('button', { name: 'Verfügbarkeit laden' }).click();
    const grid = panel.getByTestId('free-busy-grid');
    await grid.waitFor({ timeout: 30_000 });
    // One row per person (the organizer first), each slot with its state for screen readers.
    await expect(grid.locator('table').first().locator('tbody tr').count()).resolves.toBe(3);
    await expect(grid.locator('table').first().innerText()).resolves.toMatch(/\d{2}:\d{2}–\d{2}:\d{2} (frei|belegt)/);
    await grid.scrollIntoViewIfNeeded();
    await screenshot(page, 'meeting-round-panel-availability-de');

    await panel.getByRole('button', { name: 'Vorschläge' }).click();
    const suggestions = panel.getByRole('radiogroup', { name: 'Vorgeschlagene Termine' });
    await suggestions.waitFor({ timeout: 30_000 });
    const first = suggestions.locator('label[for]').first();
    const slot = slotOfText(await first.innerText());
    await first.click();
    await expect(panel.getByLabel('Beginn').inputValue()).resolves.toBe(slot.start.slice(11));
    await panel.getByText('Als Teams-Besprechung').click();
    await screenshot(page, 'meeting-round-panel-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Outlook creates the event but its answer is lost: the panel says what to do and keeps everything.
    const subject = `Sitzung der Steuerungsgruppe „Umsetzung Integrationsplanung“ ${year}`;
    const fault = await workbench.injectFault({ status: 500, count: 1, path: 'v1\\.0/me/events$', afterProcessing: true });
    expect(fault.ok).toBe(true);
    await panel.getByRole('button', { name: 'Buchen', exact: true }).click();
    const failure = panel.getByTestId('booking-error');
    await failure.waitFor({ timeout: 30_000 });
    await expect(failure.innerText()).resolves.toContain('Ihre Eingaben bleiben erhalten');
    await expect(failure.innerText()).resolves.toContain('Details: 500');
    await expect(panel.getByLabel('Beginn').inputValue()).resolves.toBe(slot.start.slice(11));
    await expect(others.inputValue()).resolves.toBe(users.map((user) => user.login).join('; '));
    await screenshot(page, 'meeting-round-panel-failed-de');

    // Booking again finds the event created before (same transaction id): one meeting, not two.
    await panel.getByRole('button', { name: 'Buchen', exact: true }).click();
    await panel.getByTestId('booking-result').waitFor({ timeout: 30_000 });
    const events = await calendar.listEventsBySubject(subject);
    expect(events).toHaveLength(1);
    expect(events[0].start!.dateTime!.slice(0, 16)).toBe(slot.start);
    expect(events[0].isOnlineMeeting).toBe(true);
    expect(events[0].attendees!.map((attendee) => attendee.emailAddress!.address!.toLowerCase()).sort()).toEqual(users.map((user) => user.login.toLowerCase()).sort());
    await screenshot(page, 'meeting-round-panel-booked-de');

    await page.getByRole('button', { name: 'Schließen', exact: true }).click();
    await section.getByText(`Gebuchte Sitzungen ${year}: ${steeringBefore + 1}`).waitFor({ timeout: 30_000 });

    // The booking is also a session of the steering group, booked with its event, which the overview counts.
    let recorded = (await bodySessions.sessionsOfYear(year)).filter((candidate) => candidate.eventId === events[0].id);
    for (let attempt = 0; recorded.length === 0 && attempt < 50; attempt += 1) {
      await page.waitForTimeout(200);
      recorded = (await bodySessions.sessionsOfYear(year)).filter((candidate) => candidate.eventId === events[0].id);
    }
    expect(recorded.map((candidate) => [candidate.body, candidate.status, candidate.date, candidate.title])).toEqual([['steeringGroup', 'booked', slot.start.slice(0, 10), subject]]);
  });
});
