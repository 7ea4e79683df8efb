import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createProductServices } from '../../src/hosts/productServices';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import type { ProductServices } from '../../src/app/services';
import { loadDashboard } from '../../src/app/indicatorDashboard/dashboardData';
import { entriesShown, pendingOf, reviewOverviewOf } from '../../src/app/indicatorDashboard/reviewOverview';
import type { DepartmentReview } from '../../src/app/indicatorDashboard/reviewOverview';
import { indicatorValueKey, latestReviews } from '../../src/domain';

const coordinator = 'koordination@stadt.example';
const comment = 'Die Quelle fehlt; bitte ergänzen und den Wert gegen die Kursstatistik prüfen.';

/**
 * The office reviews the submitted values of the reporting year on the dashboard: from the
 * completeness view's counts into the review list of one department, accepts a value, returns one
 * with a required comment in a dialog used by keyboard, and accepts all the rest shown at once.
 */
describe('local workbench: the office reviews submitted values', () => {
  const session = useWorkbenchSession({ viewport: { width: 1366, height: 900 } });
  let workbench: RunningWorkbench;
  let page: Page;
  let office: ProductServices;
  let year: number;
  let department: DepartmentReview;

  beforeAll(async () => {
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const getToken = async (): Promise<string> => coordinator;
    office = createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: session.workbench.url, getToken }), locale: 'de-DE' });
    const data = await loadDashboard(office, new Date());
    year = data.reportingYear;
    // A department with at least three submitted values: one to accept, one to return, the rest at once.
    department = entriesShown(reviewOverviewOf(year, data), 'submitted', undefined).find((row) => row.entries.length >= 3)!;
    expect(department).toBeDefined();
  });

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  async function decisionOf(indicatorId: number): Promise<{ decision?: string; comment?: string; reviewedETag?: string }> {
    const latest = latestReviews(await office.valueReviews.reviewsOf(year, department.department.id)).get(indicatorValueKey(indicatorId, year));
    return latest ? { decision: latest.decision, ...(latest.comment ? { comment: latest.comment } : {}), reviewedETag: latest.reviewedETag } : {};
  }

  it('opens the review from the completeness counts, accepts one value, returns one with a comment and accepts the rest shown', async () => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=indicatorDashboard`);
    await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Vollständigkeit' }).click();
    const row = page.getByTestId(`completeness-${department.department.number}`);
    await row.waitFor();
    const label = `${department.department.number} ${department.department.name}`;
    await expect(row.getByTestId('review-count-submitted').innerText()).resolves.toBe(`${department.tally.submitted} eingereicht`);
    await expect(row.getByTestId('review-count-returned').innerText()).resolves.toBe(`${department.tally.returned} zurückgegeben`);
    await expect(row.getByTestId('review-count-accepted').innerText()).resolves.toBe(`${department.tally.accepted} angenommen`);
    await screenshot(page, 'value-review-completeness-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Drill down: the review list opens at this department's submitted values.
    await row.getByRole('button', { name: `${department.tally.submitted} eingereicht: Werte von ${label} für ${year} in der Wertprüfung anzeigen` }).click();
    const table = page.getByTestId(`review-table-${department.department.number}`);
    await table.waitFor({ timeout: 15_000 });
    await expect(page.getByRole('tab', { name: /^Wertprüfung \(\d+\)$/ }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(table.locator('tbody tr').count()).resolves.toBe(department.entries.length);
    const [first, second, ...rest] = department.entries;
    await expect(table.locator('tbody tr').filter({ hasText: first.indicator.title }).first().innerText()).resolves.toContain(first.value!.total.toLocaleString('de-DE'));
    await screenshot(page, 'value-review-list-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Accept one value.
    await page.getByRole('button', { name: `Annehmen: ${first.indicator.title} (${year})` }).click();
    const notice = page.getByTestId('review-notice');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.innerText()).resolves.toBe(`Angenommen (1): ${first.indicator.title}.`);
    expect(await decisionOf(first.indicator.id)).toEqual({ decision: 'accepted', reviewedETag: first.value!.etag });
    await expect(table.locator('tbody tr').count()).resolves.toBe(department.entries.length - 1);

    // Return one: the comment is required; the dialog is used with the keyboard only.
    await page.getByRole('button', { name: `Zurückgeben: ${second.indicator.title} (${year}), mit Kommentar` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Wert zurückgeben' });
    const field = dialog.getByRole('textbox', { name: /Kommentar für den Fachbereich/ });
    await field.waitFor();
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Zurückgeben', exact: true }).click();
    await dialog.getByText('Bitte schreiben Sie, was der Fachbereich prüfen oder korrigieren soll.').waitFor();
    expect(await decisionOf(second.indicator.id)).toEqual({});
    await field.focus();
    await page.keyboard.type(comment);
    await screenshot(page, 'value-review-return-dialog-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await field.waitFor({ state: 'hidden', timeout: 15_000 });
    await expect(notice.innerText()).resolves.toBe(`Zurückgegeben: ${second.indicator.title}. Der Fachbereich sieht Ihren Kommentar.`);
    expect(await decisionOf(second.indicator.id)).toEqual({ decision: 'returned', comment, reviewedETag: second.value!.etag });

    // The rest of the department at once.
    if (rest.length > 1) {
      await page.getByRole('button', { name: `Alle ${rest.length} angezeigten annehmen: ${label}` }).click();
    } else {
      await page.getByRole('button', { name: `Annehmen: ${rest[0].indicator.title} (${year})` }).click();
    }
    await page.getByText(`Angenommen (${rest.length}):`, { exact: false }).waitFor({ timeout: 30_000 });
    for (const entry of rest) {
      expect(await decisionOf(entry.indicator.id)).toMatchObject({ decision: 'accepted' });
    }
    await page.getByText(`Für ${year} gibt es keine Werte im Stand „eingereicht“.`).waitFor();

    // The returned value shows with its comment under "zurückgegeben".
    await page.getByTestId('review-state').click();
    await page.getByRole('option', { name: 'zurückgegeben' }).click();
    await expect(page.getByTestId(`review-table-${department.department.number}`).innerText()).resolves.toContain(comment);
    await screenshot(page, 'value-review-returned-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('names the values not yet accepted before the year is locked, and locks nothing when cancelled', async () => {
    const pending = pendingOf(reviewOverviewOf(year, await loadDashboard(office, new Date())));
    expect(pending.submitted + pending.returned).toBeGreaterThan(0);
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=indicatorDashboard`);
    await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Vollständigkeit' }).click();
    await page.getByRole('button', { name: `Jahr ${year} sperren` }).click();
    const warning = page.getByTestId('lock-pending-reviews');
    await warning.waitFor();
    await expect(warning.innerText()).resolves.toBe(
      `Achtung: ${pending.submitted + pending.returned} Werte von ${year} sind noch nicht angenommen (${pending.submitted} eingereicht, ${pending.returned} zurückgegeben). Sie zählen in Berichten erst, wenn sie angenommen sind. Trotzdem sperren?`
    );
    await screenshot(page, 'value-review-lock-pending-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Berichtsjahr sperren?' }).getByRole('button', { name: 'Abbrechen' }).click();
    await warning.waitFor({ state: 'hidden' });
    expect((await office.reportingYears.yearOf(year))?.isLocked ?? false).toBe(false);
  });

  it('renders the review list and its dialog in English in the Teams dark and high-contrast themes accessibly', async () => {
    for (const theme of ['dark', 'contrast']) {
      await page.goto(`${workbench.url}/?view=indicatorDashboard&user=${encodeURIComponent(coordinator)}&lang=en&theme=${theme}`);
      await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: /^Value review \(\d+\)$/ }).click();
      await page.getByTestId('value-review').waitFor();
      await page.getByTestId('review-state').click();
      await page.getByRole('option', { name: 'returned' }).click();
      await page.getByText(comment).first().waitFor();
      await screenshot(page, `value-review-en-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByTestId('review-state').click();
      await page.getByRole('option', { name: 'submitted' }).click();
      await page.getByTestId('return-value').first().click();
      const field = page.getByRole('dialog', { name: 'Return value' }).getByRole('textbox', { name: /Comment for the department/ });
      await field.waitFor();
      await screenshot(page, `value-review-return-dialog-en-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await field.waitFor({ state: 'hidden' });
    }
  });
});
