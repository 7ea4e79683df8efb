import fs from 'node:fs';
import path from 'node:path';
import { chromium, Browser, Locator, Page } from 'playwright-core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureChromium } = require('../../../scripts/ensureChromium');

export const artifactDir = path.resolve(__dirname, '../../../test-results/e2e');

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

/**
 * Whether the element shows within the timeout. Unlike `Locator.isVisible()`, which answers at once,
 * this waits for the page to render, so a slow machine does not fail a test of something that does show.
 */
export async function visible(locator: Locator, timeout = 15_000): Promise<boolean> {
  try {
    await locator.waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactDir, { recursive: true });
  const file = path.join(artifactDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ target: string[] }>;
}

/** The WCAG 2.1 A and AA rules: EN 301 549 (the European accessibility standard public bodies must meet) refers to them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Findings of these impacts fail a test; "minor" ones are left to review. */
const failingImpacts = ['moderate', 'serious', 'critical'];

/**
 * Runs axe-core in the page with the WCAG 2.1 AA rules and returns the moderate, serious and
 * critical violations. Waits for running animations first: a panel fading in has washed-out
 * colours that axe would report as low contrast.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = (await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, [...wcagTags])) as AxeViolation[];
  return violations.filter((violation) => violation.impact !== null && failingImpacts.includes(violation.impact));
}
