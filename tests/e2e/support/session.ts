import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { RunningWorkbench, startWorkbench } from './workbench';

export interface WorkbenchSession {
  readonly workbench: RunningWorkbench;
  readonly browser: Browser;
  /** A fresh page per test. */
  readonly page: Page;
  /** Script errors of the test's pages; any of them fails the test even when the view looked right. */
  readonly pageErrors: string[];
}

/**
 * The workbench on fresh demo data and one Chromium for a test file, a new page per test, and
 * both closed afterwards. Call it at the top of a `describe`; read the fields inside tests.
 */
export function useWorkbenchSession(pageOptions: BrowserContextOptions = {}): WorkbenchSession {
  let workbench: RunningWorkbench | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    workbench = await startWorkbench();
    browser = await launchBrowser();
  }, 120_000);

  beforeEach(async () => {
    pageErrors.length = 0;
    page = await browser!.newPage({ viewport: { width: 1400, height: 900 }, ...pageOptions });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page?.close();
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  return {
    get workbench() {
      return workbench!;
    },
    get browser() {
      return browser!;
    },
    get page() {
      return page!;
    },
    pageErrors
  };
}
