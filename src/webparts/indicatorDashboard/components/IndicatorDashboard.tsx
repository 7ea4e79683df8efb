import * as React from 'react';
import type { ProductServices } from '../../../app/services';
import { itemHistoryLoader } from '../../../app/itemHistory';
import { DefaultButton, MessageBar, MessageBarType, Pivot, PivotItem, Spinner, SpinnerSize, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { CorrectionRequest, ReportingYear } from '../../../domain';
import type { AcceptedCorrection } from '../../../app/indicatorDashboard/correctionRequests';
import { reportingYearOf } from '../../../app/indicatorDashboard/dashboardModel';
import { pendingOf, reviewOverviewOf } from '../../../app/indicatorDashboard/reviewOverview';
import { ReviewRecorded, useValueReviewFlow, withReviews } from '../../../app/indicatorDashboard/valueReviewFlow';
import { ServiceError } from '../../../http/serviceError';
import { errorText } from '../../../ui/ErrorMessage';
import { offerDownload } from '../../../ui/download';
import { budgetProductWorkbookFile } from '../../../app/indicatorDashboard/budgetProductExport';
import type { DashboardData, DashboardServices } from '../../../app/indicatorDashboard/dashboardData';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { useLoader } from '../../../ui/useLoader';
import { format } from '../../../ui/format';
import { loadDashboard } from '../../../app/indicatorDashboard/dashboardData';
import { withDecision } from '../../../app/indicatorDashboard/correctionRequests';
import { GoalIndicators } from './GoalIndicators';
import { CompletenessView } from './CompletenessView';
import { CorrectionRequests } from './CorrectionRequests';
import { ValueReviewList } from './ValueReviewList';

export interface IndicatorDashboardProps {
  readonly services: DashboardServices & Pick<ProductServices, 'history'>;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly theme: HostTheme;
  /** Where a reminder mail leads: `{year}` and `{department}` are filled in. */
  readonly entryLinkTemplate: string;
  readonly planPeriodId?: number;
  /** Which tab opens first, e.g. from a deep link. */
  readonly initialTab?: 'goals' | 'completeness' | 'corrections' | 'review';
}

const classes = mergeStyleSets({
  root: { padding: '16px 0', maxWidth: 1200 },
  header: { marginBottom: 8 }
});

/** The values per budget product as .xlsx; the spreadsheet library is loaded only when someone exports. */
async function exportByProduct(data: DashboardData, strings: IIndicatorDashboardWebPartStrings): Promise<void> {
  const labels = {
    product: strings.ExportProduct,
    indicator: strings.ExportIndicator,
    measure: strings.ExportMeasure,
    department: strings.ExportDepartment,
    unit: strings.ExportUnit,
    target: strings.ExportTarget,
    corrections: strings.ExportCorrections,
    noProduct: strings.ExportNoProduct
  };
  const file = await budgetProductWorkbookFile(data, labels, { sheet: strings.ExportSheetName, filePrefix: strings.ExportFilePrefix }, new Date());
  offerDownload(file.content, file.fileName);
}

/** "„Teilnehmende“ 2025: von einem anderen Fachbereich erfasst; …" */
function misplacedText(data: DashboardData, strings: IIndicatorDashboardWebPartStrings): string {
  const titles = new Map(data.indicators.map((indicator) => [indicator.id, indicator.title]));
  return data.misplacedValues
    .map((value) =>
      value.mismatch === 'department'
        ? format(strings.MisplacedDepartment, titles.get(value.indicatorId) ?? value.indicatorId, value.year)
        : format(strings.MisplacedFolder, titles.get(value.indicatorId) ?? value.indicatorId, value.year, value.folder ?? '–')
    )
    .join('; ');
}

/** Indicators per goal over the years (charts with tables) and the completeness of the reporting year. */
export function IndicatorDashboard({ services, strings, theme, entryLinkTemplate, planPeriodId, initialTab }: IndicatorDashboardProps): React.ReactElement {
  const [loaded, reload] = useLoader(() => loadDashboard(services, new Date(), planPeriodId), String(planPeriodId ?? 'current'));
  const [tab, setTab] = React.useState<string>(initialTab ?? 'goals');
  // Locks changed on this page since loading; a reload starts from the list again.
  const [changedYears, setChangedYears] = React.useState<readonly ReportingYear[]>([]);
  // Correction requests decided on this page since loading, applied to what is shown.
  const [decided, setDecided] = React.useState<ReadonlyArray<{ readonly request: CorrectionRequest; readonly accepted?: AcceptedCorrection }>>([]);
  // Values reviewed on this page since loading (and values found changed meanwhile).
  const [reviewed, setReviewed] = React.useState<readonly ReviewRecorded[]>([]);
  const [reviewFlow, dispatchReview] = useValueReviewFlow(reportingYearOf(new Date()));
  React.useEffect(() => {
    setChangedYears([]);
    setDecided([]);
    setReviewed([]);
  }, [loaded]);
  // Exporting, or why the last export failed.
  const [exportState, setExportState] = React.useState<{ readonly kind: 'idle' | 'exporting' } | { readonly kind: 'failed'; readonly text: string }>({ kind: 'idle' });
  const exporting = exportState.kind === 'exporting';
  const exportError = exportState.kind === 'failed' ? exportState.text : undefined;
  const data = React.useMemo(
    () =>
      loaded.state === 'ready'
        ? withReviews(
            decided.reduce<DashboardData>((shown, { request, accepted }) => withDecision(shown, request, accepted), {
              ...loaded.data,
              reportingYears: [...loaded.data.reportingYears.filter((year) => !changedYears.some((changed) => changed.year === year.year)), ...changedYears]
            }),
            reviewed
          )
        : undefined,
    [loaded, changedYears, decided, reviewed]
  );
  const waiting = React.useMemo(() => (data ? pendingOf(reviewOverviewOf(data.reportingYear, data)).submitted : 0), [data]);
  const onRecorded = React.useCallback((recorded: ReviewRecorded) => setReviewed((current) => [...current, recorded]), []);
  const runExport = async (shown: DashboardData): Promise<void> => {
    setExportState({ kind: 'exporting' });
    try {
      await exportByProduct(shown, strings);
      setExportState({ kind: 'idle' });
    } catch (error) {
      setExportState({ kind: 'failed', text: format(strings.ExportFailed, error instanceof ServiceError ? `${errorText(error)} (${error.status})` : errorText(error)) });
    }
  };
  const headingId = 'integrationsplanung-indicators-heading';
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root} headingClassName={classes.header}>
      <LoadStatus loaded={loaded} label={strings.Loading} onRetry={reload} />
      {loaded.state === 'ready' && !loaded.data.period && <Text role="status">{strings.NoPlanPeriod}</Text>}
      {data?.period && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Stack horizontal wrap verticalAlign="center" horizontalAlign="space-between" tokens={{ childrenGap: 12 }}>
            <Text>{format(strings.PlanPeriod, data.period.title)}</Text>
            <DefaultButton
              text={exporting ? strings.Exporting : strings.ExportByProduct}
              iconProps={{ iconName: 'ExcelDocument' }}
              disabled={exporting}
              onClick={() => void runExport(data)}
              data-testid="export-by-product"
            />
          </Stack>
          {exporting && <Spinner size={SpinnerSize.small} label={strings.Exporting} ariaLive="polite" labelPosition="right" />}
          {exportError && (
            <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setExportState({ kind: 'idle' })} dismissButtonAriaLabel={strings.DismissNotice} isMultiline>
              <div role="alert">{exportError}</div>
            </MessageBar>
          )}
          {data.misplacedValues.length > 0 && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              <div role="status" data-testid="misplaced-values">
                {format(strings.MisplacedValues, data.misplacedValues.length, misplacedText(data, strings))}
              </div>
            </MessageBar>
          )}
          <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)} headersOnly={false}>
            <PivotItem itemKey="goals" headerText={strings.TabGoals}>
              <GoalIndicators data={data} strings={strings} theme={theme} locale={services.locale} historyOf={(valueId) => itemHistoryLoader(services, 'IndicatorValues', valueId)} />
            </PivotItem>
            <PivotItem itemKey="completeness" headerText={strings.TabCompleteness}>
              <CompletenessView
                data={data}
                services={services}
                strings={strings}
                locale={services.locale}
                entryLinkTemplate={entryLinkTemplate}
                onReportingYearChanged={(saved) => setChangedYears((current) => [...current.filter((year) => year.year !== saved.year), saved])}
                onDrillDown={(year, departmentId, state) => {
                  dispatchReview({ type: 'drilledDown', year, departmentId, state });
                  setTab('review');
                }}
              />
            </PivotItem>
            {data.user.role === 'coordinator' && (
              <PivotItem itemKey="corrections" headerText={format(strings.TabCorrections, data.correctionRequests.filter((request) => request.status === 'open').length)}>
                <CorrectionRequests data={data} services={services} strings={strings} locale={services.locale} onDecided={(request, accepted) => setDecided((current) => [...current, { request, ...(accepted ? { accepted } : {}) }])} />
              </PivotItem>
            )}
            {data.user.role === 'coordinator' && (
              <PivotItem itemKey="review" headerText={format(strings.TabReview, waiting)}>
                <ValueReviewList data={data} services={services} strings={strings} locale={services.locale} flow={reviewFlow} dispatch={dispatchReview} onRecorded={onRecorded} />
              </PivotItem>
            )}
          </Pivot>
        </Stack>
      )}
    </WebPartSection>
  );
}
