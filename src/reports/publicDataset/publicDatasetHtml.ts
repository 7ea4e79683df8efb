import { disclosureCellNames, disclosureMark, disclosureMarks } from '../../domain';
import type { DisclosureCell } from '../../domain';
import type { PublicDataset } from './publicDataset';
import { yearsLabel } from './publicDataset';
import { germanNumber, markLegend, publicDatasetColumns } from './publicDatasetFormat';

export interface PublicDatasetPageInfo {
  /** The released report the dataset belongs to. */
  readonly reportTitle: string;
  /** "TT.MM.JJJJ" of the Beirat's session that released it. */
  readonly releasedOn: string;
  /** "TT.MM.JJJJ" of the publication. */
  readonly publishedOn: string;
}

/** What a screen reader says for a mark, where the sign alone would be read out as punctuation. */
const spokenMarks: Readonly<Record<string, string>> = { '<5': 'weniger als 5', '.': 'geheim zu halten oder unbekannt', x: 'nicht sinnvoll' };

/**
 * The dataset as a page anyone can open without a program: German, one table with caption and
 * header cells (`scope`), the legend of the marks, no scripts and no external resources, so it
 * can be put on the city's website as it is.
 */
export function publicDatasetHtml(dataset: PublicDataset, info: PublicDatasetPageInfo): string {
  const years = yearsLabel(dataset.years);
  const title = `Kennzahlen zur Integrationsplanung ${years}`;
  const open = dataset.years.filter((year) => !dataset.publishedYears.includes(year));
  const head = publicDatasetColumns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = dataset.rows
    .map((row) => {
      const cells = disclosureCellNames.map((name) => `<td class="number">${cellHtml(row.count[name])}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(row.indicator)}</th><td>${escapeHtml(row.unit)}</td><td class="number">${row.year}</td>${cells}</tr>`;
    })
    .join('\n');
  const legend = disclosureMarks.map((mark) => `<dt>${escapeHtml(mark)}</dt><dd>${escapeHtml(markLegend[mark])}</dd>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:Segoe UI,Arial,sans-serif;margin:2rem;color:#1b1b1b;line-height:1.5}table{border-collapse:collapse}caption{text-align:left;font-weight:600;padding:.5rem 0}th,td{border:1px solid #8a8886;padding:.25rem .5rem;vertical-align:top}thead th{background:#f3f2f1}th[scope=row]{text-align:left;font-weight:normal}.number{text-align:right;white-space:nowrap}dt{font-weight:600;float:left;clear:left;min-width:2.5rem}dd{margin-left:3rem}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Zum Bericht „${escapeHtml(info.reportTitle)}“, vom Beirat freigegeben am ${escapeHtml(info.releasedOn)}, veröffentlicht am ${escapeHtml(info.publishedOn)}. Enthalten sind die geprüften Werte abgeschlossener Berichtsjahre.</p>`,
    ...(open.length > 0 ? [`<p>Noch nicht abgeschlossen und daher nicht enthalten: ${open.join(', ')}.</p>`] : []),
    dataset.rows.length === 0
      ? '<p>Für diese Jahre liegen keine veröffentlichten Werte vor.</p>'
      : [
          '<table>',
          `<caption>${escapeHtml(title)}: Gesamtzahl und Aufteilung nach Geschlecht; kleine Zahlen sind geheim gehalten (Zeichenerklärung unter der Tabelle)</caption>`,
          `<thead><tr>${head}</tr></thead>`,
          `<tbody>\n${body}\n</tbody>`,
          '</table>'
        ].join('\n'),
    '<h2>Zeichenerklärung</h2>',
    `<dl>\n${legend}\n</dl>`,
    '<p>Zahlen von 1 bis 4 werden nicht genau angegeben. Damit sie sich nicht aus der Gesamtzahl und den übrigen Angaben errechnen lassen, sind weitere Felder geheim gehalten. Ist die Gesamtzahl kleiner als 5, wird keine Aufteilung nach Geschlecht veröffentlicht.</p>',
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n');
}

function cellHtml(cell: DisclosureCell): string {
  if (cell.kind === 'shown') return germanNumber(cell.value, true);
  const mark = disclosureMark(cell)!;
  return `<abbr title="${escapeHtml(spokenMarks[mark])}">${escapeHtml(mark)}</abbr>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
