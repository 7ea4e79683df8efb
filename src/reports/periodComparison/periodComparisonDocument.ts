import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import type { Language, PeriodComparison, PlanPeriod } from '../../domain';
import { comparisonLevels } from '../../domain';
import { corePropertiesPath, corePropertiesXml } from '../word/coreProperties';
import type { PackagePart } from '../statusQuo/statusQuoReportDocument';
import { cell, documentStyles, heading1, heading2, headerCell, pageNumberFooters, textWidth, wordLanguage } from '../word/wordParts';
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
  readonly document: Document;
  readonly packageParts: readonly PackagePart[];
}

/** Number, title, kind and details: the details need the room. */
const columnShares = [0.1, 0.36, 0.12, 0.42];

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
  const document = new Document({
    title,
    subject: subtitle,
    creator: input.officeName ?? '',
    lastModifiedBy: input.officeName ?? '',
    description: `${title} – ${subtitle}`,
    styles: documentStyles(language),
    sections: [
      {
        properties: { titlePage: true },
        footers: pageNumberFooters(text('page'), text('pageOf')),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 240 }, children: [new TextRun(title)] }),
          new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: subtitle, bold: true })] }),
          new Paragraph({ text: text('date', { date: input.dateLabel }) }),
          ...(input.officeName ? [new Paragraph({ text: text('preparedBy', { office: input.officeName }) })] : []),
          heading1(text('summary')),
          new Paragraph({ text: summaryText(lines, input.previous, language) }),
          summaryTable(lines, language),
          ...comparisonLevels.flatMap((level, index) => levelSection(lines.filter((line) => line.level === level), text(`level.${level}`), language, index > 0))
        ]
      }
    ]
  });
  const packageParts: PackagePart[] = [
    {
      path: corePropertiesPath,
      data: corePropertiesXml({ title, subject: subtitle, creator: input.officeName ?? '', description: `${title} – ${subtitle}`, language: wordLanguage[language], createdAt: input.createdAt ?? new Date() })
    }
  ];
  return { title, lines, document, packageParts };
}

/** A `.docx` for download (a Blob: the web part runs in the browser, where Node's Buffer does not exist). */
export function packPeriodComparisonDocument(built: PeriodComparisonDocument): Promise<Blob> {
  return Packer.toBlob(built.document, false, built.packageParts);
}

/** "Aenderungen-gegenueber-3-Fortschreibung.docx": ASCII, since not every mail gateway keeps umlauts in names. */
export function periodComparisonFileName(previous: Pick<PlanPeriod, 'updateNumber'>, language: Language): string {
  return language === 'de' ? `Aenderungen-gegenueber-${previous.updateNumber}-Fortschreibung.docx` : `Changes-against-update-${previous.updateNumber}.docx`;
}

function summaryText(lines: readonly DifferenceLine[], previous: PlanPeriod, language: Language): string {
  const total = (kind: DifferenceLine['kind']): number => lines.filter((line) => line.kind === kind).length;
  return comparisonText('summaryText', language, { previous: periodLabel(previous), added: total('added'), dropped: total('dropped'), changed: total('changed') });
}

function summaryTable(lines: readonly DifferenceLine[], language: Language): Table {
  const text = (key: ComparisonTextKey): string => comparisonText(key, language);
  const label = Math.round(0.4 * textWidth);
  const count = Math.floor((textWidth - label) / 3);
  const right = { alignment: AlignmentType.RIGHT };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [label, count, count, count],
    rows: [
      new TableRow({ tableHeader: true, children: [headerCell(text('column.level')), headerCell(text('kind.added')), headerCell(text('kind.dropped')), headerCell(text('kind.changed'))] }),
      ...comparisonLevels.map((level) => {
        const counts = differenceCounts(lines, level);
        return new TableRow({ children: [cell(text(`level.${level}`)), cell(String(counts.added), right), cell(String(counts.dropped), right), cell(String(counts.changed), right)] });
      })
    ]
  });
}

function levelSection(lines: readonly DifferenceLine[], heading: string, language: Language, isBreakBefore: boolean): (Paragraph | Table)[] {
  const text = (key: ComparisonTextKey): string => comparisonText(key, language);
  const start = [...(isBreakBefore && lines.length > 8 ? [new Paragraph({ children: [new PageBreak()] })] : []), heading2(heading)];
  if (lines.length === 0) {
    return [...start, new Paragraph({ children: [new TextRun({ text: text('none'), italics: true })] })];
  }
  return [
    ...start,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columnShares.map((share) => Math.round(share * textWidth)),
      rows: [
        new TableRow({ tableHeader: true, children: [headerCell(text('column.number')), headerCell(text('column.title')), headerCell(text('column.kind')), headerCell(text('column.details'))] }),
        ...lines.map(
          (line) =>
            new TableRow({
              // A line stays on one page, so its details are never separated from its title.
              cantSplit: true,
              children: [cell(line.number), cell(line.title, { bold: line.kind !== 'changed' }), cell(text(`kind.${line.kind}`)), cell(line.details)]
            })
        )
      ]
    })
  ];
}
