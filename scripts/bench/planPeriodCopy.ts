/**
 * Bench of "Nächste Fortschreibung vorbereiten": the current period of the large seed (the demo
 * plus 5,000 measures) copied into the next period's draft the product's way (PlanPeriodCopier:
 * the period read page by page, the copies written level by level in `$batch`es of 100), with
 * 50 ms latency injected into every SharePoint request. Every measure status is carried, so all
 * measures are copied. Reports requests and time in all and per 1,000 measures, and the cost of
 * a run repeated after the copy (what a resume reads before it writes the rest). The departments'
 * folders of the new period are made once per period, whatever its size: their requests are shown
 * apart and left out of the figures per 1,000 measures.
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
import { readAllItems } from '../../src/data/sp/listItems';
import { CatalogueRepository } from '../../src/data/catalogueRepository';
import { PlanPeriodCopier } from '../../src/data/planPeriodCopier';
import { currentPlanPeriod, MeasureStatusChoices } from '../../src/domain';
import type { BenchLocale } from './benchMessages';
import type { ReportRow } from './benchReport';

/** Goals: at most this many requests per 1,000 measures copied (10 `$batch`es of 100 plus the reads), and every measure stored once. */
export const copyGoals = { requestsPerThousand: 15 } as const;

export interface CopyBenchFigures {
  readonly measures: number;
  readonly latencyMs: number;
  readonly read: { readonly ms: number; readonly requests: number };
  readonly copy: { readonly ms: number; readonly requests: number; readonly folderRequests: number };
  /** The same copy run again once complete: reads which keys the draft holds, writes nothing. */
  readonly repeat: { readonly ms: number; readonly requests: number };
  /** Measures in the draft afterwards, and how many distinct originals they link to. */
  readonly stored: number;
  readonly distinctPredecessors: number;
}

const texts = {
  'title': { de: 'Leistungsmessung Nächste Fortschreibung vorbereiten', en: 'Prepare-next-update benchmark' },
  'step.start': { de: 'Starte den Emulator mit dem großen Katalog …', en: 'Starting the emulator with the large catalogue …' },
  'step.copy': { de: 'Kopiere {0} Maßnahmen in den Entwurf, {1} ms Latenz je Anfrage …', en: 'Copying {0} measures into the draft, {1} ms latency per request …' },
  'figure.read': { de: 'Fortschreibung lesen ({0} Maßnahmen): Zeit / Anfragen', en: 'Reading the update ({0} measures): time / requests' },
  'figure.copy': { de: 'Kopieren ({0} Maßnahmen): Zeit / Anfragen', en: 'Copying ({0} measures): time / requests' },
  'figure.folders': { de: '  davon Ordner der Fachbereiche für die neue Fortschreibung (einmalig): Anfragen', en: "  of which the departments' folders of the new update (once): requests" },
  'figure.perThousandTime': { de: 'Lesen und Kopieren je 1.000 Maßnahmen: Zeit', en: 'Reading and copying per 1,000 measures: time' },
  'figure.perThousandRequests': { de: 'Lesen und Kopieren je 1.000 Maßnahmen: Anfragen (ohne Ordner)', en: 'Reading and copying per 1,000 measures: requests (without folders)' },
  'figure.repeat': { de: 'Wiederholter Lauf (nichts mehr zu tun): Zeit / Anfragen', en: 'Repeated run (nothing left to do): time / requests' },
  'figure.stored': { de: 'Maßnahmen im Entwurf / verschiedene Originale', en: 'Measures in the draft / distinct originals' },
  'method': {
    de: 'Kopie der Fortschreibung: Emulator (Seed large) auf 127.0.0.1 mit {0} ms zusätzlicher Latenz je SharePoint-Anfrage; PlanPeriodCopier mit allen Ständen (alle Maßnahmen), $batch zu je 100 Kopien; Anfragen = alle fetch-Aufrufe an /_api/; je ein Lauf.',
    en: 'Update copy: emulator (large seed) on 127.0.0.1 with {0} ms added latency per SharePoint request; PlanPeriodCopier carrying every status (all measures), $batch of 100 copies; requests = every fetch to /_api/; one run each.'
  },
  'yes': { de: 'ja', en: 'yes' },
  'no': { de: 'nein', en: 'no' },
  'none': { de: '–', en: '–' }
} as const;

type TextKey = keyof typeof texts;

export function copyText(locale: BenchLocale, key: TextKey, ...args: ReadonlyArray<string | number>): string {
  return texts[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));
}

const coordinator = 'koordination@stadt.example';
const sitePath = '/sites/integration';

/** Requests that make a department's folder of the period ready: read, create, permissions. */
const folderRequest = /getFolderByServerRelativePath|roleassignments|breakroleinheritance|sitegroups|roledefinitions/i;

/** Counts the SharePoint requests sent while `work` runs (those for folders apart), and times it. */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; requests: number; folderRequests: number; value: T }> {
  const original = globalThis.fetch;
  let requests = 0;
  let folderRequests = 0;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/_api/')) {
      requests += 1;
      folderRequests += folderRequest.test(url) ? 1 : 0;
    }
    return original(input, init);
  };
  const started = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - started, requests, folderRequests, value };
  } finally {
    globalThis.fetch = original;
  }
}

export async function benchPlanPeriodCopy(locale: BenchLocale, options: { latencyMs?: number; say?: (line: string) => void } = {}): Promise<CopyBenchFigures> {
  const latencyMs = options.latencyMs ?? 50;
  const say = options.say ?? ((line: string) => console.log(line));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-bench-copy-'));
  say(copyText(locale, 'step.start'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'large' });
  try {
    const sp: SPFI = createSpForToken({ siteUrl: `${emulator.url}${sitePath}`, getToken: async () => coordinator });
    const lists = new SiteLists(sp, sitePath);
    const source = currentPlanPeriod(await new CatalogueRepository(lists).planPeriods())!;
    const copier = new PlanPeriodCopier(lists);
    const allStatuses = MeasureStatusChoices.codes;
    await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/_api/', latencyMs }) });

    const read = await measured(() => copier.readSource(source));
    say(copyText(locale, 'step.copy', read.value.measures.length, latencyMs));
    const copy = await measured(() => copier.copy(source, read.value, { carriedStatuses: allStatuses }));
    if (!copy.value.isComplete) {
      throw new Error(`${copy.value.failures.length} copies failed, e.g. ${copy.value.failures[0]?.title}: ${copy.value.failures[0]?.serviceMessage}`);
    }
    const repeat = await measured(() => copier.copy(source, read.value, { carriedStatuses: allStatuses }));
    await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE', headers: { 'X-Emulator-Control': '1' } });

    const rows = await readAllItems<{ PlanPeriodId: number; PredecessorMeasureId: number | null }>(sp.web.getList(lists.url('Measures')).items.select('PlanPeriodId', 'PredecessorMeasureId'));
    const copies = rows.filter((row) => row.PlanPeriodId === copy.value.draft.id);
    return {
      measures: read.value.measures.length,
      latencyMs,
      read: { ms: read.ms, requests: read.requests },
      copy: { ms: copy.ms, requests: copy.requests, folderRequests: copy.folderRequests },
      repeat: { ms: repeat.ms, requests: repeat.requests },
      stored: copies.length,
      distinctPredecessors: new Set(copies.map((row) => row.PredecessorMeasureId)).size
    };
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Requests and time of reading plus copying, per 1,000 measures; the requests without the once-per-period folders. */
export function perThousand(figures: CopyBenchFigures): { readonly ms: number; readonly requests: number } {
  const thousands = figures.measures / 1000;
  return { ms: (figures.read.ms + figures.copy.ms) / thousands, requests: (figures.read.requests + figures.copy.requests - figures.copy.folderRequests) / thousands };
}

/** Rows in the bench table's format. */
export function copyReportRows(figures: CopyBenchFigures, locale: BenchLocale): ReportRow[] {
  const number = (value: number, digits = 0): string =>
    new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const yesNo = (isMet: boolean): string => copyText(locale, isMet ? 'yes' : 'no');
  const none = copyText(locale, 'none');
  const count = number(figures.measures);
  const unit = perThousand(figures);
  return [
    { figure: copyText(locale, 'figure.read', count), value: `${number(figures.read.ms)} ms / ${number(figures.read.requests)}`, goal: none, met: none },
    { figure: copyText(locale, 'figure.copy', count), value: `${number(figures.copy.ms)} ms / ${number(figures.copy.requests)}`, goal: none, met: none },
    { figure: copyText(locale, 'figure.folders'), value: number(figures.copy.folderRequests), goal: none, met: none },
    { figure: copyText(locale, 'figure.perThousandTime'), value: `${number(unit.ms)} ms`, goal: none, met: none },
    {
      figure: copyText(locale, 'figure.perThousandRequests'),
      value: number(unit.requests, 1),
      goal: `≤ ${copyGoals.requestsPerThousand}`,
      met: yesNo(unit.requests <= copyGoals.requestsPerThousand)
    },
    { figure: copyText(locale, 'figure.repeat'), value: `${number(figures.repeat.ms)} ms / ${number(figures.repeat.requests)}`, goal: none, met: none },
    {
      figure: copyText(locale, 'figure.stored'),
      value: `${number(figures.stored)} / ${number(figures.distinctPredecessors)}`,
      goal: `= ${count}`,
      met: yesNo(figures.stored === figures.measures && figures.distinctPredecessors === figures.measures)
    }
  ];
}
