import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { columnIndex, readIndicatorSheet, sheetColumns, sheetMatrix } from '../../../src/indicatorSheet';
import { isWorkbookError, readIndicatorWorkbook, writeIndicatorWorkbook } from '../../../src/indicatorSheet/xlsxSheet';
import { addAutoShowTaskpane, hasAutoShowTaskpane } from '../../../src/indicatorSheet/webExtensionParts';
import { enteredCellsOf } from '../../../src/indicatorSheet/enteredCells';
import { demoModel } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = require('../../../scripts/excelManifest');

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['Relationship', 'Override', 'Default', 'we:property', 'wetp:taskpane'].includes(name) });

async function partsOf(bytes: Uint8Array): Promise<{ zip: JSZip; xml: (name: string) => Promise<Node> }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    zip,
    xml: async (name: string) => {
      const text = await zip.file(name)?.async('string');
      if (text === undefined) throw new Error(`missing part ${name}`);
      return parser.parse(text) as Node;
    }
  };
}

describe('the workbook opens our task pane (web-extension parts)', () => {
  const solution = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../config/package-solution.json'), 'utf8')).solution;

  it('references the centrally deployed add-in by the manifest’s id and version, with Office.AutoShowTaskpaneWithDocument = true', async () => {
    const { xml } = await partsOf(await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de')));
    const extension = (await xml('xl/webextensions/webextension1.xml'))['we:webextension'] as Node;
    expect(extension['@xmlns:we']).toBe('http://schemas.microsoft.com/office/webextensions/webextension/2010/11');
    expect(String(extension['@id'])).toMatch(/^\{[0-9A-F-]{36}\}$/);
    const reference = extension['we:reference'] as Node;
    // The same id and version the Excel manifest declares (one source, src/indicatorSheet/excelAddIn.json).
    expect(reference['@id']).toBe(excel.addInId);
    expect(reference['@version']).toBe(solution.version);
    expect(reference['@store']).toBe('EXCatalog');
    expect(reference['@storeType']).toBe('EXCatalog');
    const properties = (extension['we:properties'] as { 'we:property': Node[] })['we:property'];
    expect(properties).toEqual([{ '@name': 'Office.AutoShowTaskpaneWithDocument', '@value': 'true' }]);
  });

  it('docks a visible task pane that points at the web extension, related from the package and typed in [Content_Types].xml', async () => {
    const { xml } = await partsOf(await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de')));
    const panes = (await xml('xl/webextensions/taskpanes.xml'))['wetp:taskpanes'] as Node;
    expect(panes['@xmlns:wetp']).toBe('http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11');
    const [pane] = panes['wetp:taskpane'] as Node[];
    expect(pane).toEqual(expect.objectContaining({ '@dockstate': 'right', '@visibility': '1', '@width': '350', '@row': '4' }));
    const ref = pane['wetp:webextensionref'] as Node;
    const paneRels = ((await xml('xl/webextensions/_rels/taskpanes.xml.rels')).Relationships as { Relationship: Node[] }).Relationship;
    expect(paneRels).toEqual([
      { '@Id': ref['@r:id'], '@Type': 'http://schemas.microsoft.com/office/2011/relationships/webextension', '@Target': 'webextension1.xml' }
    ]);
    const packageRels = ((await xml('_rels/.rels')).Relationships as { Relationship: Node[] }).Relationship;
    const toPanes = packageRels.filter((rel) => rel['@Type'] === 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes');
    expect(toPanes).toEqual([expect.objectContaining({ '@Target': 'xl/webextensions/taskpanes.xml' })]);
    // The workbook's own relationship is still there, and ids stay unique.
    expect(packageRels.some((rel) => String(rel['@Type']).endsWith('/officeDocument'))).toBe(true);
    expect(new Set(packageRels.map((rel) => rel['@Id'])).size).toBe(packageRels.length);
    const overrides = ((await xml('[Content_Types].xml')).Types as { Override: Node[] }).Override;
    expect(overrides.filter((override) => String(override['@PartName']).startsWith('/xl/webextensions/'))).toEqual([
      { '@PartName': '/xl/webextensions/taskpanes.xml', '@ContentType': 'application/vnd.ms-office.webextensiontaskpanes+xml' },
      { '@PartName': '/xl/webextensions/webextension1.xml', '@ContentType': 'application/vnd.ms-office.webextension+xml' }
    ]);
  });

  it('keeps the workbook readable by exceljs and the sheet reader', async () => {
    const model = demoModel();
    const bytes = await addAutoShowTaskpane(await writeIndicatorWorkbook(model, 'de'));
    const content = await readIndicatorWorkbook(bytes, 'Kennzahlen 2026 – Fachbereich 50.xlsx');
    if (isWorkbookError(content)) throw new Error(content.error);
    expect(content.values.map((row) => row.slice(0, sheetColumns.length))).toEqual(sheetMatrix(model, 'de'));
    expect(readIndicatorSheet(content.values, content.formulas, model, 'de').problems).toEqual([]);
  });

  it('adds the parts once, however often a file is refreshed', async () => {
    const once = await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de'));
    const twice = await addAutoShowTaskpane(once);
    const { zip, xml } = await partsOf(twice);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('xl/webextensions/') && !zip.files[name].dir).sort()).toEqual([
      'xl/webextensions/_rels/taskpanes.xml.rels',
      'xl/webextensions/taskpanes.xml',
      'xl/webextensions/webextension1.xml'
    ]);
    const packageRels = ((await xml('_rels/.rels')).Relationships as { Relationship: Node[] }).Relationship;
    expect(packageRels.filter((rel) => String(rel['@Type']).endsWith('/webextensiontaskpanes'))).toHaveLength(1);
    const overrides = ((await xml('[Content_Types].xml')).Types as { Override: Node[] }).Override;
    expect(overrides.filter((override) => String(override['@PartName']).startsWith('/xl/webextensions/'))).toHaveLength(2);
    expect(await hasAutoShowTaskpane(twice)).toBe(true);
  });

  it('keeps the add-in’s own settings (stored by Excel in the web extension) when a refresh replaces the file', async () => {
    const first = await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de'));
    // Excel writes Office.context.document.settings as properties of the web extension part.
    const zip = await JSZip.loadAsync(first);
    const part = await zip.file('xl/webextensions/webextension1.xml')!.async('string');
    zip.file('xl/webextensions/webextension1.xml', part.replace('</we:properties>', '<we:property name="pendingSubmission" value="&quot;2025-20&quot;"/></we:properties>'));
    const savedByExcel = await zip.generateAsync({ type: 'uint8array' });
    const refreshed = await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de'), savedByExcel);
    const properties = (((await (await partsOf(refreshed)).xml('xl/webextensions/webextension1.xml'))['we:webextension'] as Node)['we:properties'] as { 'we:property': Node[] })['we:property'];
    expect(properties.map((property) => [property['@name'], property['@value']])).toEqual([
      ['Office.AutoShowTaskpaneWithDocument', 'true'],
      ['pendingSubmission', '"2025-20"']
    ]);
    // A refresh from a file without our parts starts with the flag alone.
    const fresh = await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de'), new Uint8Array([1, 2, 3]));
    const freshProperties = (((await (await partsOf(fresh)).xml('xl/webextensions/webextension1.xml'))['we:webextension'] as Node)['we:properties'] as { 'we:property': Node[] })['we:property'];
    expect(freshProperties).toHaveLength(1);
  });

  it('tells a workbook with our pane from one without, and from something that is no workbook', async () => {
    const plain = await writeIndicatorWorkbook(demoModel(), 'de');
    expect(await hasAutoShowTaskpane(plain)).toBe(false);
    expect(await hasAutoShowTaskpane(await addAutoShowTaskpane(plain))).toBe(true);
    expect(await hasAutoShowTaskpane(new TextEncoder().encode('Kennzahl;Wert'))).toBe(false);
  });
});

describe('the deadline and the way without the add-in in the sheet', () => {
  it('names the deadline in this year’s header in German and English, and the reader still takes the sheet', async () => {
    const model = { ...demoModel(), deadline: '2027-03-31' };
    expect(sheetMatrix(model, 'de')[0][columnIndex('total')]).toBe('Gesamt 2026 (Abgabe bis 31.03.2027)');
    expect(sheetMatrix(model, 'en')[0][columnIndex('total')]).toBe('Total 2026 (due 31 March 2027)');
    expect(readIndicatorSheet(sheetMatrix(model, 'de'), undefined, model, 'de').problems).toEqual([]);
    // A sheet written with the deadline is read against a model without it, and the other way round.
    expect(readIndicatorSheet(sheetMatrix(model, 'en'), undefined, demoModel(), 'de').problems).toEqual([]);
  });

  it('says in the notes where to upload the file when Excel opens it without the pane, with the page’s link', async () => {
    const { Workbook } = await import('exceljs');
    const bytes = await writeIndicatorWorkbook({ ...demoModel(), deadline: '2027-03-31', entryPageUrl: 'https://stadt.sharepoint.com/sites/integration/SitePages/Kennzahlen.aspx' }, 'de');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const texts: string[] = [];
    workbook.worksheets[1].eachRow((row) => row.eachCell((cell) => texts.push(typeof cell.value === 'object' && cell.value && 'text' in cell.value ? String(cell.value.text) : String(cell.value))));
    expect(texts).toContain('Abgabe bis 31.03.2027');
    expect(texts).toContain('Ohne Add-in: diese Datei auf der Seite „Kennzahlen erfassen“ hochladen: https://stadt.sharepoint.com/sites/integration/SitePages/Kennzahlen.aspx');
  });
});

describe('a refresh keeps what a contact typed and has not submitted', () => {
  it('carries typed input cells of owed indicators without a stored value, nothing else', async () => {
    const model = demoModel();
    const typed = sheetMatrix(model, 'de');
    typed[1][columnIndex('total')] = 120;
    typed[1][columnIndex('female')] = 60;
    typed[1][columnIndex('comment')] = 'Neue Kurse';
    // Row 2 holds the stored budget: the submitted value wins over anything in the file.
    typed[2][columnIndex('total')] = 99999;
    // Not an input cell of a not-split indicator, and a key cell: neither is carried.
    typed[3][columnIndex('female')] = 5;
    typed[3][columnIndex('indicator')] = 'umbenannt';
    const entered = enteredCellsOf(typed, model);
    expect([...entered.entries()]).toEqual([[11, { total: 120, female: 60, comment: 'Neue Kurse' }]]);
    const content = await readIndicatorWorkbook(await writeIndicatorWorkbook(model, 'de', entered), 'x.xlsx');
    if (isWorkbookError(content)) throw new Error(content.error);
    expect(content.values[1][columnIndex('total')]).toBe(120);
    expect(content.values[1][columnIndex('comment')]).toBe('Neue Kurse');
    expect(content.values[2][columnIndex('total')]).toBe(21000);
    expect(content.values[3][columnIndex('indicator')]).toBe('Anteil Abschlüsse');
    // An indicator no longer owed is dropped with its row.
    expect([...enteredCellsOf(typed, { ...model, rows: model.rows.slice(1) }).keys()]).toEqual([]);
  });
});
