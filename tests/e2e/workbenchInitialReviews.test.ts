import fs from 'node:fs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { CatalogueRepository } from '../../src/data/catalogueRepository';
import { InitialReviewRepository } from '../../src/data/initialReviewRepository';
import { SiteLists } from '../../src/data/sp/siteLists';
import { currentPlanPeriod } from '../../src/domain';
import { planPeriodLabel } from '../../src/reports';
import { CalendarService } from '../../src/scheduling/calendarService';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';

const coordinator = 'koordination@stadt.example';

describe('local workbench: initial interviews and the status-quo report in a real Chromium', () => {
  const session = useWorkbenchSession({ acceptDownloads: true });
  let workbench: RunningWorkbench;
  let page: Page;
  let periodLabel: string;
  /** A measure discussed in the demo data; the report must carry its interview. */
  let discussed: { title: string; notes: string };

  beforeAll(async () => {
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const lists = new SiteLists(createSpForToken({ siteUrl, getToken: async () => coordinator }), '/sites/integration');
    const catalogue = new CatalogueRepository(lists);
    const reviews = new InitialReviewRepository(lists);
    const period = currentPlanPeriod(await catalogue.planPeriods())!;
    periodLabel = planPeriodLabel(period, 'de');
    const measures = await catalogue.measures(period.id);
    const review = (await reviews.reviews(measures.map((measure) => measure.id))).find((candidate) => candidate.notes)!;
    discussed = { title: measures.find((measure) => measure.id === review.measureId)!.title, notes: review.notes! };
  }, 120_000);

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  async function open(login: string): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=initialReviews`);
    await page.getByTestId('department-progress').waitFor({ timeout: 30_000 });
  }

  /** "3 von 7 Maßnahmen besprochen" → [3, 7]. */
  async function progressOf(testId: string): Promise<[number, number]> {
    const text = (await page.getByTestId(testId).innerText()).replace(/\./g, '');
    const match = /(\d+) von (\d+) Maßnahmen besprochen/.exec(text);
    expect(match).not.toBeNull();
    return [Number(match![1]), Number(match![2])];
  }

  /** The first measure not yet discussed, by its own test id: a filter on its state text would move on once it is edited. */
  async function firstUnreviewed(checklist: Locator): Promise<Locator> {
    const testId = await checklist.getByRole('listitem').filter({ has: page.getByText('Noch nicht besprochen') }).first().getAttribute('data-testid');
    return page.getByTestId(testId!);
  }

  async function openChecklist(departmentNumber: string): Promise<Locator> {
    await page.getByRole('button', { name: new RegExp(`^Checkliste öffnen: ${departmentNumber} `) }).click();
    const checklist = page.getByTestId('review-checklist');
    await checklist.waitFor();
    return checklist;
  }

  /** A department the demo has interviewed only half way (the seed's last department, "40"). */
  const halfDone = '40';

  it('shows the progress per department and overall, and records an interview that counts and survives a reload', async () => {
    await open(coordinator);
    const [doneBefore, of] = await progressOf(`progress-${halfDone}`);
    expect(doneBefore).toBeGreaterThan(0);
    expect(doneBefore).toBeLessThan(of);
    const [overallBefore, overallOf] = await progressOf('overall-progress');
    expect(overallOf).toBeGreaterThanOrEqual(of);
    await screenshot(page, 'initial-reviews-coordinator-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const checklist = await openChecklist(halfDone);
    const item = await firstUnreviewed(checklist);
    const title = await item.getByRole('heading').innerText();
    // Fluent draws its own circle over the native radio; a user clicks the option's label.
    await item.getByRole('radiogroup', { name: 'Noch aktuell?' }).locator('label').filter({ hasText: /^ja$/ }).click();
    await item.getByRole('radiogroup', { name: 'Angemessen?' }).locator('label').filter({ hasText: /^nein$/ }).click();
    await expect(item.getByRole('radiogroup', { name: 'Noch aktuell?' }).getByRole('radio', { name: 'ja' }).isChecked()).resolves.toBe(true);
    await item.getByRole('combobox', { name: 'Stand der Umsetzung' }).click();
    await page.getByRole('option', { name: 'Daueraufgabe' }).click();
    const notes = 'Im Erstgespräch vereinbart: Angebot auf Abendkurse ausweiten.';
    await item.getByRole('textbox', { name: 'Notizen' }).fill(notes);
    await expect(item.getByTestId('save-state').innerText()).resolves.toBe('Nicht gespeicherte Änderungen');
    await item.getByRole('button', { name: `Speichern: Erstgespräch zu ${title}` }).click();
    await item.getByTestId('save-state').getByText('Gespeichert.').waitFor();
    await expect(progressOf(`progress-${halfDone}`)).resolves.toEqual([doneBefore + 1, of]);
    await expect(progressOf('overall-progress')).resolves.toEqual([overallBefore + 1, overallOf]);
    await screenshot(page, 'initial-reviews-checklist-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('department-progress').waitFor({ timeout: 30_000 });
    await expect(progressOf(`progress-${halfDone}`)).resolves.toEqual([doneBefore + 1, of]);
    const again = (await openChecklist(halfDone)).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await expect(again.getByRole('radiogroup', { name: 'Noch aktuell?' }).getByRole('radio', { name: 'ja' }).isChecked()).resolves.toBe(true);
    await expect(again.getByRole('radiogroup', { name: 'Angemessen?' }).getByRole('radio', { name: 'nein' }).isChecked()).resolves.toBe(true);
    await expect(again.getByRole('combobox', { name: 'Stand der Umsetzung' }).innerText()).resolves.toContain('Daueraufgabe');
    await expect(again.getByRole('textbox', { name: 'Notizen' }).inputValue()).resolves.toBe(notes);
  });

  it('keeps what was typed when a save fails, says so, and saves it on retry', async () => {
    await open(coordinator);
    const [doneBefore] = await progressOf(`progress-${halfDone}`);
    const item = await firstUnreviewed(await openChecklist(halfDone));
    const notes = 'Notiz, die eine Netzstörung übersteht.';
    await item.getByRole('textbox', { name: 'Notizen' }).fill(notes);
    // A lasting failure of the create (it goes into the department's folder through $batch): a
    // single lost answer would be read back by the review's key and sent again.
    const fault = await workbench.injectFault({ status: 500, count: 100, path: '_api/\\$batch' });
    expect(fault.ok).toBe(true);
    await item.getByRole('button', { name: /^Speichern: Erstgespräch zu / }).click();
    await item.getByText('Nicht gespeichert. Ihre Eingaben bleiben erhalten').waitFor();
    await expect(item.innerText()).resolves.toContain('Details: 500');
    await expect(item.getByRole('textbox', { name: 'Notizen' }).inputValue()).resolves.toBe(notes);
    await expect(progressOf(`progress-${halfDone}`)).resolves.toEqual([doneBefore, expect.any(Number)]);
    await screenshot(page, 'initial-reviews-save-failed-de');

    // The service recovers; the retry saves what was typed.
    await workbench.clearFaults();
    await item.getByRole('button', { name: 'Erneut versuchen' }).click();
    await item.getByTestId('save-state').getByText('Gespeichert.').waitFor();
    await expect(progressOf(`progress-${halfDone}`)).resolves.toEqual([doneBefore + 1, expect.any(Number)]);
  });

  it('creates the status-quo report, stores it in "Berichte" and downloads it as a Word document with the interview results', async () => {
    await open(coordinator);
    await page.getByRole('button', { name: 'Status-Quo-Bericht erstellen' }).click();
    const saved = page.getByTestId('report-saved');
    await saved.waitFor({ timeout: 30_000 });
    const fileName = /„(Status-Quo-Bericht_[^“]+\.docx)“/.exec(await saved.innerText())![1];
    expect(fileName).toMatch(/^Status-Quo-Bericht_\d{4}-\d{4}_\d{4}-\d{2}-\d{2}\.docx$/);
    const stored = page.getByTestId('stored-reports');
    await stored.getByText(fileName).waitFor();
    await screenshot(page, 'initial-reviews-report-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), stored.getByRole('button', { name: `Herunterladen: ${fileName}` }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const documentXml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain(periodLabel);
    expect(documentXml).toContain(discussed.title);
    expect(documentXml).toContain(discussed.notes);

    // Same name on the same day: replacing it is the user's decision.
    await page.getByRole('button', { name: 'Status-Quo-Bericht erstellen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Bericht ersetzen?' });
    // The dialog element itself has no box (its content is fixed-positioned); wait for its buttons.
    await dialog.getByRole('button', { name: 'Ersetzen' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'initial-reviews-replace-report-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByText('Der vorhandene Bericht wurde nicht ersetzt.').waitFor();
    await expect(stored.getByText(fileName).count()).resolves.toBe(1);
  });

  it("shows a department contact the own department's interviews read-only and the stored reports", async () => {
    const contact = workbench.users.find((user) => user.role === 'department' && user.department === '50') ?? workbench.users.find((user) => user.role === 'department' && user.department)!;
    await open(contact.login);
    await page.getByText('Sie können die Erstgespräche ansehen').waitFor();
    const rows = page.getByTestId('department-progress').getByRole('row');
    // The header row and the own department only.
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).innerText()).resolves.toContain(`${contact.department} `);
    const checklist = page.getByTestId('review-checklist');
    await checklist.waitFor();
    await expect(checklist.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await expect(checklist.getByRole('button', { name: /^Speichern/ }).count()).resolves.toBe(0);
    await expect(checklist.getByRole('radio').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Status-Quo-Bericht erstellen' }).count()).resolves.toBe(0);
    await page.getByTestId('stored-reports').waitFor();
    await screenshot(page, 'initial-reviews-department-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("books a department's initial interview in Outlook with its measures as the checklist of the invitation", async () => {
    await open(coordinator);
    const table = page.getByTestId('department-progress');
    // The first department without an interview meeting this year.
    const free = table.getByRole('row').filter({ hasText: 'kein Termin' }).first();
    const bookButton = free.getByRole('button', { name: /^Termin buchen: Erstgespräch mit / });
    const departmentLabel = ((await bookButton.getAttribute('aria-label')) ?? '').replace('Termin buchen: Erstgespräch mit ', '');
    await bookButton.click();
    const panel = page.getByTestId('meeting-booking-panel');
    await panel.waitFor();
    const agenda = await panel.getByRole('textbox', { name: 'Tagesordnung' }).inputValue();
    expect(agenda).toContain('Checkliste der Maßnahmen:');
    expect(agenda.split('\n').filter((line) => line.startsWith('☐ ')).length).toBeGreaterThan(0);
    const subject = await panel.getByRole('textbox', { name: 'Betreff' }).inputValue();
    expect(subject).toBe(`Erstgespräch Integrationsplanung – FB ${departmentLabel} (${periodLabel})`);

    await panel.getByRole('button', { name: 'Vorschläge' }).click();
    const suggestions = panel.getByRole('radiogroup', { name: 'Vorgeschlagene Termine' });
    await suggestions.waitFor({ timeout: 30_000 });
    await suggestions.locator('label[for]').first().click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Buchen', exact: true }).click();
    // Once booked, the panel shows the meeting with its attendees' responses.
    await panel.getByText(/^Gebucht: /).waitFor({ timeout: 30_000 });
    await screenshot(page, 'initial-reviews-interview-booked-de');

    const calendar = new CalendarService(createGraphClient({ baseUrl: workbench.url, getToken: async () => coordinator }));
    const events = await calendar.listEventsBySubject(subject);
    expect(events).toHaveLength(1);
    await page.getByRole('button', { name: 'Schließen', exact: true }).click();
    // The row now shows the booked date instead of "kein Termin".
    await table.getByRole('button', { name: `Termin ansehen: Erstgespräch mit ${departmentLabel}` }).waitFor({ timeout: 30_000 });
  });
});
