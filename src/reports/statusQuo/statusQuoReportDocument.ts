import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import type { Language } from '../../domain';
import { MeasureStatusChoices } from '../../domain';
import type { AnswerCounts, FieldOfActionReportSection, GoalReportSection, OpenPoint, ReviewCounts, StatusQuoReportInput, StatusQuoReportModel, StatusQuoReportOptions } from './statusQuoReportModel';
import { buildStatusQuoReportModel } from './statusQuoReportModel';
import { answerLabel, reportText, StatusQuoMessageKey, statusLabel } from './statusQuoMessages';
import { corePropertiesPath, corePropertiesXml } from '../word/coreProperties';
import { cell, documentStyles, heading1, heading2, headerCell, pageNumberFooters, textWidth, wordLanguage } from '../word/wordParts';

/** Shares of the text width for the measure tables: title and notes need the room, answers do not. */
const measureColumnShares = [0.08, 0.28, 0.15, 0.13, 0.09, 0.11, 0.16];

/** Count tables: a wide label column (department or field names), the counts share the rest. */
function countColumnWidths(countColumns: number): number[] {
  const label = Math.round(0.28 * textWidth);
  const count = Math.floor((textWidth - label) / countColumns);
  return [label, ...Array.from({ length: countColumns }, () => count)];
}

/** A package part written in place of the one the docx library produces. */
export interface PackagePart {
  readonly path: string;
  readonly data: string;
}

/** The report's content as data (for the page: counts, problems) and as a Word document. */
export interface StatusQuoReport {
  readonly model: StatusQuoReportModel;
  readonly document: Document;
  /** Hand these to the packer along with the document. */
  readonly packageParts: readonly PackagePart[];
}

export interface StatusQuoReportRenderOptions {
  /** When the document counts as created; now unless given (tests fix it). */
  readonly createdAt?: Date;
}

/** The status-quo report as a Word document, built from the domain's records. */
export function buildStatusQuoReport(input: StatusQuoReportInput, options: StatusQuoReportOptions & StatusQuoReportRenderOptions = {}): StatusQuoReport {
  const model = buildStatusQuoReportModel(input, options);
  return { model, document: renderStatusQuoReport(model), packageParts: statusQuoPackageParts(model, options) };
}

/**
 * A `.docx` file for download or upload to the library. A Blob, because the web part runs in
 * the browser, where Node's Buffer does not exist.
 */
export function packStatusQuoReport(report: StatusQuoReport): Promise<Blob> {
  return Packer.toBlob(report.document, false, report.packageParts);
}

/** The document properties with the report's language, which the docx library cannot set. */
export function statusQuoPackageParts(model: StatusQuoReportModel, options: StatusQuoReportRenderOptions = {}): PackagePart[] {
  return [
    {
      path: corePropertiesPath,
      data: corePropertiesXml({
        title: model.title,
        subject: model.periodLabel,
        creator: model.officeName,
        description: `${model.title} – ${model.periodLabel}`,
        language: wordLanguage[model.language],
        createdAt: options.createdAt ?? new Date()
      })
    }
  ];
}

export function renderStatusQuoReport(model: StatusQuoReportModel): Document {
  const text = (key: StatusQuoMessageKey, params?: Readonly<Record<string, string | number>>): string => reportText(key, model.language, params);
  return new Document({
    title: model.title,
    subject: model.periodLabel,
    creator: model.officeName,
    lastModifiedBy: model.officeName,
    description: `${model.title} – ${model.periodLabel}`,
    // Word asks to refresh fields on opening, so the table of contents gets its page numbers.
    features: { updateFields: true },
    styles: documentStyles(model.language),
    sections: [
      {
        // The title page carries no page number, as council papers do.
        properties: { titlePage: true },
        footers: pageNumberFooters(text('report.page'), text('report.pageOf')),
        children: [
          ...titlePage(model),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text('report.contents'))] }),
          new TableOfContents(text('report.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...summary(model),
          ...model.sections.flatMap((section) => fieldOfActionSection(section, model.language)),
          ...openPoints(model)
        ]
      }
    ]
  });
}

function titlePage(model: StatusQuoReportModel): Paragraph[] {
  const line = (content: string, size: number, bold = false): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: content, size, bold })] });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    ...(model.cityName ? [line(model.cityName, 28)] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun(model.title)] }),
    line(model.periodLabel, 32, true),
    line(reportText('report.date', model.language, { date: model.dateLabel }), 24),
    line(reportText('report.preparedBy', model.language, { office: model.officeName }), 24),
    new Paragraph({ children: [new PageBreak()] })
  ];
}

function summary(model: StatusQuoReportModel): (Paragraph | Table)[] {
  const language = model.language;
  const { totals } = model;
  const percent = totals.measureCount === 0 ? 0 : Math.round((totals.reviewedCount / totals.measureCount) * 100);
  return [
    heading1(reportText('summary.heading', language)),
    new Paragraph({ text: reportText('summary.reviewed', language, { total: totals.measureCount, reviewed: totals.reviewedCount, percent }) }),
    new Paragraph({ text: reportText('summary.concerns', language, { notCurrent: totals.current.no, notAppropriate: totals.appropriate.no }) }),
    heading2(reportText('summary.byFieldOfAction', language)),
    reviewTable(
      reportText('column.fieldOfAction', language),
      model.byFieldOfAction.map((row) => ({ label: `${row.number} ${row.title}`, counts: row })),
      totals,
      language
    ),
    heading2(reportText('summary.byDepartment', language)),
    reviewTable(
      reportText('column.department', language),
      model.byDepartment.map((row) => ({ label: row.label, counts: row })),
      totals,
      language
    ),
    heading2(reportText('summary.statusByDepartment', language)),
    statusTable(model)
  ];
}

/** Label, measures, reviewed, then yes/no/open for "current?" and "appropriate?" under a shared header. */
function reviewTable(labelHeader: string, rows: readonly { label: string; counts: ReviewCounts }[], totals: ReviewCounts, language: Language): Table {
  const answers = (['yes', 'no', 'open'] as const).map((answer) => answerLabel(answer, language));
  const answerCells = (counts: AnswerCounts): TableCell[] => [counts.yes, counts.no, counts.open].map((count) => cell(String(count), { alignment: AlignmentType.RIGHT }));
  const bodyRow = (label: string, counts: ReviewCounts, bold = false): TableRow =>
    new TableRow({
      children: [
        cell(label, { bold }),
        cell(String(counts.measureCount), { alignment: AlignmentType.RIGHT, bold }),
        cell(String(counts.reviewedCount), { alignment: AlignmentType.RIGHT, bold }),
        ...answerCells(counts.current),
        ...answerCells(counts.appropriate)
      ]
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: countColumnWidths(8),
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          headerCell(labelHeader, { rowSpan: 2 }),
          headerCell(reportText('column.measures', language), { rowSpan: 2 }),
          headerCell(reportText('column.reviewed', language), { rowSpan: 2 }),
          headerCell(reportText('column.current', language), { columnSpan: 3 }),
          headerCell(reportText('column.appropriate', language), { columnSpan: 3 })
        ]
      }),
      new TableRow({ tableHeader: true, children: [...answers, ...answers].map((answer) => headerCell(answer)) }),
      ...rows.map((row) => bodyRow(row.label, row.counts)),
      bodyRow(reportText('summary.total', language), totals, true)
    ]
  });
}

function statusTable(model: StatusQuoReportModel): Table {
  const language = model.language;
  const countCells = (counts: ReviewCounts, bold = false): TableCell[] =>
    counts.statusCounts.map((entry) => cell(String(entry.count), { alignment: AlignmentType.RIGHT, bold }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: countColumnWidths(MeasureStatusChoices.codes.length),
    rows: [
      new TableRow({
        tableHeader: true,
        children: [headerCell(reportText('column.department', language)), ...MeasureStatusChoices.codes.map((status) => headerCell(statusLabel(status, language)))]
      }),
      ...model.byDepartment.map((row) => new TableRow({ children: [cell(row.label), ...countCells(row)] })),
      new TableRow({ children: [cell(reportText('summary.total', language), { bold: true }), ...countCells(model.totals, true)] })
    ]
  });
}

function fieldOfActionSection(section: FieldOfActionReportSection, language: Language): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    heading1(reportText('fieldOfAction.heading', language, { number: section.number, title: section.title })),
    ...section.goals.flatMap((goal) => goalSection(goal, language))
  ];
}

function goalSection(goal: GoalReportSection, language: Language): (Paragraph | Table)[] {
  const title = heading2(reportText('goal.heading', language, { number: goal.number, title: goal.title }));
  if (goal.measures.length === 0) {
    return [title, new Paragraph({ children: [new TextRun({ text: reportText('goal.noMeasures', language), italics: true })] })];
  }
  const headers: StatusQuoMessageKey[] = ['column.number', 'column.measure', 'column.leadDepartment', 'column.status', 'column.current', 'column.appropriate', 'column.notes'];
  return [
    title,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: measureColumnShares.map((share) => Math.round(share * textWidth)),
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((key) => headerCell(reportText(key, language))) }),
        ...goal.measures.map(
          (measure) =>
            new TableRow({
              // A measure's row stays on one page, so its notes are never separated from its title.
              cantSplit: true,
              children: [
                cell(measure.number),
                cell(measure.title),
                cell(measure.leadDepartment),
                cell(statusLabel(measure.status, language)),
                cell(answerLabel(measure.isCurrent, language)),
                cell(answerLabel(measure.isAppropriate, language)),
                measure.isReviewed ? cell(measure.notes) : cell(reportText('measure.notReviewed', language), { italics: true })
              ]
            })
        )
      ]
    })
  ];
}

function openPoints(model: StatusQuoReportModel): Paragraph[] {
  const language = model.language;
  const list = (key: StatusQuoMessageKey, points: readonly OpenPoint[]): Paragraph[] => [
    heading2(reportText(key, language)),
    ...(points.length === 0
      ? [new Paragraph({ text: reportText('openPoints.none', language) })]
      : points.map(
          (point) =>
            new Paragraph({
              bullet: { level: 0 },
              text: reportText('openPoints.item', language, { measure: point.number ? `${point.number} ${point.title}` : point.title, department: point.leadDepartment })
            })
        ))
  ];
  return [
    new Paragraph({ children: [new PageBreak()] }),
    heading1(reportText('openPoints.heading', language)),
    ...list('openPoints.notReviewed', model.openPoints.notReviewed),
    ...list('openPoints.notCurrent', model.openPoints.notCurrent),
    ...list('openPoints.notAppropriate', model.openPoints.notAppropriate)
  ];
}
