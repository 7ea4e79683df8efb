import type { Language } from '../../domain';
import { MeasureStatusChoices } from '../../domain';
import type { DocumentBlock, ReportDocumentModel, TableBlock, TableCellInput } from '../word/documentModel';
import type { FieldOfActionReportSection, GoalReportSection, OpenPoint, ReviewCounts, StatusQuoReportModel } from './statusQuoReportModel';
import { answerLabel, reportText, StatusQuoMessageKey, statusLabel } from './statusQuoMessages';

/**
 * The status-quo report as the shared document model: title page, contents, a summary with the
 * review and status tables, a section per field of action with a measure table per goal, and the
 * open points.
 */
export function statusQuoDocumentModel(model: StatusQuoReportModel): ReportDocumentModel {
  const language = model.language;
  const text = (key: StatusQuoMessageKey, params?: Readonly<Record<string, string | number>>): string => reportText(key, language, params);
  return {
    language,
    title: model.title,
    subject: model.periodLabel,
    author: model.officeName,
    tableOfContents: true,
    titlePage: {
      ...(model.cityName ? { kicker: model.cityName } : {}),
      title: model.title,
      subtitle: model.periodLabel,
      lines: [text('report.date', { date: model.dateLabel }), text('report.preparedBy', { office: model.officeName })],
      date: model.dateLabel
    },
    blocks: [...summary(model), ...model.sections.flatMap((section) => fieldOfActionSection(section, language)), ...openPoints(model)]
  };
}

function summary(model: StatusQuoReportModel): DocumentBlock[] {
  const language = model.language;
  const { totals } = model;
  const percent = totals.measureCount === 0 ? 0 : Math.round((totals.reviewedCount / totals.measureCount) * 100);
  return [
    { kind: 'heading', level: 1, text: reportText('summary.heading', language) },
    { kind: 'paragraph', text: reportText('summary.reviewed', language, { total: totals.measureCount, reviewed: totals.reviewedCount, percent }) },
    { kind: 'paragraph', text: reportText('summary.concerns', language, { notCurrent: totals.current.no, notAppropriate: totals.appropriate.no }) },
    { kind: 'heading', level: 2, text: reportText('summary.byFieldOfAction', language) },
    reviewTable(
      reportText('column.fieldOfAction', language),
      model.byFieldOfAction.map((row) => ({ label: `${row.number} ${row.title}`, counts: row })),
      totals,
      language
    ),
    { kind: 'heading', level: 2, text: reportText('summary.byDepartment', language) },
    reviewTable(
      reportText('column.department', language),
      model.byDepartment.map((row) => ({ label: row.label, counts: row })),
      totals,
      language
    ),
    { kind: 'heading', level: 2, text: reportText('summary.statusByDepartment', language) },
    statusTable(model)
  ];
}

/** Label, measures, reviewed, then yes/no/open for "current?" and "appropriate?" under a shared header. */
function reviewTable(labelHeader: string, rows: readonly { label: string; counts: ReviewCounts }[], totals: ReviewCounts, language: Language): TableBlock {
  const answers = (['yes', 'no', 'open'] as const).map((answer) => answerLabel(answer, language));
  const bodyRow = (label: string, counts: ReviewCounts, bold = false): TableCellInput[] =>
    [label, counts.measureCount, counts.reviewedCount, counts.current.yes, counts.current.no, counts.current.open, counts.appropriate.yes, counts.appropriate.no, counts.appropriate.open].map(
      (value) => ({ text: String(value), bold })
    );
  return {
    kind: 'table',
    header: [
      [
        { text: labelHeader, rowSpan: 2 },
        { text: reportText('column.measures', language), rowSpan: 2 },
        { text: reportText('column.reviewed', language), rowSpan: 2 },
        { text: reportText('column.current', language), columnSpan: 3 },
        { text: reportText('column.appropriate', language), columnSpan: 3 }
      ],
      [...answers, ...answers]
    ],
    rows: [...rows.map((row) => bodyRow(row.label, row.counts)), bodyRow(reportText('summary.total', language), totals, true)],
    numericColumns: [1, 2, 3, 4, 5, 6, 7, 8]
  };
}

function statusTable(model: StatusQuoReportModel): TableBlock {
  const language = model.language;
  const countCells = (counts: ReviewCounts, bold = false): TableCellInput[] => counts.statusCounts.map((entry) => ({ text: String(entry.count), bold }));
  return {
    kind: 'table',
    header: [[reportText('column.department', language), ...MeasureStatusChoices.codes.map((status) => statusLabel(status, language))]],
    rows: [...model.byDepartment.map((row) => [row.label, ...countCells(row)]), [{ text: reportText('summary.total', language), bold: true }, ...countCells(model.totals, true)]],
    numericColumns: MeasureStatusChoices.codes.map((_, index) => index + 1)
  };
}

function fieldOfActionSection(section: FieldOfActionReportSection, language: Language): DocumentBlock[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: reportText('fieldOfAction.heading', language, { number: section.number, title: section.title }) },
    ...section.goals.flatMap((goal) => goalSection(goal, language))
  ];
}

function goalSection(goal: GoalReportSection, language: Language): DocumentBlock[] {
  const title: DocumentBlock = { kind: 'heading', level: 2, text: reportText('goal.heading', language, { number: goal.number, title: goal.title }) };
  if (goal.measures.length === 0) {
    return [title, { kind: 'paragraph', text: reportText('goal.noMeasures', language), emphasis: 'note' }];
  }
  const headers: StatusQuoMessageKey[] = ['column.number', 'column.measure', 'column.leadDepartment', 'column.status', 'column.current', 'column.appropriate', 'column.notes'];
  return [
    title,
    {
      kind: 'table',
      header: [headers.map((key) => reportText(key, language))],
      rows: goal.measures.map((measure) => [
        measure.number,
        measure.title,
        measure.leadDepartment,
        statusLabel(measure.status, language),
        answerLabel(measure.isCurrent, language),
        answerLabel(measure.isAppropriate, language),
        measure.isReviewed ? measure.notes : { text: reportText('measure.notReviewed', language), italics: true }
      ])
    }
  ];
}

function openPoints(model: StatusQuoReportModel): DocumentBlock[] {
  const language = model.language;
  const list = (key: StatusQuoMessageKey, points: readonly OpenPoint[]): DocumentBlock[] => [
    { kind: 'heading', level: 2, text: reportText(key, language) },
    points.length === 0
      ? { kind: 'paragraph', text: reportText('openPoints.none', language) }
      : {
          kind: 'list',
          items: points.map((point) => reportText('openPoints.item', language, { measure: point.number ? `${point.number} ${point.title}` : point.title, department: point.leadDepartment }))
        }
  ];
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: reportText('openPoints.heading', language) },
    ...list('openPoints.notReviewed', model.openPoints.notReviewed),
    ...list('openPoints.notCurrent', model.openPoints.notCurrent),
    ...list('openPoints.notAppropriate', model.openPoints.notAppropriate)
  ];
}
