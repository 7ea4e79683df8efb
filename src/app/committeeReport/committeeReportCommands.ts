import type { ReportDocumentModel } from '../../reports/word/documentModel';
import type { AcceptedValuesReader } from './acceptedValues';
import { loadCommitteeReportData, type CommitteeReportRequest, type CommitteeReportServices } from './committeeReportData';
import type { CommitteeReportFile, Generation } from './committeeReportState';

/** Turns a report model into a Word file (the shared document builder), into `template` when the city stored one. */
export type ReportRenderer = (model: ReportDocumentModel, template?: ArrayBuffer) => Promise<Blob>;

export interface GenerationContext {
  readonly services: CommitteeReportServices;
  readonly accepted: AcceptedValuesReader;
  readonly render: ReportRenderer;
  readonly show: (generation: Generation) => void;
  /** A report was stored: the list is read again. */
  readonly onStored: () => void;
}

/** Builds the report from live data; the report module is loaded only when someone asks for one. */
export async function buildCommitteeReportFile(context: Pick<GenerationContext, 'services' | 'accepted' | 'render' | 'show'>, request: CommitteeReportRequest, now: Date): Promise<CommitteeReportFile> {
  const data = await loadCommitteeReportData(context.services, context.accepted, request, now, (step) => context.show({ kind: 'working', step }));
  context.show({ kind: 'working', step: 'document' });
  const [committee, period] = await Promise.all([
    import(/* webpackChunkName: 'committee-report' */ '../../reports/committee'),
    import(/* webpackChunkName: 'committee-report' */ '../../reports/periodReport')
  ]);
  const isAnnual = request.kind === 'annualReport';
  const model = isAnnual ? committee.buildCommitteeReportModel(data, { language: request.language }) : period.buildPeriodReportModel(data, { language: request.language });
  const content = await context.render(model, await context.services.reports.template());
  return {
    fileName: isAnnual ? committee.committeeReportFileName(request.year, data.reportDate, request.language) : period.periodReportFileName(data.planPeriod, data.reportDate, request.language),
    content,
    title: model.title,
    type: request.kind,
    year: isAnnual ? request.year : data.planPeriod.endYear,
    planPeriodId: data.planPeriod.id,
    notAcceptedCount: data.notAcceptedCount
  };
}

/** Stores the file; an existing report of that name is replaced only when the user said so. */
export async function storeCommitteeReport(context: GenerationContext, file: CommitteeReportFile, overwrite: boolean): Promise<void> {
  context.show({ kind: 'working', step: 'upload' });
  try {
    const outcome = await context.services.reports.save(
      { fileName: file.fileName, content: file.content, title: file.title, type: file.type, year: file.year, planPeriodId: file.planPeriodId },
      { overwrite }
    );
    if (outcome.status === 'exists') {
      context.show({ kind: 'confirmReplace', file });
      return;
    }
    context.show({ kind: 'saved', file, replaced: overwrite });
    context.onStored();
  } catch (error) {
    context.show({ kind: 'failed', error, file, overwrite });
  }
}

/** Generates and stores; a failure while building keeps nothing, a failed upload keeps the file for the retry. */
export async function generateCommitteeReport(context: GenerationContext, request: CommitteeReportRequest, now: Date): Promise<void> {
  let file: CommitteeReportFile;
  try {
    file = await buildCommitteeReportFile(context, request, now);
  } catch (error) {
    context.show({ kind: 'failed', error, overwrite: false });
    return;
  }
  await storeCommitteeReport(context, file, false);
}

/** After a failure: only the upload again when the file was built, else the whole report. */
export function retryCommitteeReport(context: GenerationContext, generation: Generation, request: CommitteeReportRequest, now: Date): Promise<void> {
  return generation.kind === 'failed' && generation.file ? storeCommitteeReport(context, generation.file, generation.overwrite) : generateCommitteeReport(context, request, now);
}
