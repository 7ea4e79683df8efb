import type { Browser } from 'playwright-core';

export interface RenderRun {
  /** Navigation start → first frame after the first measure row is in view and no spinner is left (page clock). */
  readonly firstRenderMs: number;
  /** Navigation start → end of the last /_api/ response before that frame (Resource Timing). */
  readonly dataLoadedMs: number;
  /** Sum of main-thread tasks over 50 ms until the first render (Long Tasks API). */
  readonly longTasksMs: number;
  readonly longestTaskMs: number;
  /**
   * Longest main-thread task that ends after the data arrived, until one second after the
   * first render (so work the page pushes past its first frame counts too).
   */
  readonly longestTaskAfterDataMs: number;
  /** Measures the page says it holds ("x von y"). */
  readonly measuresShown: number;
  /** Measure rows in the DOM at first render: a handful when the list virtualises. */
  readonly rowsInDom: number;
  readonly apiRequests: number;
  readonly measureListRequests: number;
}

/** Time after the first render during which later long tasks still count. */
const settleMs = 1000;

interface PageTiming {
  readonly firstRenderMs: number;
  readonly dataLoadedMs: number;
  readonly longTasksMs: number;
  readonly longestTaskMs: number;
  readonly longestTaskAfterDataMs: number;
  readonly rowsInDom: number;
  readonly countText: string;
}

const rowSelector = '[data-testid="catalogue-grid"] [data-automationid="DetailsRow"]';

/**
 * Runs in the page before its own scripts. A mutation observer notices the first visible
 * measure row with no spinner left; the time is taken in a task queued from the next
 * animation frame, i.e. after that frame was painted. Kept as plain script text because
 * the TypeScript loader would add helpers to named functions that the page does not have.
 */
export function probeScript(selector: string): string {
  return `(() => {
  const probe = { longTasks: [], firstRenderMs: undefined };
  window.__catalogueBench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (missing) {
    // Without the Long Tasks API the breakdown shows 0; the render time stays valid.
  }
  let seen = false;
  const observer = new MutationObserver(() => {
    if (seen) return;
    const row = document.querySelector(${JSON.stringify(selector)});
    if (!row || document.querySelector('.ms-Spinner')) return;
    const box = row.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.top > window.innerHeight) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.firstRenderMs = performance.now();
        performance.mark('catalogue-first-row');
      };
      channel.port2.postMessage(undefined);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

/** Opens the catalogue in a fresh browser context (no cache, no storage) and times its first render. */
export async function timeCatalogueRender(browser: Browser, baseUrl: string, login: string, timeoutMs = 180_000): Promise<RenderRun> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let apiRequests = 0;
    let measureListRequests = 0;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.includes('/_api/')) {
        return;
      }
      apiRequests += 1;
      // PnPjs addresses the list by URL: getList('/sites/integration/Lists/Measures').
      if (/\/lists\/measures\b/i.test(decodeURIComponent(url.pathname + url.search))) {
        measureListRequests += 1;
      }
    });
    await page.addInitScript({ content: probeScript(rowSelector) });
    await page.goto(`${baseUrl}/?user=${encodeURIComponent(login)}&view=catalogue`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => (window as unknown as { __catalogueBench?: { firstRenderMs?: number } }).__catalogueBench?.firstRenderMs !== undefined, undefined, {
        timeout: timeoutMs,
        polling: 100
      });
    } catch (error) {
      const text = await page
        .locator('#workbench')
        .innerText()
        .catch(() => '');
      throw new Error(`The catalogue did not show a measure within ${timeoutMs / 1000} s${pageErrors.length > 0 ? ` (page errors: ${pageErrors.join('; ')})` : ''}: ${text.slice(0, 300)} – ${(error as Error).message.split('\n')[0]}`);
    }
    await page.waitForTimeout(settleMs);
    const timing = await page.evaluate((selector): PageTiming => {
      type LongTask = { start: number; duration: number };
      const probe = (window as unknown as { __catalogueBench: { longTasks: LongTask[]; firstRenderMs: number } }).__catalogueBench;
      const untilRender = probe.longTasks.filter((task) => task.start < probe.firstRenderMs);
      const api = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/_api/') && (entry as PerformanceResourceTiming).responseEnd <= probe.firstRenderMs)
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
      const dataLoadedMs = api.length > 0 ? Math.max(...api) : Number.NaN;
      return {
        firstRenderMs: probe.firstRenderMs,
        dataLoadedMs,
        longTasksMs: untilRender.reduce((sum, task) => sum + task.duration, 0),
        longestTaskMs: untilRender.reduce((longest, task) => Math.max(longest, task.duration), 0),
        // Tasks that end after the last response: processing the data, building the view, painting.
        longestTaskAfterDataMs: probe.longTasks.filter((task) => task.start + task.duration > dataLoadedMs).reduce((longest, task) => Math.max(longest, task.duration), 0),
        rowsInDom: document.querySelectorAll(selector).length,
        countText: document.querySelector('[data-testid="catalogue-count"]')?.textContent ?? ''
      };
    }, rowSelector);
    if (pageErrors.length > 0) {
      throw new Error(`Script errors in the page: ${pageErrors.join('; ')}`);
    }
    const numbers = (timing.countText.replace(/[.,\s]/g, '').match(/\d+/g) ?? []).map(Number);
    return {
      firstRenderMs: timing.firstRenderMs,
      dataLoadedMs: timing.dataLoadedMs,
      longTasksMs: timing.longTasksMs,
      longestTaskMs: timing.longestTaskMs,
      longestTaskAfterDataMs: timing.longestTaskAfterDataMs,
      measuresShown: numbers.length > 0 ? numbers[numbers.length - 1] : 0,
      rowsInDom: timing.rowsInDom,
      apiRequests,
      measureListRequests
    };
  } finally {
    await context.close();
  }
}
