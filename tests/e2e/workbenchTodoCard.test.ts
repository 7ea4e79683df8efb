import '@pnp/sp/items';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { activate } from './support/keyboard';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { ReportingYearRepository } from '../../src/data/reportingYearRepository';
import { addDays, todayInCouncil } from '../../src/domain';

const coordinator = 'koordination@stadt.example';
const today = todayInCouncil(new Date());
/** Last year, opened by the office with a deadline three weeks ahead. */
const openYear = Number(today.slice(0, 4)) - 1;

describe('local workbench: the to-do card and its quick view', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;
  let contactLogin: string;

  beforeAll(async () => {
    workbench = session.workbench;
    // Last year open with a deadline, as the office's opening leaves it (where the demo has not opened it already).
    const lists = new SiteLists(createSpForToken({ siteUrl: `${workbench.url}/sites/integration`, getToken: async () => coordinator }), '/sites/integration');
    const years = await new ReportingYearRepository(lists).years();
    if (!years.some((year) => year.year === openYear && year.deadline && !year.isLocked)) {
      await lists.list('ReportingYears').items.add({ Title: String(openYear), ReportingYear: openYear, IsLocked: false, Deadline: `${addDays(today, 21)}T00:00:00Z` });
    }
    contactLogin = workbench.users.find((user) => user.department === '40')!.login;
  }, 120_000);

  beforeEach(() => {
    page = session.page;
  });

  async function openCard(login: string, lang: 'de' | 'en' = 'de'): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=todoCard${lang === 'en' ? '&lang=en' : ''}`);
    await page.getByTestId('todo-card-large').locator('.ac-pushButton').first().waitFor({ timeout: 30_000 });
  }

  it('shows a department contact the card in both sizes, the quick view with every to-do, and one tap opens the place', async () => {
    await openCard(contactLogin);
    const medium = page.getByTestId('todo-card-medium');
    const large = page.getByTestId('todo-card-large');
    await expect(medium.getAttribute('aria-label')).resolves.toBe('Karte Meine Aufgaben der Integrationsplanung – Karte (mittel)');
    const mediumText = await medium.innerText();
    expect(mediumText).toMatch(/Meine Aufgaben/);
    expect(mediumText).toMatch(/\d+ offene Aufgaben?/);
    // Department 40's agreement of last year waits for its review.
    await expect(page.getByText(/offene Aufgabe/).count()).resolves.toBe(2);
    expect(await medium.getByRole('button', { name: 'Alle anzeigen' }).count()).toBe(1);
    // The large card adds the button to the most urgent place.
    // (the renderer gives Action.OpenUrl the role of a link)
    expect(await large.locator('.ac-pushButton').allInnerTexts()).toEqual(['Alle anzeigen', expect.stringMatching(/öffnen$/)]);
    expect(await large.getByRole('link', { name: /öffnen$/ }).count()).toBe(1);
    await screenshot(page, 'todo-card-contact');
    expect(await accessibilityViolations(page)).toEqual([]);

    await medium.getByRole('button', { name: 'Alle anzeigen' }).click();
    const quickView = page.getByTestId('todo-quick-view');
    await quickView.getByText('Ihre offenen Aufgaben').waitFor();
    const quickText = await quickView.innerText();
    expect(quickText).toContain(`Überprüfung der Zielvereinbarung ${openYear} ist fällig`);
    expect(quickText).toContain('überfällig');
    await screenshot(page, 'todo-card-contact-quick-view');
    expect(await accessibilityViolations(page)).toEqual([]);

    await quickView.getByRole('link', { name: 'Zielvereinbarung öffnen' }).click();
    await page.waitForURL(/view=goalAgreements/, { timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('user')).toBe(contactLogin);
  });

  it('shows the office its to-dos across departments; a tap on the card opens the most urgent place', async () => {
    await openCard(coordinator);
    const large = page.getByTestId('todo-card-large');
    const text = await large.innerText();
    expect(text).toMatch(/\d+ offene Aufgaben/);
    await screenshot(page, 'todo-card-office');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('todo-card-medium').getByRole('button', { name: 'Alle anzeigen' }).click();
    const quickView = page.getByTestId('todo-quick-view');
    await quickView.getByText('Ihre offenen Aufgaben').waitFor();
    const quickText = await quickView.innerText();
    expect(quickText).toMatch(/\d+ Fachbereiche? ohne gebuchtes Zielvereinbarungsgespräch/);
    expect(quickText).toMatch(/\d+ Überprüfungen? von Zielvereinbarungen fällig/);
    await screenshot(page, 'todo-card-office-quick-view');
    await page.keyboard.press('Escape');

    // The most urgent to-do's place: the large card's second button names it, a tap on the card opens it.
    const [, open] = await large.locator('.ac-pushButton').allInnerTexts();
    const views: Record<string, string> = { 'Vollständigkeit öffnen': 'indicatorDashboard', 'Zielvereinbarung öffnen': 'goalAgreements', 'Gesprächsrunde öffnen': 'meetingRound', 'Steuerung öffnen': 'steering' };
    expect(Object.keys(views)).toContain(open);
    await page.getByTestId('todo-card-medium').locator('.ac-selectable').first().click();
    await page.waitForURL(new RegExp(`view=${views[open]}`), { timeout: 15_000 });
  });

  it('works from the keyboard in Teams dark: the card, its quick view and the way back', async () => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contactLogin)}&view=todoCard&theme=dark`);
    const medium = page.getByTestId('todo-card-medium');
    await medium.locator('.ac-pushButton').first().waitFor({ timeout: 30_000 });
    await activate(page, medium.getByRole('button', { name: 'Alle anzeigen' }));
    const quickView = page.getByTestId('todo-quick-view');
    await quickView.getByText('Ihre offenen Aufgaben').waitFor();
    // The panel takes the focus; the to-dos' links are reached with Tab.
    await activate(page, quickView.getByRole('link', { name: 'Zielvereinbarung öffnen' }).first(), { max: 20 });
    await page.waitForURL(/view=goalAgreements/, { timeout: 15_000 });
    await page.goBack();
    await medium.locator('.ac-pushButton').first().waitFor({ timeout: 30_000 });
    // The most urgent to-do on the card is a link of its own.
    const mostUrgent = medium.getByRole('link', { name: /Zielvereinbarung/ });
    await activate(page, mostUrgent);
    await page.waitForURL(/view=goalAgreements/, { timeout: 15_000 });
    await page.goBack();
    await medium.locator('.ac-pushButton').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'todo-card-contact-dark');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('speaks English', async () => {
    await openCard(contactLogin, 'en');
    const text = await page.getByTestId('todo-card-medium').innerText();
    expect(text).toContain('My to-dos');
    expect(text).toMatch(/\d+ open to-dos?/);
    expect(await page.getByTestId('todo-card-medium').getByRole('button', { name: 'Show all' }).count()).toBe(1);
  });
});
