/**
 * Bench of the annual report to the committee for the large seed (the demo plus 5,000 measures):
 * generated the product's way (live reads through the repositories, the report model, the Word
 * document with one chart picture per indicator drawn by `@napi-rs/canvas`), in one run. Reports the
 * time per phase, the SharePoint requests, the size of the file, and the process's peak memory
 * (resident set and JavaScript heap, sampled every 20 ms; the emulator runs in the same process, so
 * the figures include its site data, shown apart as the baseline before the report).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../../local/emulator/server';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import { createProductServices } from '../../src/hosts/productServices';
import { loadCommitteeReportData, type CommitteeReportRequest } from '../../src/app/committeeReport/committeeReportData';
import { buildCommitteeReportModel } from '../../src/reports/committee';
import { buildWordDocument } from '../../src/reports/word/documentBuilder';
import { currentPlanPeriod, todayInCouncil } from '../../src/domain';
import { nodeCanvas } from './nodeCanvas';
import type { BenchLocale } from './benchMessages';
import type { ReportRow } from './benchReport';

export interface CommitteeReportBenchFigures {
  readonly measures: number;
  readonly indicators: number;
  readonly charts: number;
  readonly requests: number;
  readonly loadMs: number;
  readonly modelMs: number;
  readonly wordMs: number;
  readonly totalMs: number;
  readonly fileBytes: number;
  readonly baselineRssMb: number;
  readonly peakRssMb: number;
  readonly baselineHeapMb: number;
  readonly peakHeapMb: number;
}

const texts = {
  'title': { de: 'Leistungsmessung Jahresbericht an den Ausschuss (großer Katalog)', en: 'Annual committee report benchmark (large catalogue)' },
  'step.start': { de: 'Starte den Emulator mit dem großen Katalog …', en: 'Starting the emulator with the large catalogue …' },
  'step.generate': { de: 'Erstelle den Jahresbericht {0} …', en: 'Generating the annual report {0} …' },
  'figure.size': { de: 'Maßnahmen / Kennzahlen / Diagramme', en: 'Measures / indicators / charts' },
  'figure.load': { de: 'Daten lesen: Zeit / Anfragen', en: 'Reading the data: time / requests' },
  'figure.model': { de: 'Berichtsmodell: Zeit', en: 'Report model: time' },
  'figure.word': { de: 'Word-Dokument mit Diagrammen: Zeit / Größe', en: 'Word document with charts: time / size' },
  'figure.total': { de: 'Bericht insgesamt: Zeit', en: 'Whole report: time' },
  'figure.rss': { de: 'Speicher (RSS): vorher / Spitze', en: 'Memory (RSS): before / peak' },
  'figure.heap': { de: 'JavaScript-Heap: vorher / Spitze', en: 'JavaScript heap: before / peak' },
  'method': {
    de: 'Jahresbericht: Emulator (Seed large) im selben Prozess auf 127.0.0.1, angenommene Werte aus den Wertprüfungen des Seeds; Diagramme mit @napi-rs/canvas; Speicher alle 20 ms abgetastet, einschließlich des Emulators; ein Lauf.',
    en: 'Annual report: emulator (large seed) in the same process on 127.0.0.1, accepted values from the value reviews of the seed; charts drawn with @napi-rs/canvas; memory sampled every 20 ms, the emulator included; one run.'
  },
  'none': { de: '–', en: '–' }
} as const;

type TextKey = keyof typeof texts;

export function committeeText(locale: BenchLocale, key: TextKey, ...args: ReadonlyArray<string | number>): string {
  return texts[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));
}

const coordinator = 'koordination@stadt.example';
const megabyte = 1024 * 1024;

/** The highest resident set and heap while `work` runs. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ value: T; rss: number; heap: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  try {
    const value = await work();
    sample();
    return { value, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

export async function benchCommitteeReport(locale: BenchLocale, options: { say?: (line: string) => void } = {}): Promise<CommitteeReportBenchFigures> {
  const say = options.say ?? ((line: string) => console.log(line));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-bench-committee-'));
  say(committeeText(locale, 'step.start'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'large' });
  try {
    const siteUrl = `${emulator.url}/sites/integration`;
    const services = createProductServices({
      sp: createSpForToken({ siteUrl, getToken: async () => coordinator }),
      graph: createGraphClient({ baseUrl: emulator.url, getToken: async () => coordinator }),
      siteUrl,
      locale: 'de-DE'
    });
    const period = currentPlanPeriod(await services.catalogue.planPeriods())!;
    const now = new Date();
    const year = Math.min(Math.max(Number(todayInCouncil(now).slice(0, 4)) - 1, period.startYear), period.endYear);
    const accepted = services.valueReviews;
    const request: CommitteeReportRequest = { kind: 'annualReport', planPeriodId: period.id, year, consultation: { body: 'Ausschuss für Soziales und Integration' }, officeName: 'Büro für Integration', language: 'de' };
    global.gc?.();
    const baseline = process.memoryUsage();
    say(committeeText(locale, 'step.generate', year));

    const original = globalThis.fetch;
    let requests = 0;
    globalThis.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      requests += url.includes('/_api/') ? 1 : 0;
      return original(input, init);
    };
    try {
      const run = await withPeakMemory(async () => {
        const started = performance.now();
        const data = await loadCommitteeReportData(services, accepted, request, now);
        const loaded = performance.now();
        const model = buildCommitteeReportModel(data, { language: 'de' });
        const modelled = performance.now();
        const file = await buildWordDocument(model, { canvas: nodeCanvas, createdAt: now });
        const done = performance.now();
        return { data, model, file, loadMs: loaded - started, modelMs: modelled - loaded, wordMs: done - modelled, totalMs: done - started };
      });
      const { data, model, file } = run.value;
      return {
        measures: data.measures.length,
        indicators: data.indicators.length,
        charts: model.blocks.filter((block) => block.kind === 'chart').length,
        requests,
        loadMs: run.value.loadMs,
        modelMs: run.value.modelMs,
        wordMs: run.value.wordMs,
        totalMs: run.value.totalMs,
        fileBytes: file.size,
        baselineRssMb: baseline.rss / megabyte,
        peakRssMb: run.rss / megabyte,
        baselineHeapMb: baseline.heapUsed / megabyte,
        peakHeapMb: run.heap / megabyte
      };
    } finally {
      globalThis.fetch = original;
    }
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Rows in the bench table's format; no goals: the figures are for comparing runs. */
export function committeeReportRows(figures: CommitteeReportBenchFigures, locale: BenchLocale): ReportRow[] {
  const number = (value: number, digits = 0): string =>
    new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const none = committeeText(locale, 'none');
  const row = (figure: string, value: string): ReportRow => ({ figure, value, goal: none, met: none });
  return [
    row(committeeText(locale, 'figure.size'), `${number(figures.measures)} / ${number(figures.indicators)} / ${number(figures.charts)}`),
    row(committeeText(locale, 'figure.load'), `${number(figures.loadMs)} ms / ${number(figures.requests)}`),
    row(committeeText(locale, 'figure.model'), `${number(figures.modelMs)} ms`),
    row(committeeText(locale, 'figure.word'), `${number(figures.wordMs)} ms / ${number(figures.fileBytes / 1024)} KB`),
    row(committeeText(locale, 'figure.total'), `${number(figures.totalMs)} ms`),
    row(committeeText(locale, 'figure.rss'), `${number(figures.baselineRssMb)} MB / ${number(figures.peakRssMb)} MB`),
    row(committeeText(locale, 'figure.heap'), `${number(figures.baselineHeapMb)} MB / ${number(figures.peakHeapMb)} MB`)
  ];
}
