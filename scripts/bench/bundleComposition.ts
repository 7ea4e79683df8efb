/**
 * Splits a minified webpack bundle into own code and libraries. Pure: takes the bundle text,
 * its source map and the webpack stats; the caller reads the files and gzips the parts.
 *
 * Method: every mapped segment of the minified output belongs to the source its mapping
 * names (source-map-explorer's approach). Own code is what comes from the project's `lib/`
 * (tsc output of `src/`) or `src/`; everything under `node_modules/` is a library; the
 * webpack runtime and unmapped glue count as neither and are reported as such.
 */

export interface RawSourceMap {
  readonly version: number;
  readonly sources: readonly string[];
  readonly mappings: string;
}

export interface BundleComposition {
  /** Own code's minified text, in bundle order, for gzipping on its own. */
  readonly ownCode: string;
  readonly ownBytes: number;
  readonly libraryBytes: number;
  /** Webpack runtime and characters no mapping covers (wrappers, separators). */
  readonly otherBytes: number;
  readonly totalBytes: number;
  /** Own sources seen in the map, e.g. `lib/webparts/catalogue/components/Catalogue.js`. */
  readonly ownSources: readonly string[];
}

export interface StatsModule {
  readonly name?: string;
  readonly size?: number;
  readonly chunks?: ReadonlyArray<string | number>;
  readonly modules?: readonly StatsModule[];
}

export interface StatsChunk {
  readonly id: string | number;
  readonly initial?: boolean;
  readonly files?: readonly string[];
  readonly parents?: ReadonlyArray<string | number>;
}

interface StatsChunkGroup {
  readonly chunks?: ReadonlyArray<string | number>;
  readonly assets?: ReadonlyArray<{ readonly name: string } | string>;
}

export interface WebpackStats {
  readonly chunks?: readonly StatsChunk[];
  readonly entrypoints?: Readonly<Record<string, StatsChunkGroup>>;
  /** Chunk groups by name: entry points and the chunks named with `webpackChunkName`. */
  readonly namedChunkGroups?: Readonly<Record<string, StatsChunkGroup>>;
  readonly modules?: readonly StatsModule[];
}

export interface StatsOwnCode {
  /** The entry's JavaScript file in dist/. */
  readonly asset: string;
  readonly ownModules: number;
  readonly libraryModules: number;
  /** Unminified module sizes as webpack reports them. */
  readonly ownSourceBytes: number;
  readonly librarySourceBytes: number;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Map([...base64].map((character, index) => [character, index]));

/** Decodes one segment's base64 VLQ fields (source map v3). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = base64Values.get(character);
    if (digit === undefined) {
      throw new Error(`Invalid base64 VLQ character '${character}' in source map`);
    }
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  if (shift !== 0) {
    throw new Error('Truncated base64 VLQ segment in source map');
  }
  return values;
}

/** `webpack:///../lib/x.js`, `webpack://ns/./node_modules/y.js`, `./lib/x.js + 3 modules` → `lib/x.js`, `node_modules/y.js`. */
export function normalizeModulePath(path: string): string {
  return path
    .replace(/ \+ \d+ modules?$/, '')
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/\\/g, '/')
    .replace(/^(\.{1,2}\/)+/, '');
}

export function isOwnModulePath(path: string): boolean {
  const normalized = normalizeModulePath(path);
  return !/(^|\/)node_modules\//.test(normalized) && /^(lib|src)\//.test(normalized);
}

export function isLibraryModulePath(path: string): boolean {
  return /(^|\/)node_modules\//.test(normalizeModulePath(path));
}

/** Attributes every character of the minified bundle to own code, libraries or other. */
export function composeBundle(code: string, map: RawSourceMap): BundleComposition {
  if (map.version !== 3) {
    throw new Error(`Unsupported source map version ${map.version}`);
  }
  const own = map.sources.map(isOwnModulePath);
  const library = map.sources.map(isLibraryModulePath);
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const ownParts: string[] = [];
  const ownSources = new Set<number>();
  let ownBytes = 0;
  let libraryBytes = 0;
  let sourceIndex = 0;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    const line = lines[lineIndex];
    // Source map columns count UTF-16 code units, as JavaScript strings do.
    const segments: Array<{ column: number; source?: number }> = [];
    let column = 0;
    for (const text of (mappingLines[lineIndex] ?? '').split(',')) {
      if (text === '') {
        continue;
      }
      const fields = decodeVlq(text);
      column += fields[0];
      if (fields.length >= 4) {
        sourceIndex += fields[1];
        segments.push({ column, source: sourceIndex });
      } else {
        segments.push({ column });
      }
    }
    segments.sort((a, b) => a.column - b.column);
    for (let index = 0; index < segments.length; index += 1) {
      const { column: start, source } = segments[index];
      const end = index + 1 < segments.length ? segments[index + 1].column : line.length;
      if (source === undefined || end <= start) {
        continue;
      }
      const text = line.slice(start, end);
      const bytes = Buffer.byteLength(text, 'utf8');
      if (own[source]) {
        ownParts.push(text);
        ownSources.add(source);
        ownBytes += bytes;
      } else if (library[source]) {
        libraryBytes += bytes;
      }
    }
  }
  const totalBytes = Buffer.byteLength(code, 'utf8');
  return {
    ownCode: ownParts.join(''),
    ownBytes,
    libraryBytes,
    otherBytes: totalBytes - ownBytes - libraryBytes,
    totalBytes,
    ownSources: [...ownSources].map((index) => normalizeModulePath(map.sources[index])).sort()
  };
}

function flatten(modules: readonly StatsModule[]): StatsModule[] {
  // A concatenated module ("x.js + 410 modules") lists the real modules inside it.
  return modules.flatMap((module) => (module.modules && module.modules.length > 0 ? flatten(module.modules) : [module]));
}

/** Own and library modules of an entry point's chunks, from `webpack --json`-style stats. */
export function statsOwnCode(stats: WebpackStats, entryName: string): StatsOwnCode {
  const entry = stats.entrypoints?.[entryName];
  if (!entry) {
    throw new Error(`The webpack stats have no entry point '${entryName}'`);
  }
  const asset = (entry.assets ?? []).map((candidate) => (typeof candidate === 'string' ? candidate : candidate.name)).find((name) => name.endsWith('.js'));
  if (!asset) {
    throw new Error(`The entry point '${entryName}' has no JavaScript asset`);
  }
  const chunks = new Set((entry.chunks ?? []).map(String));
  const inEntry = (stats.modules ?? []).filter((module) => (module.chunks ?? []).some((chunk) => chunks.has(String(chunk))));
  let ownModules = 0;
  let libraryModules = 0;
  let ownSourceBytes = 0;
  let librarySourceBytes = 0;
  for (const module of flatten(inEntry)) {
    const name = module.name ?? '';
    if (isOwnModulePath(name)) {
      ownModules += 1;
      ownSourceBytes += module.size ?? 0;
    } else if (isLibraryModulePath(name)) {
      libraryModules += 1;
      librarySourceBytes += module.size ?? 0;
    }
  }
  return { asset, ownModules, libraryModules, ownSourceBytes, librarySourceBytes };
}

/** JavaScript files of the chunks an entry point loads on demand (e.g. the Excel export), at any depth. */
export function lazyChunkFiles(stats: WebpackStats, entryName: string): string[] {
  const reached = new Set((stats.entrypoints?.[entryName]?.chunks ?? []).map(String));
  const lazy: StatsChunk[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const chunk of stats.chunks ?? []) {
      if (!reached.has(String(chunk.id)) && (chunk.parents ?? []).some((parent) => reached.has(String(parent)))) {
        reached.add(String(chunk.id));
        lazy.push(chunk);
        grew = true;
      }
    }
  }
  return lazy.flatMap((chunk) => chunk.files ?? []).filter((file) => file.endsWith('.js'));
}

function javaScriptAssets(group: StatsChunkGroup | undefined): string[] {
  return (group?.assets ?? []).map((asset) => (typeof asset === 'string' ? asset : asset.name)).filter((name) => name.endsWith('.js'));
}

/** What a page downloads for the product's web parts: the shared bundle, and per web part its view's chunks. */
export interface PageFiles {
  readonly entry: readonly string[];
  /** The JavaScript each web part's view needs when it renders (its `<name>-view` chunk group). */
  readonly views: Readonly<Record<string, readonly string[]>>;
}

/**
 * The JavaScript files behind each web part of one SPFx bundle: its entry's files plus the chunk group
 * named `<web part>-view` (split vendor chunks included). Chunks loaded on a user's action (Excel,
 * Word, charts) belong to other groups and are left out, as they are not part of showing the page.
 */
export function pageFiles(stats: WebpackStats, entryName: string): PageFiles {
  const entry = javaScriptAssets(stats.entrypoints?.[entryName]);
  if (entry.length === 0) {
    throw new Error(`The webpack stats have no JavaScript for the entry point '${entryName}'`);
  }
  const views: Record<string, readonly string[]> = {};
  for (const [name, group] of Object.entries(stats.namedChunkGroups ?? {})) {
    if (name.endsWith('-view')) {
      views[name.slice(0, -'-view'.length)] = javaScriptAssets(group);
    }
  }
  if (Object.keys(views).length === 0) {
    throw new Error('The webpack stats name no view chunk group (webpackChunkName "<web part>-view")');
  }
  return { entry, views };
}

/** Bytes a page with all web parts downloads vs the heaviest single web part, each file counted once. */
export function pageWeights(files: PageFiles, sizeOf: (file: string) => number): { page: number; largest: { name: string; bytes: number }; perWebPart: Record<string, number> } {
  const total = (names: Iterable<string>): number => [...new Set(names)].reduce((sum, file) => sum + sizeOf(file), 0);
  const perWebPart = Object.fromEntries(Object.entries(files.views).map(([name, view]) => [name, total([...files.entry, ...view])]));
  const [name, bytes] = Object.entries(perWebPart).sort((a, b) => b[1] - a[1])[0];
  return { page: total([...files.entry, ...Object.values(files.views).flat()]), largest: { name, bytes }, perWebPart };
}
