/**
 * Bench of the indicator submit: 2,000 values of one department written the product's way
 * (IndicatorValueRepository through submitPending: `$batch` requests of 100) against one
 * ValidateUpdateListItem request per prepared value item (the office opened both years first),
 * both with 50 ms latency injected into every SharePoint request. Reports requests, time and the
 * ratio; goals: ≥ 25× faster, ≤ 42 requests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../../local/emulator/server';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { writeInBatches } from '../../src/data/sp/batchWriter';
import { readAllItems } from '../../src/data/sp/listItems';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { YearOpeningRepository } from '../../src/data/yearOpeningRepository';
import { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { indicatorValueCreation } from '../../src/data/mapping/indicatorValueMapping';
import { indicatorValueKey } from '../../src/domain';
import type { Indicator, IndicatorValue } from '../../src/domain';
import { startSubmission, submitPending } from '../../src/indicatorSheet/submission';
import { MemoryPendingStore } from '../../tests/support/memoryPendingStore';
import type { BenchLocale } from './benchMessages';
import type { ReportRow } from './benchReport';
import { ratio } from './statistics';

/**
 * Goals for 2,000 values: a department fills in the items the office prepared, so each `$batch` of
 * 100 updates is preceded by one read of those items' versions (If-Match), plus the lock and the
 * regional settings: 2 × 20 + 2 requests. One by one sends a single request per value.
 */
export const indicatorGoals = { speedup: 25, batchedRequests: 42 } as const;

export interface IndicatorBenchFigures {
  readonly values: number;
  readonly latencyMs: number;
  readonly batched: { readonly ms: number; readonly requests: number; readonly stored: number };
  readonly oneByOne: { readonly ms: number; readonly requests: number; readonly stored: number };
  readonly speedup: number;
}

const texts = {
  'title': { de: 'Leistungsmessung Kennzahlwerte senden', en: 'Indicator value submit benchmark' },
  'step.setup': { de: 'Lege {0} Kennzahlen für Fachbereich {1} an …', en: 'Creating {0} indicators for department {1} …' },
  'step.batched': { de: 'Sende {0} Werte gebündelt ($batch), {1} ms Latenz je Anfrage …', en: 'Submitting {0} values batched ($batch), {1} ms latency per request …' },
  'step.oneByOne': { de: 'Sende {0} Werte einzeln (eine Anfrage je Wert), {1} ms Latenz je Anfrage …', en: 'Submitting {0} values one request each, {1} ms latency per request …' },
  'figure.batchedTime': { de: '{0} Werte gebündelt: Zeit', en: '{0} values batched: time' },
  'figure.batchedRequests': { de: '{0} Werte gebündelt: Anfragen', en: '{0} values batched: requests' },
  'figure.oneByOneTime': { de: '{0} Werte einzeln: Zeit', en: '{0} values one by one: time' },
  'figure.oneByOneRequests': { de: '{0} Werte einzeln: Anfragen', en: '{0} values one by one: requests' },
  'figure.speedup': { de: 'Beschleunigung gebündelt / einzeln', en: 'Speed-up batched / one by one' },
  'figure.stored': { de: 'Gespeicherte Werte (gebündelt / einzeln)', en: 'Values stored (batched / one by one)' },
  'method': {
    de: 'Kennzahlwerte: Emulator (Seed demo) auf 127.0.0.1 mit {0} ms zusätzlicher Latenz je SharePoint-Anfrage; gebündelt = submitPending mit IndicatorValueRepository ($batch zu je 100 Werten), einzeln = eine ValidateUpdateListItem-Anfrage je vorbereitetem Wertelement nacheinander; Anfragen = alle fetch-Aufrufe an /_api/ während des Sendens; je ein Lauf.',
    en: 'Indicator values: emulator (demo seed) on 127.0.0.1 with {0} ms added latency per SharePoint request; batched = submitPending with IndicatorValueRepository ($batch of 100 values), one by one = one ValidateUpdateListItem request per prepared value item in sequence; requests = every fetch to /_api/ while submitting; one run each.'
  },
  'yes': { de: 'ja', en: 'yes' },
  'no': { de: 'nein', en: 'no' },
  'none': { de: '–', en: '–' }
} as const;

type TextKey = keyof typeof texts;

export function indicatorText(locale: BenchLocale, key: TextKey, ...args: ReadonlyArray<string | number>): string {
  return texts[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));
}

const coordinator = 'koordination@stadt.example';
const sitePath = '/sites/integration';

/** Counts the SharePoint requests the product's client sends while `work` runs, and times it. */
async function measured(work: () => Promise<void>): Promise<{ ms: number; requests: number }> {
  const original = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/_api/')) {
      requests += 1;
    }
    return original(input, init);
  };
  const started = performance.now();
  try {
    await work();
  } finally {
    globalThis.fetch = original;
  }
  return { ms: performance.now() - started, requests };
}

interface ValueRow {
  readonly Id: number;
  readonly ValueKey: string;
  readonly Total: number | null;
}

async function valueRows(sp: SPFI, year: number): Promise<ValueRow[]> {
  return readAllItems<ValueRow>(sp.web.getList(`${sitePath}/Lists/IndicatorValues`).items.select('Id', 'ValueKey', 'Total').filter(`ValueYear eq ${year}`));
}

/** Values reported: an item the office prepared counts only once it holds a total. */
async function storedCount(sp: SPFI, year: number): Promise<number> {
  return new Set((await valueRows(sp, year)).filter((row) => row.Total !== null).map((row) => row.ValueKey)).size;
}

export async function benchIndicatorSubmit(
  locale: BenchLocale,
  options: { values?: number; latencyMs?: number; say?: (line: string) => void } = {}
): Promise<IndicatorBenchFigures> {
  const count = options.values ?? 2000;
  const latencyMs = options.latencyMs ?? 50;
  const say = options.say ?? ((line: string) => console.log(line));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-bench-values-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'demo' });
  try {
    const siteUrl = `${emulator.url}${sitePath}`;
    const spFor = (login: string): SPFI => createSpForToken({ siteUrl, getToken: async () => login });
    const office = spFor(coordinator);
    const users = (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as Array<{ login: string; role: string; department: string | null }>;
    const departments = await new DepartmentRepository(new SiteLists(office, sitePath)).departments();
    const department = departments.find((candidate) => users.some((user) => user.role === 'department' && user.department === candidate.number));
    const contact = users.find((user) => user.role === 'department' && user.department === department?.number);
    if (!department || !contact) {
      throw new Error('The demo seed has no department with a contact.');
    }

    say(indicatorText(locale, 'step.setup', count, department.number));
    const lists = new SiteLists(office, sitePath);
    const created = await writeInBatches(
      office,
      Array.from({ length: count }, (_, i) => ({ kind: 'add' as const, listUrl: lists.url('Indicators'), fields: { Title: `Benchkennzahl ${i + 1}`, DepartmentId: department.id, Unit: 'Anzahl' } }))
    );
    if (created.some((outcome) => !outcome.ok)) {
      throw new Error('Creating the bench indicators failed.');
    }
    const indicators: Indicator[] = created.map((outcome, i) => ({
      id: outcome.ok ? outcome.id : 0,
      title: `Benchkennzahl ${i + 1}`,
      departmentId: department.id,
      unit: 'Anzahl',
      direction: 'higherIsBetter',
      isGenderSplit: false
    }));
    // As in the product, the office opens both reporting years first: one empty item per indicator
    // in the department's year folder, which the department then fills in.
    const opening = new YearOpeningRepository(lists);
    for (const year of [2031, 2032]) {
      const opened = await opening.open({ year, state: 'open', departments: [{ id: department.id, number: department.number }], indicators: indicators.map((indicator) => ({ id: indicator.id, departmentId: department.id })) });
      if (opened.failures.length > 0 || opened.itemsCreated !== count) {
        throw new Error(`Opening the reporting year ${year} for the bench failed.`);
      }
    }
    const valuesOf = (year: number): IndicatorValue[] => indicators.map((indicator, i) => ({ indicatorId: indicator.id, year, total: 100 + (i % 50), departmentId: department.id }));

    // Latency only (no status): every SharePoint request from here on waits this long.
    await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/_api/', latencyMs }) });

    const contactSp = spFor(contact.login);
    const batchedYear = 2031;
    say(indicatorText(locale, 'step.batched', count, latencyMs));
    const model = { departmentId: department.id, departmentName: department.name, year: batchedYear, rows: indicators.map((indicator) => ({ indicator, measureTitle: '' })) };
    let failedBatched = 0;
    const batched = await measured(async () => {
      const outcomes = await submitPending(new IndicatorValueRepository(new SiteLists(contactSp, sitePath)), startSubmission(model, valuesOf(batchedYear)), new MemoryPendingStore());
      failedBatched = Object.values(outcomes).filter((outcome) => outcome.kind !== 'created').length;
    });
    if (failedBatched > 0) {
      throw new Error(`${failedBatched} batched values were not created.`);
    }

    const singleYear = 2032;
    say(indicatorText(locale, 'step.oneByOne', count, latencyMs));
    const list = contactSp.web.getList(lists.url('IndicatorValues'));
    const preparedIds = new Map((await valueRows(contactSp, singleYear)).map((row) => [row.ValueKey, row.Id]));
    const oneByOne = await measured(async () => {
      for (const value of valuesOf(singleYear)) {
        const id = preparedIds.get(indicatorValueKey(value.indicatorId, value.year));
        if (id === undefined) {
          throw new Error(`No prepared item for indicator ${value.indicatorId}.`);
        }
        await list.items.getById(id).validateUpdateListItem(indicatorValueCreation(value, { decimalSeparator: ',' }));
      }
    });

    await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE', headers: { 'X-Emulator-Control': '1' } });
    return {
      values: count,
      latencyMs,
      batched: { ...batched, stored: await storedCount(office, batchedYear) },
      oneByOne: { ...oneByOne, stored: await storedCount(office, singleYear) },
      speedup: ratio(oneByOne.ms, batched.ms)
    };
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Rows in the bench table's format. */
export function indicatorReportRows(figures: IndicatorBenchFigures, locale: BenchLocale): ReportRow[] {
  const number = (value: number, digits = 0): string =>
    new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const yesNo = (isMet: boolean): string => indicatorText(locale, isMet ? 'yes' : 'no');
  const none = indicatorText(locale, 'none');
  const count = number(figures.values);
  return [
    { figure: indicatorText(locale, 'figure.batchedTime', count), value: `${number(figures.batched.ms)} ms`, goal: none, met: none },
    {
      figure: indicatorText(locale, 'figure.batchedRequests', count),
      value: number(figures.batched.requests),
      goal: `≤ ${indicatorGoals.batchedRequests}`,
      met: yesNo(figures.batched.requests <= indicatorGoals.batchedRequests)
    },
    { figure: indicatorText(locale, 'figure.oneByOneTime', count), value: `${number(figures.oneByOne.ms)} ms`, goal: none, met: none },
    { figure: indicatorText(locale, 'figure.oneByOneRequests', count), value: number(figures.oneByOne.requests), goal: none, met: none },
    {
      figure: indicatorText(locale, 'figure.speedup'),
      value: `${number(figures.speedup, 1)}×`,
      goal: `≥ ${indicatorGoals.speedup}×`,
      met: yesNo(figures.speedup >= indicatorGoals.speedup)
    },
    {
      figure: indicatorText(locale, 'figure.stored'),
      value: `${number(figures.batched.stored)} / ${number(figures.oneByOne.stored)}`,
      goal: `= ${count}`,
      met: yesNo(figures.batched.stored === figures.values && figures.oneByOne.stored === figures.values)
    }
  ];
}
