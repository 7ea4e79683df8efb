import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser } from './browser';
import { expectFocusVisible, tabTo } from './keyboard';

/** The checks the browser tests rely on, against pages with known faults (no workbench needed). */
describe('accessibility checks of the browser tests', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('fails on a moderate WCAG finding, not only on serious and critical ones', async () => {
    // The page's language and its XML language differ: a screen reader may read it in the wrong one.
    await page.setContent('<html lang="de" xml:lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1></main></body></html>');
    const violations = await accessibilityViolations(page);
    expect(violations.map((violation) => [violation.id, violation.impact])).toEqual([['html-xml-lang-mismatch', 'moderate']]);
  });

  it('checks the WCAG 2.1 A and AA rules only: best practices (content outside landmarks) are left to review', async () => {
    await page.setContent('<html lang="de"><head><title>Probe</title></head><body><h1>Probe</h1><p>Text außerhalb jeder Region</p></body></html>');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it('tells a keyboard focus that can be seen from one that cannot', async () => {
    await page.setContent('<html lang="de"><body><button id="plain">Sichtbar</button><button id="hidden" style="outline: none">Unsichtbar</button></body></html>');
    await tabTo(page, page.locator('#plain'));
    await page.keyboard.press('Tab');
    await expect(expectFocusVisible(page)).rejects.toThrow('button "Unsichtbar"');
  });
});
