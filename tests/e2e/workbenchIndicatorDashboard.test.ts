import type { Page } from 'playwright-core';
import { screenshot, seriousAccessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createProductServices } from '../../src/hosts/productServices';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import { loadDashboard, DashboardData } from '../../src/webparts/indicatorDashboard/dashboardData';
import { completenessOf, Completeness } from '../../src/webparts/indicatorDashboard/dashboardModel';

const coordinator = 'koordination@stadt.example';

interface SentMessage {
  subject: string;
  body: { content: string };
  toRecipients: Array<{ emailAddress: { address: string } }>;
}

describe('local workbench: indicator dashboard in a real Chromium', () => {
  const session = useWorkbenchSession({ viewport: { width: 1280, height: 900 } });
  let workbench: RunningWorkbench;
  let page: Page;
  let data: DashboardData;

  beforeAll(async () => {
    // What the dashboard should show, read through the product's own repositories beside the browser.
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const getToken = async (): Promise<string> => coordinator;
    const services = createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: session.workbench.url, getToken }), locale: 'de-DE' });
    data = await loadDashboard(services, new Date());
  });

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  /** The reporting year if someone still owes a value for it, else the year being collected now (everyone owes). */
  function yearWithReminders(): { year: number; completeness: Completeness } {
    for (const year of [data.reportingYear, data.reportingYear + 1]) {
      const completeness = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts);
      if (completeness.departments.some((row) => row.missing.length > 0 && row.recipients.length > 0)) {
        return { year, completeness };
      }
    }
    throw new Error('The demo data owes no values in either year.');
  }

  async function open(query: string): Promise<void> {
    await page.goto(`${workbench.url}/?view=indicatorDashboard&${query}`);
    await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
  }

  async function openCompleteness(year: number): Promise<void> {
    await page.getByRole('tab', { name: /Vollständigkeit|Completeness/ }).click();
    const picker = page.getByRole('combobox', { name: /Berichtsjahr|Reporting year/ });
    if ((await picker.innerText()).trim() !== String(year)) {
      await picker.click();
      await page.getByRole('option', { name: String(year), exact: true }).click();
    }
    await page.getByTestId('overall-completeness').waitFor();
  }

  async function sentMail(): Promise<SentMessage[]> {
    return ((await (await fetch(`${workbench.url}/_emulator/mail`)).json()) as { value: SentMessage[] }).value;
  }

  it('shows the coordinator each indicator of a goal as a chart with an accessible name and the same numbers as a table', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    await expect(page.getByRole('heading', { name: 'Kennzahlen', exact: true }).isVisible()).resolves.toBe(true);
    const series = page.getByTestId('indicator-series').first();
    const figure = series.getByTestId('indicator-chart');
    await expect(figure.locator('svg').first().isVisible()).resolves.toBe(true);
    const figureName = await figure.getAttribute('aria-labelledby');
    await expect(page.locator(`[id="${figureName}"]`).innerText()).resolves.toMatch(/Ist-Werte \d{4} bis \d{4} und Zielwert/);
    // The bars' years are the table's years.
    const tableYears = (await series.locator('tbody th[scope="row"]').allInnerTexts()).map(Number).sort();
    expect(tableYears.length).toBeGreaterThan(0);
    const axisText = (await figure.locator('svg').first().textContent()) ?? '';
    for (const year of tableYears) {
      expect(axisText).toContain(String(year));
    }
    await screenshot(page, 'indicator-dashboard-goal-de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows the gender split as stacked parts for a gender-split indicator', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    const splitGoal = data.goals.find((goal) => data.indicators.some((indicator) => indicator.isGenderSplit && data.measures.find((m) => m.id === indicator.measureId)?.goalId === goal.id && data.values.some((v) => v.indicatorId === indicator.id)));
    expect(splitGoal).toBeDefined();
    const picker = page.getByTestId('goal-picker');
    await picker.click();
    await page.getByRole('option', { name: new RegExp(`^${splitGoal!.number.replace('.', '\\.')} `) }).click();
    const chart = page.getByTestId('indicator-chart').filter({ hasText: 'aufgeteilt nach weiblich' }).first();
    await chart.waitFor();
    await expect(chart.innerText()).resolves.toContain('weiblich');
    await screenshot(page, 'indicator-dashboard-gender-de');
  });

  it('shows completeness per department and overall, and reminds a department by mail after confirmation', async () => {
    const { year, completeness } = yearWithReminders();
    await open(`user=${encodeURIComponent(coordinator)}`);
    await openCompleteness(year);
    await expect(page.getByTestId('overall-completeness').innerText()).resolves.toContain(`${completeness.delivered} von ${completeness.expected} Werten eingetragen`);
    await expect(page.getByTestId('completeness-table').locator('tbody tr').count()).resolves.toBe(completeness.departments.length);
    const row = completeness.departments.find((candidate) => candidate.missing.length > 0 && candidate.recipients.length > 0)!;
    const tableRow = page.getByTestId(`completeness-${row.department.number}`);
    await expect(tableRow.innerText()).resolves.toContain(`${row.delivered} von ${row.expected} Werten eingetragen`);
    await screenshot(page, 'indicator-dashboard-completeness-de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const before = (await sentMail()).length;
    await tableRow.getByRole('button', { name: /erinnern/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('Erinnerung senden?');
    await screenshot(page, 'indicator-dashboard-remind-confirm-de');
    // Cancelling sends nothing.
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await sentMail()).length).toBe(before);

    await tableRow.getByRole('button', { name: /erinnern/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Senden' }).click();
    const notice = page.getByTestId('reminder-notice');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain(`Die Erinnerung an Fachbereich ${row.department.number}`);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const sent = (await sentMail()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual(row.recipients.map((recipient) => recipient.address));
    expect(sent[0].body.content).toContain(`${workbench.url}/?view=excel&amp;year=${year}`);
    await screenshot(page, 'indicator-dashboard-reminded-de');
  });

  it("shows a department contact only their department's progress, with a link to enter the values instead of reminders", async () => {
    const { year, completeness } = yearWithReminders();
    const owing = completeness.departments.find((row) => row.missing.length > 0)!;
    const contact = workbench.users.find((user) => user.role === 'department' && user.department === owing.department.number)!;
    await open(`user=${encodeURIComponent(contact.login)}`);
    await openCompleteness(year);
    const rows = page.getByTestId('completeness-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toContain(owing.department.number);
    await expect(page.getByRole('button', { name: /erinnern/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: `Werte für ${year} eintragen` }).getAttribute('href')).resolves.toContain(`view=excel&year=${year}`);
    await screenshot(page, 'indicator-dashboard-department-de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('renders in English in the Teams dark and high-contrast themes accessibly', async () => {
    for (const theme of ['dark', 'contrast']) {
      await open(`user=${encodeURIComponent(coordinator)}&lang=en&theme=${theme}`);
      await expect(page.getByRole('heading', { name: 'Indicators', exact: true }).isVisible()).resolves.toBe(true);
      await screenshot(page, `indicator-dashboard-en-${theme}`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Completeness' }).click();
      await page.getByTestId('overall-completeness').waitFor();
      await screenshot(page, `indicator-dashboard-completeness-en-${theme}`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
  });
});
