import type { PlanPeriodInfo } from './planPeriods';
import type { SeedItem } from './types';
import { localDate, wallClockToIso, type LocalDate } from './wallClock';

/**
 * A seeded pair of years for the committee report's "Änderungen seit dem letzten Bericht". The
 * demo collects last year's values this year, so this year's report is on last year; the one before
 * it, on the year before last, was stored in "Berichte" on 20 November last year. The catalogue was
 * created before that report; after it one measure changed, one was dropped, one added with a new
 * indicator. Every item's fields are as the rest of the demo seeds them; only its creation and earlier version differ.
 */
export function withReportHistory(
  lists: Record<string, SeedItem[]>,
  periods: { readonly periods: readonly PlanPeriodInfo[]; readonly current: PlanPeriodInfo },
  today: LocalDate,
  demoMeasureIds: readonly number[]
): Record<string, SeedItem[]> {
  const { current } = periods;
  const year = today.year;
  const reportPeriod = periods.periods.find((period) => period.startYear <= year - 2 && year - 2 <= period.endYear);
  const reportAt = wallClockToIso(localDate(year - 1, 11, 20), 10 * 60);
  const catalogueAt = wallClockToIso(localDate(Math.min(current.startYear, year - 1), 1, 10), 9 * 60);
  // Between the report and the turn of the year: in the past whatever day of the year the seed runs.
  const after = (day: number): string => wallClockToIso(localDate(year - 1, 12, day), 11 * 60);

  const demo = new Set(demoMeasureIds);
  const measures = (lists.Measures ?? []).map((item): SeedItem => ({ ...item, created: item.created ?? catalogueAt }));
  const ofPeriod = measures.map((item, index) => ({ item, id: index + 1 })).filter(({ item, id }) => demo.has(id) && item.fields.PlanPeriodId === current.id);
  const changed = ofPeriod.find(({ item }) => item.fields.MeasureStatus === 'in Umsetzung');
  const dropped = ofPeriod.find(({ item }) => item.fields.MeasureStatus === 'entfallen');
  const added = ofPeriod.filter((entry) => entry !== changed && entry !== dropped).pop();
  if (changed) {
    const description = changed.item.fields.Description;
    const earlier = { MeasureStatus: 'geplant', ...(typeof description === 'string' && description !== '' ? { Description: `${description} (Entwurf)` } : {}) };
    measures[changed.id - 1] = { ...changed.item, earlier: { fields: earlier, changedAt: after(5) } };
  }
  if (dropped) {
    measures[dropped.id - 1] = { ...dropped.item, earlier: { fields: { MeasureStatus: 'in Umsetzung' }, changedAt: after(12) } };
  }
  if (added) {
    measures[added.id - 1] = { ...added.item, created: after(1) };
  }
  const indicators = (lists.Indicators ?? []).map((item): SeedItem => ({ ...item, created: item.created ?? (added && item.fields.MeasureId === added.id ? after(1) : catalogueAt) }));
  const title = `Jahresbericht ${year - 2} an den Ausschuss`;
  const report: SeedItem = {
    created: reportAt,
    fields: { Title: title, ReportType: 'Jahresbericht', ReportYear: year - 2, ...(reportPeriod ? { PlanPeriodId: reportPeriod.id } : {}) },
    file: { name: `Jahresbericht_${year - 2}_${reportAt.slice(0, 10)}.docx`, content: minimalDocx([title, 'Stadt Musterstadt – Büro für Integration']).toString('base64') }
  };
  // The library is found by its URL name, Berichte.
  return { ...lists, Measures: measures, Indicators: indicators, Berichte: [...(lists.Berichte ?? []), report] };
}

/** The smallest Word document that opens: one paragraph per line, packed without compression. */
function minimalDocx(lines: readonly string[]): Buffer {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  return storedZip([
    [
      '[Content_Types].xml',
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
    ],
    [
      '_rels/.rels',
      `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
    ],
    [
      'word/document.xml',
      `${head}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map((line) => `<w:p><w:r><w:t>${escape(line)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`
    ]
  ]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with stored (uncompressed) entries: local headers, central directory, end record. */
function storedZip(entries: ReadonlyArray<readonly [string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
