import type { Language } from '../../domain';
import { localDate } from '../../domain';
import { planPeriodLabel } from '../statusQuo/statusQuoReportModel';
import { formatReportDate } from '../statusQuo/reportDates';
import type { DocumentBlock, ReportDocumentModel } from '../word/documentModel';
import { changeBlocks } from './changeBlocks';
import { agreementBlocks, steeringBlocks } from './governanceBlocks';
import { catalogueBlocks, lightCounts, measureLights, ruleBlocks } from './measureBlocks';
import { departmentLabeller, orderCatalogue, valueIndex, type CommitteeReportData, type ReportOptions } from './reportData';
import { committeeText } from './reportTexts';

/** The two reports to the bodies: the yearly one to the committee and the one on the whole period. */
export type BodyReportKind = 'annual' | 'period';

/**
 * A report to the bodies as a council paper draft (Mitteilungsvorlage): title page with Betreff,
 * Organisationseinheit and Datum, the Beratungsfolge, the Sachverhalt with the traffic-light rule,
 * the measures per field of action and goal with their indicators, the goal agreements, the steering
 * group's sessions and decisions, and the changes since the last report. The annual and the period
 * report differ only in the years they cover.
 */
export function buildBodyReportModel(kind: BodyReportKind, data: CommitteeReportData, options: ReportOptions = {}): ReportDocumentModel {
  const language: Language = options.language ?? 'de';
  const t = (key: Parameters<typeof committeeText>[0], params: Readonly<Record<string, string | number>> = {}): string => committeeText(key, language, params);
  const years = [...data.years].sort((a, b) => a - b);
  const lastYear = years[years.length - 1] ?? data.planPeriod.endYear;
  const period = planPeriodLabel(data.planPeriod, language);
  const catalogue = orderCatalogue(data);
  const valueOf = valueIndex(data.acceptedValues, kind === 'annual' ? chartYears(data, lastYear) : years);
  const departmentLabel = departmentLabeller(data.departments, t('unknownDepartment'));
  const measures = catalogue.fields.flatMap((field) => catalogue.goalsOf(field.id).flatMap((goal) => catalogue.measuresOf(goal.id)));
  const lightYear = kind === 'annual' ? lastYear : periodLightYear(years, data.reportDate);
  const lights = measureLights(measures, data.indicators, data.agreements, lightYear, valueOf);
  const counts = lightCounts(lights);
  const title = kind === 'annual' ? t('annualTitle', { year: lastYear }) : t('periodTitle', { period });
  const subject = kind === 'annual' ? t('annualSubject', { year: lastYear, period }) : t('periodSubject', { period });
  const date = formatReportDate(data.reportDate, language);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: t('consultation') },
    {
      kind: 'table',
      caption: t('consultationCaption'),
      header: [[t('consultationBody'), t('consultationDate'), t('consultationRole')]],
      rows: [[data.consultation.body, data.consultation.sessionDate ? formatReportDate(data.consultation.sessionDate, language) : t('dateOpen'), t('forInformation')]]
    },
    { kind: 'heading', level: 1, text: t('facts') },
    {
      kind: 'paragraph',
      text:
        kind === 'annual'
          ? t('factsAnnual', { period, year: lastYear, measures: catalogue.measureCount, fields: catalogue.fields.length, goals: catalogue.goalCount, indicators: catalogue.indicatorCount })
          : t('factsPeriod', { period, start: data.planPeriod.startYear, end: data.planPeriod.endYear, measures: catalogue.measureCount, fields: catalogue.fields.length, goals: catalogue.goalCount, indicators: catalogue.indicatorCount })
    },
    { kind: 'paragraph', text: `${kind === 'period' ? `${t('lightYear', { year: lightYear })} ` : ''}${t('lightSummary', counts)}` },
    { kind: 'paragraph', text: `${t('acceptedOnly')} ${data.notAcceptedCount > 0 ? t('notAccepted', { count: data.notAcceptedCount }) : t('allAccepted')}` },
    ...ruleBlocks(language),
    { kind: 'pageBreak' },
    ...catalogueBlocks(catalogue, lights, { year: lightYear, chartYears: kind === 'annual' ? chartYears(data, lastYear) : years, valueOf, departmentLabel, language }),
    ...(kind === 'annual'
      ? agreementBlocks(data.agreements, data.departments, lastYear, language)
      : [{ kind: 'heading' as const, level: 1 as const, text: t('agreementsHeading', { year: `${years[0]}–${lastYear}` }) }, ...years.flatMap((year) => agreementBlocks(data.agreements, data.departments, year, language, 2))]),
    ...steeringBlocks(data.steeringSessions, data.actionItems, years, departmentLabel, language),
    ...changeBlocks(data.changes, data.changesFrom, data.indicators, language)
  ];
  return {
    language,
    title,
    subject,
    author: data.officeName,
    titlePage: {
      ...(data.cityName ? { kicker: data.cityName } : {}),
      title,
      subtitle: kind === 'annual' ? t('annualSubtitle', { period }) : t('periodSubtitle', { period, start: data.planPeriod.startYear, end: data.planPeriod.endYear }),
      facts: [
        { label: t('factSubject'), value: subject },
        { label: t('factUnit'), value: data.officeName },
        { label: t('factDate'), value: date }
      ],
      lines: [t('draftLine')],
      date
    },
    tableOfContents: true,
    blocks
  };
}

/**
 * The year whose state the period report's lights show: the last year of the period whose values
 * were collected by the report's date (a year's values come in the next), at least the first.
 */
function periodLightYear(years: readonly number[], reportDate: string): number {
  const reportYear = localDate(reportDate)?.year ?? years[years.length - 1] + 1;
  return Math.max(years[0], Math.min(years[years.length - 1], reportYear - 1));
}

/** The annual report's charts show the period's years up to the report's year, so the trend is visible. */
function chartYears(data: Pick<CommitteeReportData, 'planPeriod'>, lastYear: number): number[] {
  const years: number[] = [];
  for (let year = Math.min(data.planPeriod.startYear, lastYear); year <= lastYear; year += 1) {
    years.push(year);
  }
  return years;
}
