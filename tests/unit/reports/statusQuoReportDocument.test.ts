import JSZip from 'jszip';
import { buildStatusQuoReport, packStatusQuoReport, StatusQuoReportOptions } from '../../../src/reports';
import { statusQuoInput } from './statusQuoFixture';

const createdAt = new Date('2026-11-23T10:15:00Z');

interface RenderedReport {
  readonly document: string;
  readonly core: string;
  readonly footers: string[];
  /** The document's visible text, runs joined, so assertions do not depend on how Word splits runs. */
  readonly text: string;
}

async function render(options: StatusQuoReportOptions = {}): Promise<RenderedReport> {
  const report = buildStatusQuoReport(statusQuoInput(), { ...options, createdAt });
  const zip = await JSZip.loadAsync(await (await packStatusQuoReport(report)).arrayBuffer());
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) {
      throw new Error(`${path} is missing from the package`);
    }
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const footerPaths = Object.keys(zip.files).filter((path) => /^word\/footer\d*\.xml$/.test(path));
  return {
    document,
    core: await read('docProps/core.xml'),
    footers: await Promise.all(footerPaths.map(read)),
    text: [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
  };
}

/** Texts of the paragraphs set in a style, e.g. the Heading 1 paragraphs. */
function paragraphsInStyle(documentXml: string, styleId: string): string[] {
  return documentXml
    .split('</w:p>')
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
}

describe('status-quo report document', () => {
  let german: RenderedReport;
  beforeAll(async () => {
    german = await render();
  });

  it('has a title page with title, period, German date and office', () => {
    expect(german.text).toContain('Status-Quo-Bericht zur Umsetzung des Integrationskonzepts');
    expect(german.text).toContain('2. Fortschreibung 2019–2021');
    expect(german.text).toContain('Stand: 23.11.2026');
    expect(german.text).toContain('Erstellt von: Büro für Integration');
    expect(german.text).toContain('Stadt Musterstadt');
  });

  it('carries title, author, period, language and creation time in its properties', () => {
    expect(german.core).toContain('<dc:title>Status-Quo-Bericht zur Umsetzung des Integrationskonzepts</dc:title>');
    expect(german.core).toContain('<dc:creator>Büro für Integration</dc:creator>');
    expect(german.core).toContain('<dc:subject>2. Fortschreibung 2019–2021</dc:subject>');
    expect(german.core).toContain('<dc:language>de-DE</dc:language>');
    expect(german.core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-23T10:15:00.000Z</dcterms:created>');
  });

  it('escapes an office name with XML characters in its properties', async () => {
    const report = buildStatusQuoReport(statusQuoInput({ officeName: 'Integration & Teilhabe <Stab>' }));
    const zip = await JSZip.loadAsync(await (await packStatusQuoReport(report)).arrayBuffer());
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<dc:creator>Integration &amp; Teilhabe &lt;Stab&gt;</dc:creator>');
  });

  it('uses heading styles for the summary, every field of action, every goal and the open points', () => {
    expect(paragraphsInStyle(german.document, 'Heading1')).toEqual([
      'Zusammenfassung',
      'Handlungsfeld 1: Sprache und Bildung',
      'Handlungsfeld 2: Arbeit',
      'Offene Punkte'
    ]);
    expect(paragraphsInStyle(german.document, 'Heading2')).toEqual(
      expect.arrayContaining(['Erstgespräche nach Fachbereichen', 'Ziel 1.1: Deutschkenntnisse fördern', 'Ziel 2.1: Zugang zum Arbeitsmarkt erleichtern', 'Noch nicht besprochene Maßnahmen'])
    );
  });

  it('has a table of contents field over headings 1 and 2, refreshed when Word opens it', () => {
    expect(german.document).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(german.document).toContain('w:docPartGallery w:val="Table of Contents"');
  });

  it('repeats the header rows of its tables on every page', () => {
    const headerRows = german.document.match(/<w:tblHeader\/>/g) ?? [];
    // Two rows for each review table, one for the status table, one per goal table (three goals).
    expect(headerRows.length).toBe(2 + 2 + 1 + 3);
    for (const header of ['Fachbereich', 'Maßnahmen', 'besprochen', 'aktuell?', 'angemessen?', 'Federführung', 'Stand der Umsetzung', 'Anmerkungen']) {
      expect(german.text).toContain(header);
    }
  });

  it('shows the interview results with the German status labels', () => {
    expect(german.text).toContain('Sprachcafé in der Stadtbibliothek');
    expect(german.text).toContain('zurückgestellt');
    expect(german.text).toContain('Daueraufgabe');
    expect(german.text).toContain('Zu wenige Plätze für den Bedarf.');
    expect(german.text).toContain('noch nicht besprochen');
    expect(german.text).toContain('Von 6 Maßnahmen wurden 5 in Erstgesprächen besprochen (83 %).');
  });

  it('lists the open points with their departments', () => {
    expect(german.text).toContain('2.1.3 Ausbildungsmesse (32 Ordnung)');
    expect(german.text).toContain('1.1.2 Sprachcafé in der Stadtbibliothek (50 Soziales)');
    expect(german.text).toContain('1.2.1 Hausaufgabenhilfe (40 Schule und Bildung)');
  });

  it('numbers the pages in the footer', () => {
    const numbered = german.footers.find((footer) => footer.includes('PAGE'));
    expect(numbered).toBeDefined();
    expect(numbered).toContain('NUMPAGES');
    expect(numbered).toContain('Seite ');
  });

  it('sets German as the language of the text and asks Word to refresh its fields', async () => {
    const report = buildStatusQuoReport(statusQuoInput());
    const zip = await JSZip.loadAsync(await (await packStatusQuoReport(report)).arrayBuffer());
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:lang w:val="de-DE"');
    expect(await zip.file('word/settings.xml')?.async('string')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('speaks English when asked', async () => {
    const english = await render({ language: 'en' });
    expect(paragraphsInStyle(english.document, 'Heading1')).toEqual(['Summary', 'Field of action 1: Sprache und Bildung', 'Field of action 2: Arbeit', 'Open points']);
    expect(english.text).toContain('As of 23 November 2026');
    expect(english.text).toContain('Implementation status');
    expect(english.text).toContain('suspended');
    expect(english.core).toContain('<dc:title>Status-quo report on the implementation of the integration concept</dc:title>');
    expect(english.core).toContain('<dc:language>en-GB</dc:language>');
    expect(english.footers.some((footer) => footer.includes('Page '))).toBe(true);
  });

  it('packs into a Word file the browser can offer for download', async () => {
    const blob = await packStatusQuoReport(buildStatusQuoReport(statusQuoInput()));
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<dc:language>de-DE</dc:language>');
  });
});
