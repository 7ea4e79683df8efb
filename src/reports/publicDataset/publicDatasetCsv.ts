import { disclosureCellNames } from '../../domain';
import type { PublicDataset } from './publicDataset';
import { cellText, publicDatasetColumns } from './publicDatasetFormat';

const byteOrderMark = '\uFEFF';
const separator = ';';
const lineEnd = '\r\n';

/**
 * The dataset as German Excel opens it with a double click: UTF-8 with a byte order mark (else
 * Excel reads it as Windows-1252 and breaks the umlauts), `;` between fields (the comma is the
 * decimal mark), CRLF line ends, decimal comma. Fields are quoted per RFC 4180 when they hold the
 * separator, a quote or a line break.
 */
export function publicDatasetCsv(dataset: PublicDataset): string {
  const lines = [publicDatasetColumns.map(csvField)];
  for (const row of dataset.rows) {
    lines.push([row.indicator, row.unit, String(row.year), ...disclosureCellNames.map((name) => cellText(row.count[name], false))].map(csvField));
  }
  return byteOrderMark + lines.map((fields) => fields.join(separator)).join(lineEnd) + lineEnd;
}

/** One field, quoted (and its quotes doubled) only when it has to be. */
export function csvField(value: string): string {
  return /[";\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
