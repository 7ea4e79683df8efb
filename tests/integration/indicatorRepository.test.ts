import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { ServiceError } from '../../src/http/serviceError';
import type { Indicator } from '../../src/domain';

describe('indicator repository against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let indicators: Indicator[];

  /** The URLs the product's PnPjs pipeline fetches while `work` runs. */
  async function requestsDuring<T>(work: () => Promise<T>): Promise<{ result: T; urls: string[] }> {
    const urls: string[] = [];
    const original = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return original(input, init);
    });
    try {
      return { result: await work(), urls };
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    office = emulator.services(coordinator);
    indicators = await office.indicators.indicators();
  });

  it('reads every indicator with its measure, department, unit and direction', () => {
    expect(indicators.length).toBeGreaterThan(20);
    for (const indicator of indicators) {
      expect(indicator.title).not.toBe('');
      expect(indicator.departmentId).toBeGreaterThan(0);
    }
    expect(indicators.some((indicator) => indicator.isGenderSplit)).toBe(true);
    expect(indicators.some((indicator) => indicator.direction === 'lowerIsBetter')).toBe(true);
  });

  it("reads one measure's indicators only", async () => {
    const measureId = indicators[0].measureId!;
    const own = await office.indicators.indicatorsOfMeasure(measureId);
    expect(own.map((indicator) => indicator.id).sort()).toEqual(indicators.filter((indicator) => indicator.measureId === measureId).map((indicator) => indicator.id).sort());
  });

  it('reads the recent values of several indicators in a single $batch request, newest year first', async () => {
    const chosen = indicators.slice(0, 6).map((indicator) => indicator.id);
    const { result: values, urls } = await requestsDuring(() => office.indicators.recentValues(chosen, 2020));
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values.map((value) => value.indicatorId)).size).toBeGreaterThan(1);
    for (const value of values) {
      expect(chosen).toContain(value.indicatorId);
      expect(value.year).toBeGreaterThanOrEqual(2020);
    }
    for (const id of chosen) {
      const years = values.filter((value) => value.indicatorId === id).map((value) => value.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
    }
    expect(urls.filter((url) => url.includes('/_api/$batch'))).toHaveLength(1);
    expect(urls.filter((url) => url.includes('/items'))).toHaveLength(0);
  });

  it('gender parts of a split indicator add up to the total', async () => {
    const split = indicators.filter((indicator) => indicator.isGenderSplit).map((indicator) => indicator.id);
    const values = await office.indicators.recentValues(split, 2000);
    const complete = values.filter((value) => value.female !== undefined);
    expect(complete.length).toBeGreaterThan(0);
    for (const value of complete) {
      expect((value.female ?? 0) + (value.male ?? 0) + (value.diverse ?? 0) + (value.notStated ?? 0)).toBe(value.total);
    }
  });

  it('waits out a throttled $batch and then answers', async () => {
    await emulator.injectFault({ path: '/_api/\\$batch', status: 429, retryAfter: 1, count: 1 });
    const values = await office.indicators.recentValues([indicators[0].id], 2000);
    expect(values.every((value) => value.indicatorId === indicators[0].id)).toBe(true);
  });

  it('reports a failing site as a service error with its status', async () => {
    await emulator.injectFault({ path: 'Lists(/|%2F)Indicators', status: 500, count: 10 });
    const failure = await office.indicators.indicatorsOfMeasure(indicators[0].measureId!).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).status).toBe(500);
  });
});
