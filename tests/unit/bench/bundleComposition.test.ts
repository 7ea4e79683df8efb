import { composeBundle, decodeVlq, isOwnModulePath, lazyChunkFiles, normalizeModulePath, statsOwnCode, WebpackStats, pageFiles, pageWeights } from '../../../scripts/bench/bundleComposition';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Test-side encoder, so the fixtures say which column belongs to which source. */
function vlq(values: number[]): string {
  return values
    .map((value) => {
      let rest = value < 0 ? (-value << 1) | 1 : value << 1;
      let text = '';
      do {
        let digit = rest & 31;
        rest >>>= 5;
        if (rest > 0) {
          digit |= 32;
        }
        text += base64[digit];
      } while (rest > 0);
      return text;
    })
    .join('');
}

/** Segments as [generated column, source index] (absolute); -1 = unmapped. */
function mappings(lines: Array<Array<[number, number]>>): string {
  let source = 0;
  return lines
    .map((segments) => {
      let column = 0;
      return segments
        .map(([start, index]) => {
          const fields = index < 0 ? [start - column] : [start - column, index - source, 0, 0];
          column = start;
          if (index >= 0) {
            source = index;
          }
          return vlq(fields);
        })
        .join(',');
    })
    .join(';');
}

describe('bundle composition', () => {
  it('decodes base64 VLQ fields, including negative and multi-digit values', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CDgB')).toEqual([1, -1, 16]);
    expect(() => decodeVlq('g')).toThrow(/Truncated/);
  });

  it('tells own modules from libraries, whatever prefix webpack gave them', () => {
    expect(normalizeModulePath('webpack:///.././lib/webparts/catalogue/components/Catalogue.js')).toBe('lib/webparts/catalogue/components/Catalogue.js');
    expect(normalizeModulePath('./lib/webparts/catalogue/CatalogueWebPart.js + 410 modules')).toBe('lib/webparts/catalogue/CatalogueWebPart.js');
    expect(isOwnModulePath('webpack:///.././lib/data/catalogueRepository.js')).toBe(true);
    expect(isOwnModulePath('./src/webparts/catalogue/loc/de-de.js')).toBe(true);
    expect(isOwnModulePath('webpack:///.././node_modules/@fluentui/react/lib/DetailsList.js')).toBe(false);
    expect(isOwnModulePath('./node_modules/some-lib/lib/index.js')).toBe(false);
    expect(isOwnModulePath('webpack:///../webpack/runtime/publicPath')).toBe(false);
  });

  it('cuts the minified code along the source map into own code, libraries and other', () => {
    // line 1: "LIBLIB" from fluent, "OWN1" from lib/, "!" unmapped; line 2: runtime "RT", "OWN2ü" from src/
    const code = 'LIBLIBOWN1!\nRTOWN2ü';
    const map = {
      version: 3,
      sources: ['webpack:///.././node_modules/@fluentui/react/lib/x.js', 'webpack:///.././lib/a.js', 'webpack:///../webpack/runtime/bootstrap', 'webpack:///.././src/b.ts'],
      mappings: mappings([
        [
          [0, 0],
          [6, 1],
          [10, -1]
        ],
        [
          [0, 2],
          [2, 3]
        ]
      ])
    };
    const composition = composeBundle(code, map);
    expect(composition.ownCode).toBe('OWN1OWN2ü');
    expect(composition.ownBytes).toBe(4 + 6);
    expect(composition.libraryBytes).toBe(6);
    expect(composition.totalBytes).toBe(Buffer.byteLength(code));
    expect(composition.otherBytes).toBe(composition.totalBytes - 10 - 6);
    expect(composition.ownSources).toEqual(['lib/a.js', 'src/b.ts']);
  });

  it('refuses a source map it cannot read', () => {
    expect(() => composeBundle('x', { version: 2, sources: [], mappings: '' })).toThrow(/version 2/);
  });

  const stats: WebpackStats = {
    entrypoints: { 'catalogue-web-part': { chunks: [103], assets: [{ name: 'catalogue-web-part_1.js' }] } },
    chunks: [
      { id: 103, files: ['catalogue-web-part_1.js'] },
      { id: 147, files: ['overview-web-part_1.js'] },
      { id: 274, files: ['chunk.catalogue-xlsx_1.js'], parents: [103] },
      { id: 974, files: ['chunk.974_1.js', 'chunk.974_1.js.LICENSE.txt'], parents: [274] },
      { id: 500, files: ['chunk.overview-only.js'], parents: [147] }
    ],
    modules: [
      {
        name: './lib/webparts/catalogue/CatalogueWebPart.js + 3 modules',
        size: 5000,
        chunks: [103],
        modules: [
          { name: './lib/webparts/catalogue/CatalogueWebPart.js', size: 1000 },
          { name: './lib/data/catalogueRepository.js', size: 1500 },
          { name: './node_modules/@pnp/sp/items/types.js', size: 2500 }
        ]
      },
      { name: './node_modules/@fluentui/react/lib/index.js', size: 300, chunks: [103] },
      { name: './lib/webparts/overview/OverviewWebPart.js', size: 700, chunks: [147] },
      { name: 'external amd "react"', size: 42, chunks: [103] }
    ]
  };

  it('counts own and library modules of the entry only, looking inside concatenated modules', () => {
    expect(statsOwnCode(stats, 'catalogue-web-part')).toEqual({
      asset: 'catalogue-web-part_1.js',
      ownModules: 2,
      libraryModules: 2,
      ownSourceBytes: 2500,
      librarySourceBytes: 2800
    });
    expect(() => statsOwnCode(stats, 'missing-web-part')).toThrow(/no entry point/);
  });

  it('finds the chunks an entry loads on demand, at any depth, and only JavaScript', () => {
    expect(lazyChunkFiles(stats, 'catalogue-web-part').sort()).toEqual(['chunk.974_1.js', 'chunk.catalogue-xlsx_1.js']);
  });
});

describe('page weights of the shared bundle', () => {
  const stats: WebpackStats = {
    entrypoints: { 'integrationsplanung-web-parts': { assets: [{ name: 'integrationsplanung-web-parts_1.js' }] } },
    namedChunkGroups: {
      'integrationsplanung-web-parts': { assets: [{ name: 'integrationsplanung-web-parts_1.js' }] },
      'overview-view': { assets: [{ name: 'chunk.fluent_1.js' }, { name: 'chunk.overview-view_1.js' }] },
      'catalogue-view': { assets: [{ name: 'chunk.fluent_1.js' }, { name: 'chunk.grid_1.js' }, { name: 'chunk.catalogue-view_1.js' }, { name: 'chunk.catalogue-view_1.js.map' }] },
      'catalogue-xlsx': { assets: [{ name: 'chunk.catalogue-xlsx_1.js' }] }
    }
  };
  const sizes: Record<string, number> = {
    'integrationsplanung-web-parts_1.js': 100,
    'chunk.fluent_1.js': 50,
    'chunk.overview-view_1.js': 5,
    'chunk.grid_1.js': 20,
    'chunk.catalogue-view_1.js': 10,
    'chunk.catalogue-xlsx_1.js': 300
  };

  it('counts the shared bundle and a vendor chunk two views share once for the page', () => {
    const weights = pageWeights(pageFiles(stats, 'integrationsplanung-web-parts'), (file) => sizes[file]);
    expect(weights.perWebPart).toEqual({ overview: 155, catalogue: 180 });
    expect(weights.largest).toEqual({ name: 'catalogue', bytes: 180 });
    // 100 + 50 + 5 + 20 + 10: the Excel chunk is loaded on a click, not with the page.
    expect(weights.page).toBe(185);
  });

  it('says so when the build named no view chunk', () => {
    expect(() => pageFiles({ entrypoints: stats.entrypoints }, 'integrationsplanung-web-parts')).toThrow(/no view chunk group/);
    expect(() => pageFiles(stats, 'catalogue-web-part')).toThrow(/no JavaScript for the entry point/);
  });
});
