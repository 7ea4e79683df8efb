import { Document, Footer, Header, PageOrientation, Packer, Paragraph, AlignmentType, TextRun, PageNumber, TableOfContents, HeadingLevel } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { CanvasFactory } from '../charts/canvasPort';
import { chartPng } from '../charts/drawChart';
import type { ChartBlock, ReportDocumentModel } from './documentModel';
import { BlockRenderContext, ChartPicture, defaultStyleIds, renderBlocks } from './blockRenderer';
import { builderTexts, wordLanguage } from './builderTexts';
import { corePropertiesPath, corePropertiesXml } from './coreProperties';
import { landscapeTextWidth, portraitTextWidth } from './tableLayout';
import { renderTitlePage } from './titlePageRenderer';
import { patchTemplate } from './templatePatch';

export interface WordBuildOptions {
  /** Draws the charts; needed only when the model has chart blocks. */
  readonly canvas?: CanvasFactory;
  /** The city's Word template (a .docx with placeholders); without it, the product's default design. */
  readonly template?: ArrayBuffer | Uint8Array;
  /** When the document counts as created; now unless given (tests fix it). */
  readonly createdAt?: Date;
}

export const wordMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A chart is shown 16 cm wide (the text width) at a ratio of 16:9, drawn at twice that in pixels. */
const chartDisplay = { width: 600, height: 338 };

/**
 * The one way the product makes Word documents: the model, in the default design or in the
 * city's template. A Blob, because the web parts run in the browser, where Node's Buffer does not exist.
 */
export async function buildWordDocument(model: ReportDocumentModel, options: WordBuildOptions = {}): Promise<Blob> {
  const createdAt = options.createdAt ?? new Date();
  const pictures = await drawCharts(model, options.canvas);
  if (options.template) {
    return patchTemplate(model, options.template, { pictures, createdAt });
  }
  return Packer.toBlob(defaultDocument(model, pictures), false, [{ path: corePropertiesPath, data: coreProperties(model, createdAt) }]);
}

/** The default design as a docx `Document`, for callers (and tests) that pack it themselves. */
export function defaultDocument(model: ReportDocumentModel, pictures: ReadonlyMap<ChartBlock, ChartPicture>): Document {
  const texts = builderTexts[model.language];
  const context: BlockRenderContext = { styles: defaultStyleIds, pictures, portraitWidth: portraitTextWidth, landscapeWidth: landscapeTextWidth };
  const segments = renderBlocks(model.blocks, context, { startsOnNewPage: true });
  const opening: FileChild[] = [...renderTitlePage(model.titlePage, portraitTextWidth), ...(model.tableOfContents ? tableOfContents(texts.contents) : [])];
  const sections: ISectionOptions[] = segments.map((segment, index) => ({
    properties: {
      ...(index === 0 ? { titlePage: true } : {}),
      ...(segment.orientation === 'landscape' ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {})
    },
    // The first section's header and footer carry on into the later ones (Word inherits them).
    ...(index === 0 ? { headers: { first: new Header({ children: [] }) }, footers: pageFooters(texts.page, texts.pageOf) } : {}),
    children: index === 0 ? [...opening, ...segment.children] : segment.children
  }));
  return new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author,
    lastModifiedBy: model.author,
    description: `${model.title} – ${model.subject}`,
    // Word asks to refresh fields on opening, so the table of contents gets its page numbers.
    ...(model.tableOfContents ? { features: { updateFields: true } } : {}),
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: wordLanguage[model.language] } } } } },
    sections: withBody(sections)
  });
}

function withBody(sections: ISectionOptions[]): ISectionOptions[] {
  return sections.length > 0 ? sections : [{ properties: { titlePage: true }, children: [] }];
}

function tableOfContents(title: string): FileChild[] {
  return [
    new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-2' })
  ];
}

/** "Seite 2 von 5" centred at the foot of every page but the title page (which gets an empty one). */
function pageFooters(page: string, pageOf: string): { first: Footer; default: Footer } {
  return {
    first: new Footer({ children: [new Paragraph({})] }),
    default: new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [page, PageNumber.CURRENT, pageOf, PageNumber.TOTAL_PAGES] })] })]
    })
  };
}

export function coreProperties(model: ReportDocumentModel, createdAt: Date): string {
  return corePropertiesXml({
    title: model.title,
    subject: model.subject,
    creator: model.author,
    description: `${model.title} – ${model.subject}`,
    language: wordLanguage[model.language],
    createdAt
  });
}

/** Every chart of the model as a picture; drawn one after the other to keep one canvas' memory at a time. */
export async function drawCharts(model: ReportDocumentModel, canvas: CanvasFactory | undefined): Promise<Map<ChartBlock, ChartPicture>> {
  const pictures = new Map<ChartBlock, ChartPicture>();
  const locale = wordLanguage[model.language];
  for (const block of model.blocks) {
    if (block.kind !== 'chart') {
      continue;
    }
    if (!canvas) {
      throw new Error('The report has charts, but no canvas was given to draw them.');
    }
    const png = await chartPng(block.chart, canvas, { width: chartDisplay.width * 2, height: chartDisplay.height * 2, locale });
    pictures.set(block, { png, ...chartDisplay });
  }
  return pictures;
}
