import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startEmulator, RunningEmulator } from '../../local/emulator/server';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from './support/browser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWorkbench } = require('../../scripts/buildWorkbench');

const coordinator = 'koordination@stadt.example';

describe('local workbench: overview web part in a real Chromium', () => {
  let emulator: RunningEmulator;
  let browser: Browser;
  let page: Page;
  let department: { login: string; department: string };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-e2e-'));
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-wb-'));

  beforeAll(async () => {
    await buildWorkbench(staticDir);
    emulator = await startEmulator({ port: 0, dataDir, seed: 'demo', staticDir });
    const users = (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as Array<{ login: string; role: string; department: string | null }>;
    const contact = users.find((user) => user.role === 'department' && user.department)!;
    department = { login: contact.login, department: contact.department! };
    browser = await launchBrowser();
  }, 120_000);

  let pageErrors: string[] = [];

  beforeEach(async () => {
    pageErrors = [];
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page.close();
    // A script error in the page is a failure even when the view looked right.
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  async function open(query: string): Promise<void> {
    await page.goto(`${emulator.url}/?${query}`);
    await page.getByTestId('status-table').waitFor({ timeout: 30_000 });
  }

  it('shows the coordinator the current plan period with fields of action, goals, measures by status and departments', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    await expect(page.getByRole('heading', { name: 'Integrationsplanung – Überblick' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Koordination, Sie können alle Daten bearbeiten');
    const tiles = await page.getByTestId('summary-tiles').innerText();
    expect(tiles).toMatch(/\d+\s*Handlungsfelder/);
    expect(tiles).toMatch(/\d+\s*Maßnahmen/);
    const statusRows = await page.getByTestId('status-table').locator('tbody tr').count();
    expect(statusRows).toBe(6);
    const departmentRows = await page.getByTestId('departments-table').locator('tbody tr').count();
    expect(departmentRows).toBe(12);
    await screenshot(page, 'overview-coordinator-de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("shows a department contact their department and that they may edit only its data", async () => {
    await open(`user=${encodeURIComponent(department.login)}`);
    const signedIn = await page.getByTestId('signed-in-user').textContent();
    expect(signedIn).toContain(`Fachbereich ${department.department}`);
    expect(signedIn).toContain('nur Daten Ihres Fachbereichs');
    await expect(page.getByTestId('departments-table').getByText('(Ihr Fachbereich)').count()).resolves.toBe(1);
    await screenshot(page, 'overview-department-de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('speaks English when the page is English, and renders the Teams dark theme accessibly', async () => {
    await open(`user=${encodeURIComponent(coordinator)}&lang=en&theme=dark`);
    await expect(page.getByRole('heading', { name: 'Integration planning – overview' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('status-table').innerText()).resolves.toContain('Measures by implementation status');
    await screenshot(page, 'overview-coordinator-en-dark');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
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
