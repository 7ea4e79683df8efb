import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { toServiceError } from '../../src/http/serviceError';
import type { ProductServices } from '../../src/app/services';
import { currentPlanPeriod } from '../../src/domain';

describe('PnPjs against the local SharePoint: a catalogue past the list-view threshold', () => {
  const emulator = useTestEmulator('large');
  let services: ProductServices;

  beforeAll(() => {
    services = emulator.services(coordinator);
  });

  it('reads more than 5,000 measures of a period in pages of 5,000, following odata.nextLink', async () => {
    const period = currentPlanPeriod(await services.catalogue.planPeriods())!;
    const pages: number[] = [];
    const measures = await services.catalogue.measures(period.id, { onProgress: (loaded) => pages.push(loaded) });
    expect(measures.length).toBeGreaterThan(5000);
    expect(pages).toHaveLength(Math.ceil(measures.length / 5000));
    expect(new Set(measures.map((measure) => measure.id)).size).toBe(measures.length);
    expect(measures.every((measure) => measure.planPeriodId === period.id)).toBe(true);
  });

  it('is refused like SharePoint Online when a query filters a large list on a column without index', async () => {
    const failure = await emulator
      .sp(coordinator)
      .web.getList('/sites/integration/Lists/Measures')
      .items.filter("MeasureNumber eq '1.1.1'")()
      .then(
        () => undefined,
        (error: unknown) => toServiceError(error)
      );
    expect(failure?.status).toBe(500);
    expect(failure?.serviceMessage).toMatch(/list view threshold/i);
  });
});
