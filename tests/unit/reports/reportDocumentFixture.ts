import JSZip from 'jszip';
import type { ReportDocumentModel } from '../../../src/reports';

export const chartAltText = 'Teilnehmende an Sprachkursen 2023 bis 2025: 120, 150 und 170; Ziel 160 je Jahr.';

/** A small report with every kind of block, as the committee report will have them. */
export function sampleModel(overrides: Partial<ReportDocumentModel> = {}): ReportDocumentModel {
  return {
    language: 'de',
    title: 'Jahresbericht an den Ausschuss 2025',
    subject: '4. Fortschreibung 2025–2027',
    author: 'Büro für Integration',
    tableOfContents: true,
    titlePage: {
      kicker: 'Stadt Musterstadt',
      title: 'Jahresbericht an den Ausschuss 2025',
      subtitle: 'Umsetzung des Integrationskonzepts',
      facts: [
        { label: 'Betreff', value: 'Umsetzung des Integrationskonzepts 2025' },
        { label: 'Organisationseinheit', value: 'Büro für Integration' }
      ],
      lines: ['Stand: 03.12.2026'],
      date: '03.12.2026'
    },
    blocks: [
      { kind: 'heading', level: 1, text: 'Sachverhalt' },
      { kind: 'paragraph', text: 'Der Bericht zeigt den Stand der Maßnahmen.' },
      { kind: 'list', items: ['Sprachkurse ausgebaut', 'Beratung verstetigt'] },
      { kind: 'heading', level: 2, text: 'Ziel 1.1: Deutschkenntnisse fördern' },
      { kind: 'heading', level: 3, text: 'Kennzahl: Teilnehmende' },
      {
        kind: 'chart',
        chart: {
          title: 'Teilnehmende an Sprachkursen',
          unit: 'Personen',
          categories: ['2023', '2024', '2025'],
          stacked: true,
          series: [
            { name: 'weiblich', values: [70, 80, 90] },
            { name: 'männlich', values: [50, 70, null] },
            { name: 'Ziel', values: [160, 160, 160], role: 'target' }
          ]
        },
        altText: chartAltText
      },
      {
        kind: 'table',
        caption: 'Teilnehmende je Jahr',
        header: [['Jahr', 'Gesamt', 'Ziel']],
        rows: [
          ['2023', '120', '160'],
          ['2024', '150', '160']
        ],
        numericColumns: [1, 2]
      }
    ],
    ...overrides
  };
}

export interface OpenedDocument {
  readonly zip: JSZip;
  readonly document: string;
  /** Visible text, paragraphs on lines of their own, runs joined. */
  readonly text: string;
  read(path: string): Promise<string>;
}

export async function openDocx(blob: Blob): Promise<OpenedDocument> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) {
      throw new Error(`${path} is missing from the package`);
    }
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const text = document
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .filter(Boolean)
    .join('\n');
  return { zip, document, text, read };
}

/** Texts of the paragraphs set in a style, e.g. the Heading 1 paragraphs. */
export function paragraphsInStyle(documentXml: string, styleId: string): string[] {
  return documentXml
    .split('</w:p>')
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
}
