/**
 * `npm run bench`: how the measure catalogue scales from ~50 to ~5,000 measures, how many
 * requests it needs for them, and what its SPFx bundle weighs; then how 2,000 indicator values
 * are submitted batched versus one request each; then the meeting round (free/busy, planner,
 * booking of 40 meetings); then the copy of the large catalogue (5,000 measures and more) into
 * the next plan period; then the annual committee report for the large seed (time, peak memory).
 * `npm run bench -- indicators` / `-- round` / `-- copy` / `-- committee` runs only that part
 * (no bundle, no browser); `-- catalogue` only the catalogue's rendering in the browser (no
 * bundle; the bundle figures of an earlier full run stay in catalogue.json). Machines here are shared and
 * noisy, so it reports medians and ratios, never absolute-time goals.
 * Exit code 0 when everything was measured (goals missed are reported, not failures),
 * 1 when a measurement failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startEmulator, RunningEmulator } from '../local/emulator/server';
import type { SeedName } from '../local/seed';
import { launchBrowser } from '../tests/e2e/support/browser';
import { benchLocale, benchText, BenchMessageKey } from './bench/benchMessages';
import { afterDataFigures, AfterDataFigures, BenchFigures, formatTable, methodNotes, renderRatioOf, reportRows, RenderSummary, summarizeRuns } from './bench/benchReport';
import { BundleFigures, measureBundle, runShipBundle } from './bench/bundleSize';
import { RenderRun, timeCatalogueRender } from './bench/renderTiming';
import { benchIndicatorSubmit, IndicatorBenchFigures, indicatorReportRows, indicatorText } from './bench/indicatorSubmit';
import { benchMeetingRound, RoundBenchFigures, roundGoals, roundReportRows, roundText } from './bench/meetingRound';
import { benchPlanPeriodCopy, copyGoals, copyReportRows, copyText, CopyBenchFigures, perThousand } from './bench/planPeriodCopy';
import { benchCommitteeReport, committeeReportRows, committeeText, CommitteeReportBenchFigures } from './bench/committeeReport';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWorkbench } = require('./buildWorkbench') as { buildWorkbench: (dir: string) => Promise<unknown> };

const root = path.resolve(__dirname, '..');
const resultFile = path.join(root, 'temp', 'bench', 'catalogue.json');
const indicatorResultFile = path.join(root, 'temp', 'bench', 'indicators.json');
const roundResultFile = path.join(root, 'temp', 'bench', 'round.json');
const copyResultFile = path.join(root, 'temp', 'bench', 'copy.json');
const committeeResultFile = path.join(root, 'temp', 'bench', 'committee-report.json');
const coordinator = 'koordination@stadt.example';
const measuredRuns = 5;
/** The large seed adds 5,000 measures to the demo catalogue; far fewer means it did not load. */
const minimumLargeMeasures = 5000;

const locale = benchLocale();
const say = (key: BenchMessageKey, ...args: Array<string | number>): void => console.log(benchText(locale, key, ...args));

/** Everything started here is stopped in reverse order, on success, failure or Ctrl+C. */
const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(1));
  });
}

function temporaryDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function emulatorWith(seed: SeedName, staticDir: string): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0, dataDir: temporaryDir(`ip365-bench-${seed}-`), seed, staticDir });
  cleanups.push(() => emulator.close());
  return emulator;
}

async function measureBundleFigures(): Promise<BundleFigures> {
  say('bench.step.bundle');
  await runShipBundle(root, path.join(root, 'temp', 'bench', 'gulp-bundle.log'));
  return measureBundle(root);
}

interface RenderFigures extends AfterDataFigures {
  readonly small: RenderSummary;
  readonly large: RenderSummary;
}

async function measureRendering(): Promise<RenderFigures> {
  say('bench.step.workbench');
  const staticDir = temporaryDir('ip365-bench-wb-');
  await buildWorkbench(staticDir);
  say('bench.step.emulators');
  const small = await emulatorWith('demo', staticDir);
  const large = await emulatorWith('large', staticDir);
  const browser: Browser = await launchBrowser();
  cleanups.push(() => browser.close());

  const catalogues = [
    { name: 'demo', url: small.url, runs: [] as RenderRun[] },
    { name: 'large', url: large.url, runs: [] as RenderRun[] }
  ];
  // Run 0 warms up the browser, the emulators and the OS caches; then the two catalogues
  // alternate so that a noisy neighbour hits both alike.
  for (let run = 0; run <= measuredRuns; run += 1) {
    for (const catalogue of catalogues) {
      const result = await timeCatalogueRender(browser, catalogue.url, coordinator);
      const label = run === 0 ? benchText(locale, 'bench.step.warmup') : benchText(locale, 'bench.step.measured', run);
      say('bench.step.run', label, catalogue.name, Math.round(result.firstRenderMs), result.measuresShown, result.apiRequests);
      if (run > 0) {
        catalogue.runs.push(result);
      }
    }
  }
  const [smallSummary, largeSummary] = catalogues.map((catalogue) => summarizeRuns(catalogue.runs));
  if (largeSummary.measuresShown < minimumLargeMeasures) {
    throw new Error(benchText(locale, 'bench.fewMeasures', largeSummary.measuresShown));
  }
  return { small: smallSummary, large: largeSummary, ...afterDataFigures(smallSummary, largeSummary, catalogues[1].runs) };
}

/** The indicator submit section: its own table, its own result file. */
async function indicatorSection(failures: string[]): Promise<void> {
  console.log('');
  console.log(indicatorText(locale, 'title'));
  let figures: IndicatorBenchFigures | undefined;
  try {
    figures = await benchIndicatorSubmit(locale);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return;
  }
  console.log('');
  console.log(formatTable(indicatorReportRows(figures, locale), locale));
  console.log('');
  console.log(indicatorText(locale, 'method', figures.latencyMs));
  fs.mkdirSync(path.dirname(indicatorResultFile), { recursive: true });
  fs.writeFileSync(indicatorResultFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version }, ...figures }, null, 2)}\n`);
  say('bench.written', path.relative(root, indicatorResultFile));
}

/** The meeting round section ("Gesprächsrunde"): its own table, its own result file. */
async function roundSection(failures: string[]): Promise<void> {
  console.log('');
  console.log(roundText(locale, 'title'));
  let figures: RoundBenchFigures | undefined;
  try {
    figures = await benchMeetingRound(locale);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return;
  }
  console.log('');
  console.log(formatTable(roundReportRows(figures, locale), locale));
  console.log('');
  console.log(roundText(locale, 'method', figures.departments, figures.firstDay, figures.lastDay, figures.plannerRuns));
  fs.mkdirSync(path.dirname(roundResultFile), { recursive: true });
  fs.writeFileSync(roundResultFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version }, goals: roundGoals, ...figures }, null, 2)}\n`);
  say('bench.written', path.relative(root, roundResultFile));
}

/** The copy into the next plan period ("Nächste Fortschreibung vorbereiten"): its own table, its own result file. */
async function copySection(failures: string[]): Promise<void> {
  console.log('');
  console.log(copyText(locale, 'title'));
  let figures: CopyBenchFigures | undefined;
  try {
    figures = await benchPlanPeriodCopy(locale);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return;
  }
  console.log('');
  console.log(formatTable(copyReportRows(figures, locale), locale));
  console.log('');
  console.log(copyText(locale, 'method', figures.latencyMs));
  fs.mkdirSync(path.dirname(copyResultFile), { recursive: true });
  fs.writeFileSync(
    copyResultFile,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version }, goals: copyGoals, ...figures, perThousand: perThousand(figures) }, null, 2)}\n`
  );
  say('bench.written', path.relative(root, copyResultFile));
}

/** The annual committee report for the large seed: time and peak memory in one run, its own result file. */
async function committeeSection(failures: string[]): Promise<void> {
  console.log('');
  console.log(committeeText(locale, 'title'));
  let figures: CommitteeReportBenchFigures | undefined;
  try {
    figures = await benchCommitteeReport(locale);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return;
  }
  console.log('');
  console.log(formatTable(committeeReportRows(figures, locale), locale));
  console.log('');
  console.log(committeeText(locale, 'method'));
  fs.mkdirSync(path.dirname(committeeResultFile), { recursive: true });
  fs.writeFileSync(committeeResultFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version }, ...figures }, null, 2)}\n`);
  say('bench.written', path.relative(root, committeeResultFile));
}

/** Earlier results in catalogue.json (e.g. the bundle figures), kept when only the rendering is measured again. */
function previousCatalogueResults(): Record<string, unknown> {
  try {
    return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function main(): Promise<number> {
  const only = process.argv.slice(2).find((argument) => argument === 'indicators' || argument === 'round' || argument === 'copy' || argument === 'catalogue' || argument === 'committee');
  const isCatalogueOnly = only === 'catalogue';
  if (only && !isCatalogueOnly) {
    const failures: string[] = [];
    await (only === 'indicators' ? indicatorSection(failures) : only === 'copy' ? copySection(failures) : only === 'committee' ? committeeSection(failures) : roundSection(failures));
    for (const failure of failures) {
      console.error(benchText(locale, 'bench.failed', failure));
    }
    return failures.length > 0 ? 1 : 0;
  }
  console.log(benchText(locale, 'bench.title'));
  const failures: string[] = [];
  let bundle: BundleFigures | undefined;
  let rendering: RenderFigures | undefined;
  const previous = isCatalogueOnly ? previousCatalogueResults() : {};
  // The bundle first, on its own: webpack on two cores would distort the render timings.
  if (isCatalogueOnly) {
    bundle = previous.bundle as BundleFigures | undefined;
  } else {
    try {
      bundle = await measureBundleFigures();
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  try {
    rendering = await measureRendering();
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    await cleanUp();
  }

  const figures: BenchFigures = {
    small: rendering?.small,
    large: rendering?.large,
    renderRatio: rendering ? renderRatioOf(rendering.small, rendering.large) : undefined,
    afterDataMs: rendering?.afterDataMs,
    longestTaskAfterDataMs: rendering?.longestTaskAfterDataMs,
    bundle,
    failures
  };
  console.log('');
  console.log(formatTable(reportRows(figures, locale), locale));
  console.log('');
  for (const note of methodNotes(figures, locale, measuredRuns)) {
    console.log(note);
  }
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.writeFileSync(resultFile, `${JSON.stringify({ ...previous, measuredAt: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version }, ...figures }, null, 2)}\n`);
  say('bench.written', path.relative(root, resultFile));
  if (!isCatalogueOnly) {
    await indicatorSection(failures);
    await roundSection(failures);
    await copySection(failures);
    await committeeSection(failures);
  }
  for (const failure of failures) {
    console.error(benchText(locale, 'bench.failed', failure));
  }
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    await cleanUp();
    console.error(benchText(locale, 'bench.failed', error instanceof Error ? error.message : String(error)));
    process.exit(1);
  }
);
