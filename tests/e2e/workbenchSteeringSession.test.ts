import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { BodySessionRepository } from '../../src/data/bodySessionRepository';
import { ActionItemRepository } from '../../src/data/actionItemRepository';
import { steeringSessionCount } from '../../src/domain';

const coordinator = 'koordination@stadt.example';
const minutes = Buffer.from('%PDF-1.7\n% Protokoll der Steuerungsgruppe\n', 'latin1');

/**
 * The coordinator records a steering-group session in the Steuerung web part with its minutes and
 * action items; the next session's agenda lists the open ones; the overview counts the sessions.
 */
describe('local workbench: recording a steering-group session with minutes and action items', () => {
  const session = useWorkbenchSession();
  let page: Page;
  let sessions: BodySessionRepository;
  let actionItems: ActionItemRepository;
  const year = new Date().getFullYear();

  beforeAll(() => {
    const lists = new SiteLists(createSpForToken({ siteUrl: `${session.workbench.url}/sites/integration`, getToken: async () => coordinator }), '/sites/integration');
    sessions = new BodySessionRepository(lists);
    actionItems = new ActionItemRepository(lists);
  });

  beforeEach(() => {
    page = session.page;
  });

  async function openSteering(query = ''): Promise<Locator> {
    await page.goto(`${session.workbench.url}/?user=${encodeURIComponent(coordinator)}&view=steering${query}`);
    await page.getByRole('tab', { name: 'Sitzungen' }).click();
    const tab = page.getByTestId('body-sessions');
    await tab.getByTestId('body-sessions-list').waitFor({ timeout: 30_000 });
    return tab;
  }

  async function choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  /**
   * Types a day into a date field as a user does (month, day, year in the browser's en-US format).
   * Playwright's fill sets the value without the events React tracks once the field holds a value.
   */
  async function typeDate(field: Locator, day: string): Promise<void> {
    const [yearPart, month, date] = day.split('-');
    await field.focus();
    await page.keyboard.type(`${month}${date}${yearPart}`);
    await expect(field.inputValue()).resolves.toBe(day);
  }

  async function recordSession(tab: Locator, title: string, date: string, status: string): Promise<Locator> {
    await tab.getByRole('button', { name: 'Sitzung erfassen' }).click();
    const editor = page.getByTestId('session-editor');
    await editor.waitFor();
    await editor.getByRole('textbox', { name: 'Titel' }).fill(title);
    await choose(editor, 'Gremium', 'Steuerungsgruppe');
    await typeDate(editor.getByLabel('Datum'), date);
    await choose(editor, 'Stand', status);
    return editor;
  }

  it('records a session with minutes and action items, lists the open ones on the next agenda, and the overview counts the sessions', async () => {
    const before = steeringSessionCount(await sessions.sessionsOfYear(year), year);
    const tab = await openSteering();

    // The first session: held, with its agenda, decisions and paper number.
    const editor = await recordSession(tab, `Steuerungsgruppe Frühjahr ${year}`, `${year}-03-10`, 'stattgefunden');
    await expect(editor.getByRole('textbox', { name: 'Tagesordnungspunkt 1' }).inputValue()).resolves.toBe('Offene Arbeitsaufträge');
    // The demo's earlier steering sessions left two items open and one done: the open ones are listed.
    const demoOpen = await editor.getByTestId('open-action-items').innerText();
    expect(demoOpen).toContain('Wartelisten der Integrationskurse nach Stadtteil auswerten und vorlegen');
    expect(demoOpen).toContain('Kennzahlen zur Arbeitsmarktintegration mit dem Jobcenter abstimmen');
    expect(demoOpen).not.toContain('Seiteneinsteigerklassen');
    await editor.getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }).click();
    await editor.getByRole('textbox', { name: 'Tagesordnungspunkt 2' }).fill('Stand der Fortschreibung');
    await choose(editor, 'Bezieht sich auf (Tagesordnungspunkt 2)', 'Fortschreibung');
    await page.getByRole('combobox', { name: 'Auswahl für Tagesordnungspunkt 2' }).click();
    await page.getByRole('option').first().click();
    await editor.getByRole('textbox', { name: 'Beschlüsse' }).fill('Die Steuerungsgruppe nimmt den Stand zur Kenntnis.');
    await screenshot(page, 'steering-session-editor-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const detail = tab.getByTestId('session-detail');
    await detail.getByRole('heading', { name: `Steuerungsgruppe Frühjahr ${year}` }).waitFor({ timeout: 30_000 });
    await expect(detail.innerText()).resolves.toContain(`Steuerungsgruppe, 10.03.${year} – stattgefunden`);
    await expect(detail.getByTestId('session-agenda').innerText()).resolves.toContain('Stand der Fortschreibung (Fortschreibung:');

    // Minutes: a wrong type is refused with a clear message, the PDF is stored and opens again.
    const upload = detail.getByLabel('Protokoll hochladen');
    await upload.setInputFiles({ name: 'Protokoll.exe', mimeType: 'application/octet-stream', buffer: minutes });
    await detail.getByText('Als Protokoll gehen nur PDF').waitFor({ timeout: 30_000 });
    await upload.setInputFiles({ name: `Protokoll Steuerungsgruppe ${year}-03-10.pdf`, mimeType: 'application/pdf', buffer: minutes });
    const minutesLink = detail.getByRole('button', { name: `Protokoll „Protokoll Steuerungsgruppe ${year}-03-10.pdf“ öffnen` });
    await minutesLink.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), minutesLink.click()]);
    expect(download.suggestedFilename()).toBe(`Protokoll Steuerungsgruppe ${year}-03-10.pdf`);
    const downloadedPath = await download.path();
    expect(require('node:fs').readFileSync(downloadedPath)).toEqual(minutes);

    // Action items: a missing department is named; two items are recorded, one of them done.
    const newItem = detail.getByTestId('new-action-item');
    await newItem.getByRole('textbox', { name: 'Arbeitsauftrag' }).fill('Sprachkursplätze für Eltern erheben');
    await newItem.getByRole('button', { name: 'Arbeitsauftrag hinzufügen' }).click();
    await newItem.getByText('Bitte den Fachbereich wählen.').waitFor();
    await choose(newItem, 'Fachbereich', 'FB 50 Soziales');
    await typeDate(newItem.getByLabel('Fällig am'), `${year}-09-30`);
    await newItem.getByRole('button', { name: 'Arbeitsauftrag hinzufügen' }).click();
    const items = detail.getByTestId('session-action-items');
    await items.getByRole('rowheader', { name: 'Sprachkursplätze für Eltern erheben' }).waitFor({ timeout: 30_000 });
    await newItem.getByRole('textbox', { name: 'Arbeitsauftrag' }).fill('Dolmetscherpool prüfen');
    await newItem.getByRole('button', { name: 'Arbeitsauftrag hinzufügen' }).click();
    await items.getByRole('rowheader', { name: 'Dolmetscherpool prüfen' }).waitFor({ timeout: 30_000 });
    // Marked done from the keyboard.
    await items.getByRole('checkbox', { name: '„Dolmetscherpool prüfen“ erledigt' }).focus();
    await page.keyboard.press('Space');
    await items.getByText(/^erledigt am /).waitFor({ timeout: 30_000 });
    await screenshot(page, 'steering-session-recorded-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    const first = (await sessions.sessionsOfYear(year)).find((candidate) => candidate.title === `Steuerungsgruppe Frühjahr ${year}`)!;
    expect((await actionItems.itemsOfSession(first.id)).map((item) => [item.description, item.isDone])).toEqual([
      ['Sprachkursplätze für Eltern erheben', false],
      ['Dolmetscherpool prüfen', true]
    ]);

    // The next session, merely planned: its agenda lists the open item of the earlier one, not the done one.
    const next = await recordSession(tab, `Steuerungsgruppe Herbst ${year}`, `${year}-10-20`, 'geplant');
    const openInEditor = next.getByTestId('open-action-items');
    await openInEditor.getByText(/Sprachkursplätze für Eltern erheben/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await detail.getByRole('heading', { name: `Steuerungsgruppe Herbst ${year}` }).waitFor({ timeout: 30_000 });
    const agenda = detail.getByTestId('open-action-items');
    await expect(agenda.getByRole('heading', { name: 'Offene Arbeitsaufträge' }).count()).resolves.toBe(1);
    const listed = await agenda.innerText();
    expect(listed).toContain('Sprachkursplätze für Eltern erheben');
    expect(listed).toContain('FB 50');
    expect(listed).toContain(`Fällig am 30.09.${year}`);
    expect(listed).toContain(`aus Sitzung 10.03.${year}`);
    expect(listed).not.toContain('Dolmetscherpool');
    await screenshot(page, 'steering-session-next-agenda-de');

    // The filter by body shows only the steering group's sessions.
    await choose(tab, 'Gremium', 'Beirat');
    await expect(tab.getByTestId('body-sessions-list').innerText()).resolves.not.toContain('Steuerungsgruppe Herbst');

    // The overview counts the held session; the planned one is shown apart.
    await page.goto(`${session.workbench.url}/?user=${encodeURIComponent(coordinator)}`);
    const steering = page.getByTestId('overview-steering');
    await steering.waitFor({ timeout: 30_000 });
    const text = await steering.innerText();
    expect(text).toContain(`Sitzungen der Steuerungsgruppe ${year} (gebucht oder stattgefunden): ${before.counted + 1}`);
    expect(text).toContain(`Nur geplant, noch nicht gebucht: ${before.proposed + 1}`);
    if (before.counted + 1 < 2) {
      expect(text).toContain(`mindestens 2-mal tagen`);
    } else {
      expect(text).not.toContain('mindestens 2-mal tagen');
    }
    await screenshot(page, 'steering-session-overview-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('books a planned steering session with the shared booking panel: the session becomes booked with its Outlook event', async () => {
    const planned = await sessions.record({ title: `Steuerungsgruppe Dezember ${year}`, body: 'steeringGroup', date: `${year}-12-15`, agendaItems: [{ title: 'Offene Arbeitsaufträge' }], status: 'planned', createKey: crypto.randomUUID() });
    const tab = await openSteering();
    await tab.getByRole('button', { name: `Sitzung „${planned.title}“ öffnen` }).click();
    const detail = tab.getByTestId('session-detail');
    await detail.getByRole('heading', { name: planned.title }).waitFor({ timeout: 30_000 });
    await detail.getByRole('button', { name: 'In Outlook buchen' }).click();

    const panel = page.getByTestId('meeting-booking-panel');
    await panel.waitFor({ timeout: 30_000 });
    const contact = session.workbench.users.find((user) => user.role === 'department')!;
    await panel.getByRole('textbox', { name: 'Weitere Teilnehmende' }).fill(contact.login);
    await panel.getByRole('button', { name: 'Vorschläge' }).click();
    const suggestions = panel.getByRole('radiogroup', { name: 'Vorgeschlagene Termine' });
    await suggestions.waitFor({ timeout: 30_000 });
    await suggestions.locator('label[for]').first().click();
    await screenshot(page, 'steering-session-booking-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Buchen', exact: true }).click();
    await panel.getByTestId('booking-result').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Schließen', exact: true }).click();

    await detail.getByText(/ – gebucht$/).waitFor({ timeout: 30_000 });
    const stored = await sessions.session(planned.id);
    expect(stored.status).toBe('booked');
    expect(stored.eventId).toBeTruthy();
    // The booking updated the planned session; it did not record a second one.
    const all = await sessions.sessions();
    expect(all.filter((candidate) => candidate.eventId === stored.eventId).map((candidate) => candidate.id)).toEqual([planned.id]);
    await screenshot(page, 'steering-session-booked-de');
  });

  it('shows a department contact the sessions read-only, in English and the Teams dark theme, accessibly', async () => {
    const contact = session.workbench.users.find((user) => user.role === 'department')!;
    await page.goto(`${session.workbench.url}/?user=${encodeURIComponent(contact.login)}&view=steering&lang=en&theme=dark`);
    await page.getByRole('tab', { name: 'Sessions' }).click();
    const tab = page.getByTestId('body-sessions');
    await tab.getByTestId('body-sessions-list').waitFor({ timeout: 30_000 });
    await tab.getByText('The integration office records the sessions').waitFor();
    await expect(tab.getByRole('button', { name: 'Record a session' }).count()).resolves.toBe(0);
    await tab.getByRole('button', { name: /^Open session "Steuerungsgruppe Frühjahr / }).click();
    const detail = tab.getByTestId('session-detail');
    await detail.getByRole('heading', { name: 'Minutes' }).waitFor({ timeout: 30_000 });
    await expect(detail.getByLabel('Upload minutes').count()).resolves.toBe(0);
    await expect(detail.getByRole('checkbox', { name: '"Dolmetscherpool prüfen" done' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'steering-session-contact-en-dark');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
