import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { createProductServices } from '../../src/hosts/productServices';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import { loadDashboard, DashboardData } from '../../src/app/indicatorDashboard/dashboardData';
import { completenessOf, sortByMissing } from '../../src/app/indicatorDashboard/dashboardModel';
import { deadlineOf } from '../../src/domain';

const coordinator = 'koordination@stadt.example';

interface SentMessage {
  readonly subject: string;
  readonly body: { readonly content: string };
}

/**
 * "Alle erinnern" on the local workbench in a real Chromium: the year with the nearest deadline is
 * shown first with its days left, the confirmation lists the departments with their counts and the
 * deadline, the result names each department, and each row says who reminded it when.
 */
describe('local workbench: remind all departments from the completeness view', () => {
  const session = useWorkbenchSession({ viewport: { width: 1400, height: 1000 } });
  let data: DashboardData;

  beforeAll(async () => {
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const getToken = async (): Promise<string> => coordinator;
    data = await loadDashboard(createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: session.workbench.url, getToken }), locale: 'de-DE' }), new Date());
  });

  async function sentMail(): Promise<SentMessage[]> {
    return ((await (await fetch(`${session.workbench.url}/_emulator/mail`)).json()) as { value: SentMessage[] }).value;
  }

  async function openCompleteness(page: Page): Promise<void> {
    await page.goto(`${session.workbench.url}/?view=indicatorDashboard&user=${encodeURIComponent(coordinator)}`);
    await page.getByRole('tab', { name: /Vollständigkeit/ }).click();
    await page.getByTestId('overall-completeness').waitFor({ timeout: 30_000 });
  }

  it('opens on the year with the nearest deadline, reminds every owing department once after confirmation, and shows who was reminded when', async () => {
    const page = session.page;
    // The demo gives the year being collected a deadline four weeks ahead: it is the one shown first.
    const year = data.reportingYear;
    const deadline = deadlineOf(data.reportingYears, year)!;
    expect(deadline).toBeDefined();
    const shownDeadline = deadline.split('-').reverse().join('.');
    const rows = sortByMissing(completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts).departments);
    const owing = rows.filter((row) => row.missing.length > 0 && row.recipients.length > 0);
    expect(owing.length).toBeGreaterThan(1);

    await openCompleteness(page);
    await expect(page.getByRole('combobox', { name: /Berichtsjahr/ }).innerText()).resolves.toContain(`${year} (Frist ${shownDeadline})`);
    await expect(page.getByTestId('year-deadline').innerText()).resolves.toMatch(new RegExp(`^Abgabefrist ${shownDeadline.replace(/\./g, '\\.')}: noch \\d+ Tage$`));
    // Owing departments first, most missing first.
    const firstRow = page.getByTestId('completeness-table').locator('tbody tr').first();
    await expect(firstRow.getAttribute('data-testid')).resolves.toBe(`completeness-${rows[0].department.number}`);
    // The demo office reminded the first departments two weeks ago.
    await expect(page.getByTestId(`last-reminded-${data.departments[0].number}`).innerText()).resolves.toMatch(/^zuletzt erinnert am .+ von Büro für Integration$/);

    const before = (await sentMail()).length;
    await page.getByRole('button', { name: `Alle erinnern: ${owing.length} Fachbereiche mit fehlenden Werten für ${year}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('Alle Fachbereiche erinnern?');
    await expect(dialog.innerText()).resolves.toContain(`Abgabefrist: ${shownDeadline}`);
    const listed = dialog.getByTestId('remind-all-departments').locator('li');
    await expect(listed.count()).resolves.toBe(owing.length);
    await expect(listed.first().innerText()).resolves.toContain(`${owing[0].department.number} ${owing[0].department.name}: ${owing[0].missing.length} fehlende Werte`);
    await screenshot(page, 'remind-all-confirm-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Cancelling sends nothing.
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await sentMail()).length).toBe(before);

    await page.getByRole('button', { name: /^Alle erinnern: \d+ Fachbereiche/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: `${owing.length} E-Mails senden` }).dblclick();
    const result = page.getByTestId('remind-all-result');
    await result.waitFor({ timeout: 30_000 });
    await expect(result.innerText()).resolves.toContain(`Erinnerungen für ${year}: ${owing.length} gesendet, 0 nicht gesendet, 0 unklar.`);
    for (const row of owing) {
      await expect(page.getByTestId(`remind-result-${row.department.number}`).getAttribute('data-outcome')).resolves.toBe('sent');
      await expect(page.getByTestId(`last-reminded-${row.department.number}`).innerText()).resolves.toMatch(/^zuletzt erinnert am .+ von Büro für Integration$/);
    }
    // One mail per owing department, though "Senden" was clicked twice.
    const sent = (await sentMail()).slice(before);
    expect(sent.map((message) => /Fachbereich (\S+)/.exec(message.subject)?.[1]).sort()).toEqual(owing.map((row) => row.department.number).sort());
    expect(sent.every((message) => message.body.content.includes(`bis zum ${shownDeadline}`))).toBe(true);
    // Each mail opens its department's workbook, refreshed just before.
    for (const row of owing) {
      const message = sent.find((candidate) => candidate.subject.includes(`Fachbereich ${row.department.number} `))!;
      expect(message.body.content).toContain(`/sites/integration/Kennzahlenmappen/${row.department.number}/`);
    }
    await screenshot(page, 'remind-all-result-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 120_000);
});
