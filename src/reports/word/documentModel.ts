import type { Language } from '../../domain';

/**
 * A report as data: what every document of the product is made of (title page, headings,
 * paragraphs, tables, charts). The reports build this; one document builder (`buildWordDocument`)
 * turns it into Word, either in the product's own default design or into the city's template,
 * whose placeholders are `{{Titel}}`, `{{Untertitel}}`, `{{Datum}}`, `{{Inhalt}}` (the blocks,
 * required) and one per title-page fact.
 */
export interface ReportDocumentModel {
  readonly language: Language;
  /** Document properties (title, subject, author) and the title page's headline. */
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly titlePage: TitlePage;
  /** A table of contents after the title page (headings of level 1 and 2). */
  readonly tableOfContents?: boolean;
  readonly blocks: readonly DocumentBlock[];
}

export interface TitlePage {
  /** Small line above the title, e.g. the city's name. */
  readonly kicker?: string;
  readonly title: string;
  readonly subtitle?: string;
  /**
   * Label/value lines, e.g. a council paper's head: Betreff, Organisationseinheit, Datum. In the
   * city's template each fills the placeholder named after its label (`{{Betreff}}`); the starter
   * template lists the ones the reports use (`titlePageFactPlaceholders`).
   */
  readonly facts?: readonly LabelledValue[];
  /** Lines under the facts, e.g. "Stand: 03.12.2026". */
  readonly lines?: readonly string[];
  /** The date a template's `{{Datum}}` shows, formatted; the day of creation unless given. */
  readonly date?: string;
}

export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

export type DocumentBlock = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ChartBlock | PageBreakBlock;

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** 'note' is set smaller and in italics (e.g. "Bisher keine Angaben."). */
  readonly emphasis?: 'note' | 'strong';
}

export interface ListBlock {
  readonly kind: 'list';
  readonly items: readonly string[];
}

/** A table cell: text, or several lines, with optional emphasis; numbers are right-aligned. */
export interface TableCellSpec {
  readonly text: string | readonly string[];
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly align?: 'left' | 'right' | 'center';
  readonly columnSpan?: number;
  readonly rowSpan?: number;
  /** A fill colour (hex without '#') for a state such as a traffic light; the text must say the state too. */
  readonly fill?: string;
}

export type TableCellInput = string | TableCellSpec;

export interface TableBlock {
  readonly kind: 'table';
  /** Said before the table and used as the table's description for screen readers. */
  readonly caption?: string;
  /** Header rows, repeated on each page. */
  readonly header: readonly (readonly TableCellInput[])[];
  readonly rows: readonly (readonly TableCellInput[])[];
  /** Columns that hold numbers (right-aligned). Column widths follow the content either way. */
  readonly numericColumns?: readonly number[];
}

/** A bar chart of one indicator (or any series over categories), drawn as an image. */
export interface ChartSpec {
  readonly title: string;
  readonly unit?: string;
  /** The categories along the axis, e.g. the years. */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Parts drawn stacked (e.g. the gender split) rather than side by side. */
  readonly stacked?: boolean;
}

export interface ChartSeries {
  readonly name: string;
  /** One value per category; null where there is none. */
  readonly values: readonly (number | null)[];
  /** 'target' is drawn as a line/marker over the bars, the others as bars. */
  readonly role?: 'value' | 'target';
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly chart: ChartSpec;
  /** The text alternative of the image: what the chart shows, in a sentence or two. */
  readonly altText: string;
}

export interface PageBreakBlock {
  readonly kind: 'pageBreak';
}
