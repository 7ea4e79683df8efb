import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { todayInCouncil } from '../../src/domain';

const coordinator = 'koordination@stadt.example';
const goal = '3.1 Teilhabe in Sport, Kultur und Ehrenamt stärken';
const title = `Ziel erreicht: ${goal}`;

describe('local workbench: a goal change through Beirat and committee in a real Chromium', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;

  beforeEach(async () => {
    ({ workbench, page } = session);
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=steering`);
    await page.getByRole('tab', { name: 'Zieländerungen' }).click();
    await page.getByTestId('goal-changes-table').waitFor({ timeout: 30_000 });
  });

  const rowOf = (text: string) => page.getByTestId('goal-changes-table').getByRole('row').filter({ hasText: text });

  it('shows pending changes as pending, proposes one, records the Beirat consent and the committee decision in new sessions, and the catalogue shows the history', async () => {
    const today = todayInCouncil(new Date());
    // The demo's pending changes never read as effective.
    const seededPending = rowOf('Einzelziel 1.3: Alphabetisierung ausdrücklich aufnehmen');
    await expect(visible(seededPending.getByText('vorgeschlagen – ausstehend – noch nicht wirksam'))).resolves.toBe(true);
    await expect(visible(rowOf('Einzelziel 3.3: Zielwert dezentrale Unterbringung anheben').getByText('Beirat hat zugestimmt – ausstehend – noch nicht wirksam'))).resolves.toBe(true);

    // Propose, by keyboard where a user would: the form opens with focus in it.
    await page.getByRole('button', { name: 'Änderung vorschlagen' }).click();
    await page.getByRole('radio', { name: 'Ziel erreicht' }).check();
    await page.getByRole('button', { name: 'Vorschlag speichern' }).click();
    await expect(visible(page.getByText('Bitte das Einzelziel wählen, das sich ändern soll.'))).resolves.toBe(true);
    await expect(visible(page.getByText(/Bitte begründen, warum sich das Ziel ändern soll/))).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Einzelziel' }).click();
    await page.getByRole('option', { name: goal }).click();
    await page.getByRole('textbox', { name: 'Begründung' }).fill('Die Zahl der Ehrenamtlichen mit Migrationsgeschichte hat den Zielwert erreicht.');
    await page.getByRole('button', { name: 'Vorschlag speichern' }).click();
    await page.getByRole('status').filter({ hasText: `Gespeichert: „${title}“` }).waitFor();
    await expect(visible(rowOf(title).getByText('vorgeschlagen – ausstehend – noch nicht wirksam'))).resolves.toBe(true);

    // The Beirat consents in a session recorded here.
    await rowOf(title).getByRole('button', { name: `Zustimmung Beirat: ${title}` }).click();
    await page.getByRole('combobox', { name: 'Sitzung des Beirats' }).click();
    await page.getByRole('option', { name: 'Neue Sitzung erfassen …' }).click();
    await page.getByLabel('Datum der Sitzung').fill(today);
    await page.getByRole('button', { name: 'Schritt speichern' }).click();
    await expect(visible(rowOf(title).getByText('Beirat hat zugestimmt – ausstehend – noch nicht wirksam'))).resolves.toBe(true);
    await expect(visible(rowOf(title).getByText(/Sitzung des begleitenden Beirats/))).resolves.toBe(true);

    // The committee decides, with its paper number; a decision without one is refused first.
    await rowOf(title).getByRole('button', { name: `Beschluss Ausschuss: ${title}` }).click();
    await page.getByRole('combobox', { name: 'Sitzung des Ausschusses' }).click();
    await page.getByRole('option', { name: 'Neue Sitzung erfassen …' }).click();
    await page.getByLabel('Datum der Sitzung').fill(today);
    await page.getByRole('button', { name: 'Schritt speichern' }).click();
    await expect(visible(page.getByText(/Bitte die Vorlagennummer des Ausschussbeschlusses angeben/))).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Vorlagennummer des Beschlusses' }).fill('V/2026/0815');
    await page.getByRole('button', { name: 'Schritt speichern' }).click();
    const decided = rowOf(title);
    await expect(visible(decided.getByText(/^vom Ausschuss beschlossen – wirksam seit /))).resolves.toBe(true);
    await expect(visible(decided.getByText(/V\/2026\/0815/))).resolves.toBe(true);
    await expect(visible(decided.getByText('Verfahren abgeschlossen'))).resolves.toBe(true);
    await screenshot(page, 'goal-changes-decided-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The catalogue shows the goal's history: the decision and the demo's changes of the goal.
    const api = `${workbench.url}/sites/integration/_api/web/getList('/sites/integration/Lists/Measures')/items?$select=Id&$filter=${encodeURIComponent("MeasureNumber eq '3.1.1'")}`;
    const found = (await (await fetch(api, { headers: { Authorization: `Bearer ${coordinator}`, Accept: 'application/json' } })).json()) as { value: Array<{ Id: number }> };
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue&item=measure-${found.value[0].Id}`);
    const history = page.getByTestId('goal-history');
    await history.waitFor({ timeout: 30_000 });
    const entry = history.getByRole('listitem').filter({ hasText: title });
    await expect(visible(entry.getByText(/^vom Ausschuss beschlossen – wirksam seit /))).resolves.toBe(true);
    await expect(visible(entry.getByText(/Beirat am .*Ausschuss am .*Vorlage V\/2026\/0815/))).resolves.toBe(true);
    await screenshot(page, 'goal-history-catalogue-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the demo history of a goal with a pending change as pending in the catalogue, and the period summary on the overview', async () => {
    const api = `${workbench.url}/sites/integration/_api/web/getList('/sites/integration/Lists/Measures')/items?$select=Id&$filter=${encodeURIComponent("MeasureNumber eq '1.3.1'")}`;
    const found = (await (await fetch(api, { headers: { Authorization: `Bearer ${coordinator}`, Accept: 'application/json' } })).json()) as { value: Array<{ Id: number }> };
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue&item=measure-${found.value[0].Id}`);
    const history = page.getByTestId('goal-history');
    await history.waitFor({ timeout: 30_000 });
    await expect(visible(history.getByRole('listitem').filter({ hasText: 'Alphabetisierung' }).getByText('vorgeschlagen – ausstehend – noch nicht wirksam'))).resolves.toBe(true);

    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=overview`);
    const pending = page.getByTestId('overview-goal-changes-pending');
    await pending.waitFor({ timeout: 30_000 });
    await expect(visible(pending.getByRole('listitem').filter({ hasText: 'Alphabetisierung' }))).resolves.toBe(true);
    await expect(pending.getByText(/wirksam seit/).count()).resolves.toBe(0);
    const settled = page.getByTestId('overview-goal-changes-settled');
    await expect(visible(settled.getByRole('listitem').filter({ hasText: 'Kindertagespflege' }).getByText(/^vom Ausschuss beschlossen – wirksam seit /))).resolves.toBe(true);
    await page.getByTestId('overview-goal-changes').scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-goal-changes-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a department contact where the changes stand, without the office's actions", async () => {
    const contact = workbench.users.find((user) => user.role === 'department' && user.department !== null)!;
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=steering`);
    await page.getByRole('tab', { name: 'Zieländerungen' }).click();
    await page.getByTestId('goal-changes-table').waitFor({ timeout: 30_000 });
    await expect(visible(page.getByText(/Zieländerungen erfasst das Büro für Integration/))).resolves.toBe(true);
    await expect(visible(rowOf('Einzelziel 1.3: Alphabetisierung ausdrücklich aufnehmen').getByText('vorgeschlagen – ausstehend – noch nicht wirksam'))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Änderung vorschlagen' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Zustimmung Beirat/ }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('speaks English and keeps contrast in the dark theme, with the step form open', async () => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=steering&lang=en&theme=dark`);
    await page.getByRole('tab', { name: 'Goal changes' }).click();
    await page.getByTestId('goal-changes-table').waitFor({ timeout: 30_000 });
    await expect(visible(page.getByRole('columnheader', { name: 'Next step' }))).resolves.toBe(true);
    const pending = page.getByTestId('goal-changes-table').getByRole('row').filter({ hasText: 'Einzelziel 1.3: Alphabetisierung ausdrücklich aufnehmen' });
    await expect(visible(pending.getByText('proposed – pending – not yet effective'))).resolves.toBe(true);
    await pending.getByRole('button', { name: /^Beirat consent: / }).click();
    await expect(visible(page.getByRole('heading', { name: /^Record the Beirat consent: / }))).resolves.toBe(true);
    await screenshot(page, 'goal-changes-step-en-dark');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: /^Record the Beirat consent: / }).count()).resolves.toBe(0);
  });

  it('proposes a new goal, which stays pending and is not offered as a goal to change until decided', async () => {
    await page.getByRole('button', { name: 'Änderung vorschlagen' }).click();
    await page.getByRole('radio', { name: 'neues Ziel' }).check();
    await expect(visible(page.getByText(/gilt aber erst ab dem Beschluss des Ausschusses/))).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Titel des neuen Einzelziels' }).fill('Antidiskriminierungsberatung ausbauen');
    await page.getByRole('textbox', { name: /Nummer des neuen Einzelziels/ }).fill('4.2');
    await page.getByRole('combobox', { name: 'Handlungsfeld' }).click();
    await page.getByRole('option', { name: /^4\. / }).click();
    await page.getByRole('textbox', { name: 'Begründung' }).fill('Die Beratungsanfragen haben sich verdoppelt.');
    await page.getByRole('button', { name: 'Vorschlag speichern' }).click();
    const row = rowOf('neues Ziel: 4.2 Antidiskriminierungsberatung ausbauen');
    await expect(visible(row.getByText('vorgeschlagen – ausstehend – noch nicht wirksam'))).resolves.toBe(true);
    await expect(visible(row.getByRole('cell', { name: '4.2 Antidiskriminierungsberatung ausbauen', exact: true }))).resolves.toBe(true);

    await page.getByRole('button', { name: 'Änderung vorschlagen' }).click();
    await page.getByRole('radio', { name: 'Ziel gestrichen' }).check();
    await page.getByRole('combobox', { name: 'Einzelziel' }).click();
    await expect(visible(page.getByRole('option', { name: /^4\.1 / }))).resolves.toBe(true);
    await expect(page.getByRole('option', { name: /^4\.2 / }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await screenshot(page, 'goal-changes-new-goal-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
