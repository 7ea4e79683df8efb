import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, startTestEmulator, TestEmulator } from './support/testEmulator';
import { toServiceError } from '../../src/http/serviceError';

describe('PnPjs against the local SharePoint: throttling', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator('demo');
  });

  afterEach(() => emulator.clearFaults());

  afterAll(async () => {
    await emulator.close();
  });

  it('retries a 429 after the Retry-After the service asks for, to success', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 1, count: 2, path: 'Lists(/|%2F)Departments' });
    const started = Date.now();
    const departments = await emulator.sp(coordinator).web.getList('/sites/integration/Lists/Departments').items.select('Title')();
    expect(departments.length).toBeGreaterThan(0);
    // Two throttled answers, each asking to wait one second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('gives up after its bounded attempts and reports the 429 to the caller', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 10, path: 'Lists(/|%2F)Goals' });
    const failure = await emulator
      .sp(coordinator)
      .web.getList('/sites/integration/Lists/Goals')
      .items()
      .then(
        () => undefined,
        (error: unknown) => toServiceError(error)
      );
    expect(failure?.status).toBe(429);
    expect(failure?.isThrottled).toBe(true);
  });
});
