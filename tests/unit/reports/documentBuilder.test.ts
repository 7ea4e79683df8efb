import { buildWordDocument, wordMimeType } from '../../../src/reports';
import { nodeCanvas } from '../../support/nodeCanvas';
import { chartAltText, openDocx, OpenedDocument, paragraphsInStyle, sampleModel } from './reportDocumentFixture';

const createdAt = new Date('2026-12-03T10:15:00Z');

describe('the document builder (default design)', () => {
  let opened: OpenedDocument;
  let blob: Blob;
  beforeAll(async () => {
    blob = await buildWordDocument(sampleModel(), { canvas: nodeCanvas, createdAt });
    opened = await openDocx(blob);
  });

  it('makes a Word file the browser can offer for download', () => {
    expect(blob.type).toBe(wordMimeType);
  });

  it('has a title page with kicker, title, subtitle, facts and lines', () => {
    const lines = opened.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Stadt Musterstadt', 'Jahresbericht an den Ausschuss 2025', 'Umsetzung des Integrationskonzepts']);
    expect(opened.text).toContain('Betreff\nUmsetzung des Integrationskonzepts 2025');
    expect(opened.text).toContain('Organisationseinheit\nBüro für Integration');
    expect(opened.text).toContain('Stand: 03.12.2026');
  });

  it("sets headings in Word's heading styles and asks for a table of contents over levels 1 and 2", () => {
    expect(paragraphsInStyle(opened.document, 'Heading1')).toEqual(['Sachverhalt']);
    expect(paragraphsInStyle(opened.document, 'Heading2')).toEqual(['Ziel 1.1: Deutschkenntnisse fördern']);
    expect(paragraphsInStyle(opened.document, 'Heading3')).toEqual(['Kennzahl: Teilnehmende']);
    expect(opened.document).toContain('TOC \\h \\o &quot;1-2&quot;');
  });

  it('writes lists as bullets and repeats table header rows, numbers right-aligned', () => {
    expect(opened.document.match(/<w:numPr>/g)?.length).toBe(2);
    expect(opened.document.match(/<w:tblHeader\/>/g)?.length).toBe(1);
    expect(opened.text).toContain('Teilnehmende je Jahr');
    expect(opened.document).toMatch(/<w:jc w:val="(right|end)"\/>(?:(?!<\/w:p>).)*<w:t[^>]*>120</s);
  });

  it('embeds the chart as a PNG with its text alternative', async () => {
    expect(opened.document).toMatch(new RegExp(`<wp:docPr [^>]*descr="${chartAltText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(opened.document).toMatch(/<wp:docPr [^>]*title="Teilnehmende an Sprachkursen"/);
    const media = Object.keys(opened.zip.files).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await opened.zip.file(media[0])!.async('uint8array');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('carries language and core properties, and numbers the pages but the title page', async () => {
    const core = await opened.read('docProps/core.xml');
    expect(core).toContain('<dc:title>Jahresbericht an den Ausschuss 2025</dc:title>');
    expect(core).toContain('<dc:creator>Büro für Integration</dc:creator>');
    expect(core).toContain('<dc:language>de-DE</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T10:15:00.000Z</dcterms:created>');
    expect(await opened.read('word/styles.xml')).toContain('w:lang w:val="de-DE"');
    expect(opened.document).toContain('<w:titlePg/>');
    const footers = await Promise.all(Object.keys(opened.zip.files).filter((path) => /^word\/footer\d*\.xml$/.test(path)).map((path) => opened.read(path)));
    expect(footers.some((footer) => footer.includes('Seite ') && footer.includes('NUMPAGES'))).toBe(true);
  });

  it('puts a table too wide for a portrait page on a landscape page of its own', async () => {
    const wide = sampleModel({
      tableOfContents: false,
      blocks: [
        { kind: 'paragraph', text: 'Davor' },
        { kind: 'table', header: [Array.from({ length: 14 }, (_, index) => `Integrationskursteilnehmende${index}`)], rows: [] },
        { kind: 'paragraph', text: 'Danach' }
      ]
    });
    const document = (await openDocx(await buildWordDocument(wide, { createdAt }))).document;
    expect(document.match(/<w:sectPr/g)?.length).toBe(3);
    expect(document).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });

  it('says when charts are to be drawn without a canvas', async () => {
    await expect(buildWordDocument(sampleModel())).rejects.toThrow(/no canvas/);
  });

  it('speaks English when the model does', async () => {
    const english = await openDocx(await buildWordDocument(sampleModel({ language: 'en' }), { canvas: nodeCanvas, createdAt }));
    expect(await english.read('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    const footers = await Promise.all(Object.keys(english.zip.files).filter((path) => /^word\/footer\d*\.xml$/.test(path)).map((path) => english.read(path)));
    expect(footers.some((footer) => footer.includes('Page '))).toBe(true);
  });
});
