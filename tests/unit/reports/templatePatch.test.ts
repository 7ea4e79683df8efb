import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { buildWordDocument, checkTemplate, starterTemplate, titlePageFactPlaceholders } from '../../../src/reports';
import { ServiceError } from '../../../src/http/serviceError';
import { nodeCanvas } from '../../support/nodeCanvas';
import { chartAltText, openDocx, paragraphsInStyle, sampleModel } from './reportDocumentFixture';

const createdAt = new Date('2026-12-03T10:15:00Z');

/** A city's template as Word saves it: letterhead in the header, its own Heading 1, placeholders in the body. */
async function cityTemplate(options: { readonly body?: boolean; readonly headingId?: string } = {}): Promise<Uint8Array> {
  const headingId = options.headingId ?? 'Heading1';
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: headingId, name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { font: 'Georgia', size: 30, color: 'A00000' }, paragraph: { spacing: { before: 360 } } }]
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: 'Stadt Musterstadt · Der Oberbürgermeister', bold: true })] })] }) },
        children: [
          new Paragraph({ children: [new TextRun('{{Titel}}')] }),
          new Paragraph({ children: [new TextRun('Betreff: '), new TextRun('{{Betreff}}')] }),
          new Paragraph({ children: [new TextRun('Datum: {{Datum}}')] }),
          ...(options.body === false ? [] : [new Paragraph({ children: [new TextRun('{{Inhalt}}')] })]),
          new Paragraph({ children: [new TextRun('Ende der Vorlage')] })
        ]
      }
    ]
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('reports in the city template', () => {
  it('keeps the letterhead and the heading style, and puts the body where {{Inhalt}} was', async () => {
    const template = await cityTemplate();
    expect(await checkTemplate(template)).toEqual({ isUsable: true, placeholders: expect.arrayContaining(['Titel', 'Betreff', 'Datum', 'Inhalt']) });
    const opened = await openDocx(await buildWordDocument(sampleModel(), { canvas: nodeCanvas, template, createdAt }));
    const lines = opened.text.split('\n');
    expect(lines[0]).toBe('Jahresbericht an den Ausschuss 2025');
    expect(lines[1]).toBe('Betreff: Umsetzung des Integrationskonzepts 2025');
    expect(lines[2]).toBe('Datum: 03.12.2026');
    expect(lines.indexOf('Sachverhalt')).toBeGreaterThan(2);
    expect(lines.indexOf('Ende der Vorlage')).toBeGreaterThan(lines.indexOf('Teilnehmende je Jahr'));
    expect(opened.text).not.toContain('{{');
    expect(paragraphsInStyle(opened.document, 'Heading1')).toEqual(['Sachverhalt']);
    const headers = await Promise.all(Object.keys(opened.zip.files).filter((path) => /^word\/header\d*\.xml$/.test(path)).map((path) => opened.read(path)));
    expect(headers.join('')).toContain('Stadt Musterstadt · Der Oberbürgermeister');
    const styles = await opened.read('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"(?:(?!<\/w:style>).)*w:ascii="Georgia"(?:(?!<\/w:style>).)*w:val="A00000"/s);
    expect(opened.document).toContain(`descr="${chartAltText}"`);
    // The picture and the bullet list come along with their parts, so Word finds what they refer to.
    expect(await opened.read('word/_rels/document.xml.rels')).toMatch(/Target="media\/image1\.png"/);
    expect(opened.zip.file('word/media/image1.png')).not.toBeNull();
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(opened.document)?.[1];
    expect(await opened.read('word/numbering.xml')).toContain(`<w:num w:numId="${numId}"`);
    expect(opened.document.match(/<w:tblHeader\/>/g)?.length).toBe(1);
    expect(await opened.read('docProps/core.xml')).toContain('Jahresbericht an den Ausschuss 2025');
  });

  it("uses the template's own heading styles when German Word named them", async () => {
    const template = await cityTemplate({ headingId: 'berschrift1' });
    const opened = await openDocx(await buildWordDocument(sampleModel(), { canvas: nodeCanvas, template, createdAt }));
    expect(paragraphsInStyle(opened.document, 'berschrift1')).toEqual(['Sachverhalt']);
  });

  it('finds placeholders that Word split over several runs (as it does after editing or spell-checking)', async () => {
    const split = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Titel: {{Ti'), new TextRun({ text: 'tel}}', bold: true })] }),
            new Paragraph({ children: [new TextRun('{{'), new TextRun({ text: 'Inhalt', italics: true }), new TextRun('}}')] })
          ]
        }
      ]
    });
    const template = new Uint8Array(await Packer.toBuffer(split));
    expect(await checkTemplate(template)).toEqual({ isUsable: true, placeholders: ['Titel', 'Inhalt'] });
    const opened = await openDocx(await buildWordDocument(sampleModel(), { canvas: nodeCanvas, template, createdAt }));
    expect(opened.text.split('\n').slice(0, 2)).toEqual(['Titel: Jahresbericht an den Ausschuss 2025', 'Inhalt']);
    expect(opened.text).toContain('Sachverhalt');
  });

  it("fits the tables to the template's text width", async () => {
    const narrow = new Document({
      sections: [{ properties: { page: { margin: { left: 2000, right: 2000 } } }, children: [new Paragraph({ children: [new TextRun('{{Inhalt}}')] })] }]
    });
    const template = new Uint8Array(await Packer.toBuffer(narrow));
    const opened = await openDocx(await buildWordDocument(sampleModel(), { canvas: nodeCanvas, template, createdAt }));
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(opened.document)![1];
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(11906 - 4000);
  });

  it('refuses a template without {{Inhalt}} and says what is missing', async () => {
    const template = await cityTemplate({ body: false });
    expect(await checkTemplate(template)).toEqual(expect.objectContaining({ isUsable: false, problem: 'noBody' }));
    const failure = await buildWordDocument(sampleModel(), { canvas: nodeCanvas, template, createdAt }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).serviceMessage).toContain('keinen Platzhalter {{Inhalt}}');
  });

  it('refuses a file that is no Word document', async () => {
    expect(await checkTemplate(new TextEncoder().encode('Kein Word'))).toEqual(expect.objectContaining({ isUsable: false, problem: 'notWord' }));
  });
});

describe('the starter template', () => {
  it('is the default design with every placeholder, and a report fills it', async () => {
    const starter = new Uint8Array(await (await starterTemplate('de')).arrayBuffer());
    const check = await checkTemplate(starter);
    expect(check).toEqual({ isUsable: true, placeholders: expect.arrayContaining(['Titel', 'Untertitel', 'Datum', 'Inhalt', ...titlePageFactPlaceholders]) });
    const opened = await openDocx(await buildWordDocument(sampleModel(), { canvas: nodeCanvas, template: starter, createdAt }));
    expect(opened.text).toContain('Jahresbericht an den Ausschuss 2025');
    expect(opened.text).toContain('Betreff\nUmsetzung des Integrationskonzepts 2025');
    expect(opened.text).toContain('Datum\n03.12.2026');
    expect(opened.text).not.toContain('{{');
    expect(paragraphsInStyle(opened.document, 'Heading1')).toEqual(['Sachverhalt']);
  });
});
