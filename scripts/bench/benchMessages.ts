/** User-facing texts of `npm run bench`, German first with an English localisation. */
export type BenchLocale = 'de' | 'en';

export const benchMessages = {
  'bench.title': { de: 'Leistungsmessung Maßnahmenkatalog', en: 'Measure catalogue benchmark' },
  'bench.step.bundle': { de: 'Baue das Paket (gulp bundle --ship) …', en: 'Building the bundle (gulp bundle --ship) …' },
  'bench.step.workbench': { de: 'Baue die lokale Workbench …', en: 'Building the local workbench …' },
  'bench.step.emulators': { de: 'Starte Emulatoren (demo, large) …', en: 'Starting emulators (demo, large) …' },
  'bench.step.run': { de: '{0} ({1}): {2} ms, {3} Maßnahmen, {4} API-Anfragen', en: '{0} ({1}): {2} ms, {3} measures, {4} API requests' },
  'bench.step.measured': { de: 'Lauf {0}', en: 'Run {0}' },
  'bench.step.warmup': { de: 'Aufwärmlauf', en: 'Warm-up' },
  'bench.column.figure': { de: 'Kennzahl', en: 'Figure' },
  'bench.column.value': { de: 'Wert', en: 'Value' },
  'bench.column.goal': { de: 'Ziel', en: 'Goal' },
  'bench.column.met': { de: 'erreicht', en: 'met' },
  'bench.figure.smallRender': { de: 'Erste Anzeige, ~50 Maßnahmen (Median)', en: 'First render, ~50 measures (median)' },
  'bench.figure.largeRender': { de: 'Erste Anzeige, ~5.000 Maßnahmen (Median)', en: 'First render, ~5,000 measures (median)' },
  'bench.figure.renderRatio': { de: 'Verhältnis groß / klein', en: 'Ratio large / small' },
  'bench.figure.smallData': { de: '  davon bis zur letzten API-Antwort (klein)', en: '  of which until the last API response (small)' },
  'bench.figure.largeData': { de: '  davon bis zur letzten API-Antwort (groß)', en: '  of which until the last API response (large)' },
  'bench.figure.smallAfterData': { de: '  danach Verarbeiten und Anzeigen (klein)', en: '  then processing and rendering (small)' },
  'bench.figure.largeAfterData': { de: '  danach Verarbeiten und Anzeigen (groß)', en: '  then processing and rendering (large)' },
  'bench.figure.afterDataRatio': { de: 'Verarbeiten und Anzeigen nach den Daten, groß / klein', en: 'Processing and rendering after the data, large / small' },
  'bench.figure.longestTaskAfterData': { de: 'Längste Aufgabe nach den Daten (groß, schlechtester Lauf)', en: 'Longest task after the data (large, worst run)' },
  'bench.figure.largeLongTasks': { de: 'Lange Aufgaben im Hauptthread bis zur Anzeige (groß)', en: 'Long main-thread tasks until render (large)' },
  'bench.figure.largeLongestTask': { de: 'Längste einzelne Aufgabe (groß)', en: 'Longest single task (large)' },
  'bench.figure.largeRowsInDom': { de: 'Maßnahmenzeilen im DOM bei erster Anzeige (groß)', en: 'Measure rows in the DOM at first render (large)' },
  'bench.figure.smallCount': { de: 'Angezeigte Maßnahmen (demo)', en: 'Measures shown (demo)' },
  'bench.figure.largeCount': { de: 'Angezeigte Maßnahmen (large)', en: 'Measures shown (large)' },
  'bench.figure.requests': { de: 'Anfragen an /_api/ (large)', en: 'Requests to /_api/ (large)' },
  'bench.figure.measureRequests': { de: '  davon an die Liste Maßnahmen', en: '  of which to the Measures list' },
  'bench.figure.bundleRaw': { de: 'Gemeinsames Paket der Webparts, roh', en: 'Shared bundle of the web parts, raw' },
  'bench.figure.bundleGzip': { de: 'Gemeinsames Paket der Webparts, gzip', en: 'Shared bundle of the web parts, gzip' },
  'bench.figure.ownGzip': { de: '  davon eigener Code, gzip', en: '  of which own code, gzip' },
  'bench.figure.libraryGzip': { de: '  davon Bibliotheken, gzip (Differenz)', en: '  of which libraries, gzip (difference)' },
  'bench.figure.lazyGzip': { de: 'Bei Bedarf nachgeladen (Excel, Word, Diagramme), gzip', en: 'Loaded on demand (Excel, Word, charts), gzip' },
  'bench.figure.pageGzip': { de: 'Seite mit allen Webparts lädt, gzip', en: 'A page with all web parts downloads, gzip' },
  'bench.figure.largestWebPartGzip': { de: 'Schwerster einzelner Webpart, gzip', en: 'Heaviest single web part, gzip' },
  'bench.figure.pageRatio': { de: 'Seite / schwerster Webpart', en: 'Page / heaviest web part' },
  'bench.unit.ms': { de: '{0} ms', en: '{0} ms' },
  'bench.unit.kb': { de: '{0} KB', en: '{0} KB' },
  'bench.unit.factor': { de: '{0}', en: '{0}' },
  'bench.goal.atMost': { de: '≤ {0}', en: '≤ {0}' },
  'bench.none': { de: '–', en: '–' },
  'bench.notMeasured': { de: 'nicht gemessen', en: 'not measured' },
  'bench.method.render': {
    de: 'Anzeige: Chromium (headless), je Katalog 1 Aufwärmlauf und {0} Läufe abwechselnd, jeweils frischer Browserkontext; Zeit von der Navigation bis zum ersten gezeichneten Frame mit sichtbarer Maßnahmenzeile und ohne Ladeanzeige, gemessen mit performance.now() der Seite; Medianwerte.',
    en: 'Render: headless Chromium, per catalogue 1 warm-up and {0} alternating runs, each in a fresh browser context; time from navigation to the first painted frame with a visible measure row and no loading indicator, taken with the page\'s performance.now(); medians.'
  },
  'bench.method.requests': {
    de: 'Anfragen: alle Requests der Seite mit /_api/ im Pfad (page.on("request")), davon die mit /Lists/Measures in der Adresse; Median der Messläufe.',
    en: 'Requests: every request of the page with /_api/ in its path (page.on("request")), of those the ones addressing /Lists/Measures; median of the measured runs.'
  },
  'bench.method.bundle': {
    de: 'Paket: gulp bundle --ship (Projekt-gulpfile, ergänzt um Webpack-Statistik und versteckte Source Maps); eigener Code = minifizierte Abschnitte, die laut Source Map aus lib/ oder src/ stammen ({0} Dateien, {1} Module laut Statistik), für sich mit gzip -9 gepackt; Bibliotheken = gzip gesamt minus eigener Code; 1 KB = 1024 Byte.',
    en: 'Bundle: gulp bundle --ship (the project gulpfile plus webpack stats and hidden source maps); own code = minified segments the source map attributes to lib/ or src/ ({0} files, {1} modules in the stats), compressed on their own with gzip -9; libraries = total gzip minus own code; 1 KB = 1024 bytes.'
  },
  'bench.written': { de: 'Ergebnisse gespeichert in {0}', en: 'Results written to {0}' },
  'bench.yes': { de: 'ja', en: 'yes' },
  'bench.no': { de: 'nein', en: 'no' },
  'bench.failed': { de: 'Messung fehlgeschlagen: {0}', en: 'Measurement failed: {0}' },
  'bench.fewMeasures': {
    de: 'Der große Katalog zeigt nur {0} Maßnahmen; erwartet wurden mehrere Tausend.',
    en: 'The large catalogue shows only {0} measures; thousands were expected.'
  }
} as const;

export type BenchMessageKey = keyof typeof benchMessages;

/** The shell's language decides; German is the product's default. */
export function benchLocale(env: NodeJS.ProcessEnv = process.env): BenchLocale {
  const language = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return language.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export function benchText(locale: BenchLocale, key: BenchMessageKey, ...args: ReadonlyArray<string | number>): string {
  return benchMessages[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
