import type { Page } from 'playwright-core';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';

const coordinator = 'koordination@stadt.example';

/** The scripts the page fetched so far, by file name without the content hash. */
function scriptNames(urls: readonly string[]): string[] {
  return urls.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname.split('/').pop()!.replace(/-[A-Z0-9]{8}\.js$/, '.js'));
}

describe('local workbench: each tab loads its own code when it opens', () => {
  const session = useWorkbenchSession({ viewport: { width: 1280, height: 900 } });
  let emulator: RunningWorkbench;
  let page: Page;
  let requested: string[];

  beforeEach(() => {
    ({ workbench: emulator, page } = session);
    requested = [];
    page.on('request', (request) => requested.push(request.url()));
  });

  it('starts with the overview alone and fetches the catalogue code on the first visit of its tab', async () => {
    await page.goto(`${emulator.url}/?user=${encodeURIComponent(coordinator)}`);
    await page.getByTestId('status-table').waitFor({ timeout: 30_000 });
    const atStart = scriptNames(requested);
    expect(atStart).toContain('workbench.js');
    expect(atStart).toContain('overview.js');
    expect(atStart).not.toContain('catalogue.js');
    expect(atStart).not.toContain('meetingRound.js');
    expect(atStart).not.toContain('excel.js');

    await page.getByRole('tab', { name: 'Maßnahmenkatalog' }).click();
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
    expect(scriptNames(requested)).toContain('catalogue.js');
    expect(scriptNames(requested)).not.toContain('meetingRound.js');
  });
});
