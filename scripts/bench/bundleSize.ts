import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { composeBundle, lazyChunkFiles, pageFiles, pageWeights, RawSourceMap, statsOwnCode, WebpackStats } from './bundleComposition';

export interface BundleFigures {
  readonly asset: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly ownGzipBytes: number;
  readonly ownRawBytes: number;
  /** Total gzip minus own gzip: what the libraries add to the download. */
  readonly libraryGzipBytes: number;
  /** Minified bytes of the webpack runtime and unmapped glue. */
  readonly otherRawBytes: number;
  readonly ownSources: number;
  readonly ownModules: number;
  readonly libraryModules: number;
  /** Chunks loaded only on demand (e.g. the Excel export), gzip, not part of the first load. */
  readonly lazyChunksGzipBytes: number;
  /** Gzipped JavaScript a page holding all our web parts downloads (shared bundle + every view, each file once). */
  readonly pageBundleGzipBytes: number;
  /** The heaviest single web part: shared bundle + its view's chunks, gzip. */
  readonly largestWebPartGzipBytes: number;
  readonly largestWebPart: string;
  readonly webPartGzipBytes: Readonly<Record<string, number>>;
}

/** All web parts are one SPFx bundle (config/config.json); each web part's view is a chunk of its own. */
const entryName = 'integrationsplanung-web-parts';

/** Level 9, as bundle-size tools (gzip-size, bundlesize) measure. */
export function gzipSize(content: string | Buffer): number {
  return zlib.gzipSync(content, { level: 9 }).length;
}

/**
 * `gulp bundle --ship` through scripts/bench/gulpfile.bench.js, which loads the project's
 * gulpfile unchanged and only adds the webpack stats file and hidden source maps.
 */
export function runShipBundle(root: string, logFile: string): Promise<void> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  return new Promise<void>((resolve, reject) => {
    const gulp = require.resolve('gulp/bin/gulp.js', { paths: [root] });
    const child = spawn(process.execPath, [gulp, 'bundle', '--ship', '--gulpfile', path.join(root, 'scripts', 'bench', 'gulpfile.bench.js'), '--cwd', root], {
      cwd: root,
      stdio: ['ignore', log, log]
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      fs.closeSync(log);
      if (code === 0) {
        resolve();
      } else {
        const errors = fs
          .readFileSync(logFile, 'utf8')
          // eslint-disable-next-line no-control-regex
          .replace(/\u001b\[[0-9;]*m/g, '')
          .split('\n')
          .filter((line) => /error/i.test(line))
          .slice(0, 5)
          .join('\n');
        reject(new Error(`gulp bundle --ship ended with ${signal ?? `exit code ${code}`} (log: ${logFile})\n${errors}`));
      }
    });
  });
}

export function measureBundle(root: string): BundleFigures {
  const statsFile = path.join(root, 'temp', 'stats', 'bench.stats.json');
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as WebpackStats;
  const fromStats = statsOwnCode(stats, entryName);
  const bundleFile = path.join(root, 'dist', fromStats.asset);
  const mapFile = `${bundleFile}.map`;
  if (!fs.existsSync(mapFile)) {
    throw new Error(`No source map ${mapFile}; the bench gulpfile did not switch on source maps`);
  }
  const code = fs.readFileSync(bundleFile, 'utf8');
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as RawSourceMap;
  const composition = composeBundle(code, map);
  if (composition.ownSources.length === 0) {
    throw new Error(`The source map of ${fromStats.asset} names no file under lib/ or src/`);
  }
  const gzipBytes = gzipSize(code);
  const ownGzipBytes = gzipSize(composition.ownCode);
  const gzipOf = (file: string): number => gzipSize(fs.readFileSync(path.join(root, 'dist', file)));
  const files = pageFiles(stats, entryName);
  const weights = pageWeights(files, gzipOf);
  const viewFiles = new Set(Object.values(files.views).flat());
  // On demand: what no view needs to render (Excel, Word, charts).
  const lazyChunksGzipBytes = lazyChunkFiles(stats, entryName)
    .filter((file) => !viewFiles.has(file))
    .reduce((sum, file) => sum + gzipOf(file), 0);
  return {
    asset: fromStats.asset,
    rawBytes: composition.totalBytes,
    gzipBytes,
    ownGzipBytes,
    ownRawBytes: composition.ownBytes,
    libraryGzipBytes: gzipBytes - ownGzipBytes,
    otherRawBytes: composition.otherBytes,
    ownSources: composition.ownSources.length,
    ownModules: fromStats.ownModules,
    libraryModules: fromStats.libraryModules,
    lazyChunksGzipBytes,
    pageBundleGzipBytes: weights.page,
    largestWebPartGzipBytes: weights.largest.bytes,
    largestWebPart: weights.largest.name,
    webPartGzipBytes: weights.perWebPart
  };
}
