import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';

const coordinator = 'koordination@stadt.example';

describe('local workbench: overview web part in a real Chromium', () => {
  const session = useWorkbenchSession({ viewport: { width: 1280, height: 900 } });
  let emulator: RunningWorkbench;
  let page: Page;
  let department: { login: string; department: string };

  beforeEach(() => {
    ({ workbench: emulator, page } = session);
    const contact = emulator.users.find((user) => user.role === 'department' && user.department)!;
    department = { login: contact.login, department: contact.department! };
  });

  async function open(query: string): Promise<void> {
    await page.goto(`${emulator.url}/?${query}`);
    await page.getByTestId('status-table').waitFor({ timeout: 30_000 });
  }

  it('shows the coordinator the current plan period with fields of action, goals, measures by status and departments', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    await expect(visible(page.getByRole('heading', { name: 'Integrationsplanung – Überblick' }))).resolves.toBe(true);
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Koordination, Sie können alle Daten bearbeiten');
    const tiles = await page.getByTestId('summary-tiles').innerText();
    expect(tiles).toMatch(/\d+\s*Handlungsfelder/);
    expect(tiles).toMatch(/\d+\s*Maßnahmen/);
    const statusRows = await page.getByTestId('status-table').locator('tbody tr').count();
    expect(statusRows).toBe(6);
    const departmentRows = await page.getByTestId('departments-table').locator('tbody tr').count();
    expect(departmentRows).toBe(12);
    await screenshot(page, 'overview-coordinator-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a department contact their department and that they may edit only its data", async () => {
    await open(`user=${encodeURIComponent(department.login)}`);
    const signedIn = await page.getByTestId('signed-in-user').textContent();
    expect(signedIn).toContain(`Fachbereich ${department.department}`);
    expect(signedIn).toContain('nur Daten Ihres Fachbereichs');
    await expect(page.getByTestId('departments-table').getByText('(Ihr Fachbereich)').count()).resolves.toBe(1);
    await screenshot(page, 'overview-department-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('speaks English when the page is English, and renders the Teams dark theme accessibly', async () => {
    await open(`user=${encodeURIComponent(coordinator)}&lang=en&theme=dark`);
    await expect(visible(page.getByRole('heading', { name: 'Integration planning – overview' }))).resolves.toBe(true);
    await expect(page.getByTestId('status-table').innerText()).resolves.toContain('Measures by implementation status');
    await screenshot(page, 'overview-coordinator-en-dark');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('switches the plan period from the keyboard', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    const dropdown = page.getByRole('combobox', { name: 'Fortschreibung' });
    const before = await dropdown.innerText();
    await dropdown.focus();
    await page.keyboard.press('ArrowUp');
    await page.getByTestId('status-table').waitFor();
    await expect(page.getByRole('combobox', { name: 'Fortschreibung' }).innerText()).resolves.not.toBe(before);
  });
});
