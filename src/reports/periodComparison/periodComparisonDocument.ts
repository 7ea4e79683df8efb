import type { Language, PeriodComparison, PlanPeriod } from '../../domain';
import { comparisonLevels } from '../../domain';
import type { DocumentBlock, ReportDocumentModel, TableBlock } from '../word/documentModel';
import { buildWordDocument } from '../word/documentBuilder';
import type { WordBuildOptions } from '../word/documentBuilder';
import { comparisonText, ComparisonTextContext, ComparisonTextKey, differenceCounts, differenceLines, DifferenceLine, periodLabel } from './comparisonText';

/** What the attachment "Änderungen gegenüber der n. Fortschreibung" is made of. */
export interface PeriodComparisonDocumentInput extends ComparisonTextContext {
  readonly previous: PlanPeriod;
  readonly next: PlanPeriod;
  readonly comparison: PeriodComparison;
  /** e.g. "Büro für Integration" */
  readonly officeName?: string;
  /** The day it is printed as of, already formatted ("03.12.2026"). */
  readonly dateLabel: string;
  /** When the document counts as created; now unless given (tests fix it). */
  readonly createdAt?: Date;
}

export interface PeriodComparisonDocument {
  readonly title: string;
  /** Every line, as printed, for the page to show the same. */
  readonly lines: readonly DifferenceLine[];
  readonly document: ReportDocumentModel;
  readonly createdAt?: Date;
}

/**
 * The council paper's attachment listing the changes of the new update against the previous one:
 * an overview of counts per level, then per level (guiding goals to indicators) a table of what is
 * new, dropped and changed, a change with its old and new value.
 */
export function buildPeriodComparisonDocument(input: PeriodComparisonDocumentInput): PeriodComparisonDocument {
  const language = input.language;
  const text = (key: ComparisonTextKey, params?: Readonly<Record<string, string | number>>): string => comparisonText(key, language, params);
  const title = text('title', { number: input.previous.updateNumber });
  const subtitle = text('subtitle', { number: input.next.updateNumber, start: input.next.startYear, end: input.next.endYear });
  const lines = differenceLines(input.comparison, input);
  const document: ReportDocumentModel = {
    language,
    title,
    subject: subtitle,
    author: input.officeName ?? '',
    titlePage: {
      title,
      subtitle,
      lines: [text('date', { date: input.dateLabel }), ...(input.officeName ? [text('preparedBy', { office: input.officeName })] : [])],
      date: input.dateLabel
    },
    blocks: [
      { kind: 'heading', level: 1, text: text('summary') },
      { kind: 'paragraph', text: summaryText(lines, input.previous, language) },
      summaryTable(lines, language),
      ...comparisonLevels.flatMap((level, index) => levelSection(lines.filter((line) => line.level === level), text(`level.${level}`), language, index > 0))
    ]
  };
  return { title, lines, document, ...(input.createdAt ? { createdAt: input.createdAt } : {}) };
}

/** A `.docx` for download (a Blob: the web part runs in the browser, where Node's Buffer does not exist), in the city's template when given. */
export function packPeriodComparisonDocument(built: PeriodComparisonDocument, options: Pick<WordBuildOptions, 'template'> = {}): Promise<Blob> {
  return buildWordDocument(built.document, { ...options, ...(built.createdAt ? { createdAt: built.createdAt } : {}) });
}

/** "Aenderungen-gegenueber-3-Fortschreibung.docx": ASCII, since not every mail gateway keeps umlauts in names. */
export function periodComparisonFileName(previous: Pick<PlanPeriod, 'updateNumber'>, language: Language): string {
  return language === 'de' ? `Aenderungen-gegenueber-${previous.updateNumber}-Fortschreibung.docx` : `Changes-against-update-${previous.updateNumber}.docx`;
}

function summaryText(lines: readonly DifferenceLine[], previous: PlanPeriod, language: Language): string {
  const total = (kind: DifferenceLine['kind']): number => lines.filter((line) => line.kind === kind).length;
  return comparisonText('summaryText', language, { previous: periodLabel(previous), added: total('added'), dropped: total('dropped'), changed: total('changed') });
}

function summaryTable(lines: readonly DifferenceLine[], language: Language): TableBlock {
  const text = (key: ComparisonTextKey): string => comparisonText(key, language);
  return {
    kind: 'table',
    header: [[text('column.level'), text('kind.added'), text('kind.dropped'), text('kind.changed')]],
    rows: comparisonLevels.map((level) => {
      const counts = differenceCounts(lines, level);
      return [text(`level.${level}`), String(counts.added), String(counts.dropped), String(counts.changed)];
    }),
    numericColumns: [1, 2, 3]
  };
}

function levelSection(lines: readonly DifferenceLine[], heading: string, language: Language, isBreakBefore: boolean): DocumentBlock[] {
  const text = (key: ComparisonTextKey): string => comparisonText(key, language);
  const start: DocumentBlock[] = [...(isBreakBefore && lines.length > 8 ? [{ kind: 'pageBreak' } as const] : []), { kind: 'heading', level: 2, text: heading }];
  if (lines.length === 0) {
    return [...start, { kind: 'paragraph', text: text('none'), emphasis: 'note' }];
  }
  return [
    ...start,
    {
      kind: 'table',
      header: [[text('column.number'), text('column.title'), text('column.kind'), text('column.details')]],
      // A line stays on one page (the builder keeps table rows whole), so its details are never separated from its title.
      rows: lines.map((line) => [line.number, { text: line.title, bold: line.kind !== 'changed' }, text(`kind.${line.kind}`), { text: line.details }])
    }
  ];
}
