import { AlignmentType, Footer, HeadingLevel, PageNumber, Paragraph, ShadingType, TableCell, TextRun } from 'docx';
import type { Language } from '../../domain';

/**
 * The building blocks every document of the product shares, so that the status-quo report and
 * the council paper's attachments look alike: headings, table cells, the page-number footer.
 */

/** Word's language tags: spelling and hyphenation follow the document's language. */
export const wordLanguage: { readonly [L in Language]: string } = { de: 'de-DE', en: 'en-GB' };

/** Tables are set a little smaller than body text so nine count columns fit a portrait page. */
export const tableFontSize = 18;
const headerShading = 'D9E2F3';

/** The text width of an A4 page with Word's default margins, in twips. */
export const textWidth = 9026;

/** The default character style: Calibri 11 pt in the document's language. */
export function documentStyles(language: Language): { default: { document: { run: { font: string; size: number; language: { value: string } } } } } {
  return { default: { document: { run: { font: 'Calibri', size: 22, language: { value: wordLanguage[language] } } } } };
}

/** "Seite 2 von 5" centred at the foot of every page but the title page (which gets an empty one). */
export function pageNumberFooters(page: string, pageOf: string): { first: Footer; default: Footer } {
  return {
    first: new Footer({ children: [new Paragraph({})] }),
    default: new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [page, PageNumber.CURRENT, pageOf, PageNumber.TOTAL_PAGES] })] })]
    })
  };
}

export function heading1(content: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(content)] });
}

export function heading2(content: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(content)] });
}

export interface CellOptions {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly rowSpan?: number;
  readonly columnSpan?: number;
}

/** A table cell of one paragraph, or of one paragraph per line when given several. */
export function cell(content: string | readonly string[], options: CellOptions = {}): TableCell {
  const lines = typeof content === 'string' ? [content] : content.length > 0 ? content : [''];
  return new TableCell({
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    children: lines.map(
      (line) =>
        new Paragraph({
          ...(options.alignment ? { alignment: options.alignment } : {}),
          children: [new TextRun({ text: line, size: tableFontSize, bold: options.bold, italics: options.italics })]
        })
    )
  });
}

export function headerCell(content: string, options: Pick<CellOptions, 'rowSpan' | 'columnSpan'> = {}): TableCell {
  return new TableCell({
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    shading: { type: ShadingType.CLEAR, fill: headerShading, color: 'auto' },
    children: [new Paragraph({ children: [new TextRun({ text: content, size: tableFontSize, bold: true })] })]
  });
}
