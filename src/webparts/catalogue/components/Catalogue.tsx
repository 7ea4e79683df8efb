import * as React from 'react';
import { Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
import { loadCatalogue, LoadedCatalogue } from '../../../app/catalogue/catalogueLoader';
import type { CatalogueSortKey } from '../../../app/catalogue/catalogueView';
import { useCatalogue } from '../../../app/catalogue/catalogueState';
import { useShownInNextTask } from '../../../app/catalogue/nextTask';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useLoader } from '../../../ui/useLoader';
import { format } from '../../../ui/format';
import { offerDownload } from '../../../ui/download';
import { MeasurePanel } from './MeasurePanel';
import { CatalogueImportPanel } from './import/CatalogueImportPanel';
import { CatalogueFilterBar } from './CatalogueFilterBar';
import { CatalogueGrid } from './CatalogueGrid';
import { PeriodClosedNotice } from './PeriodClosedNotice';

export interface CatalogueProps {
  readonly services: ProductServices;
  readonly strings: ICatalogueWebPartStrings;
  readonly theme: HostTheme;
  readonly planPeriodId?: number;
  /** Opens this measure's details once the catalogue has loaded (deep link). */
  readonly initialMeasureId?: number;
}

const classes = mergeStyleSets({
  root: { padding: '16px 0' }
});

export function Catalogue({ services, strings, theme, planPeriodId, initialMeasureId }: CatalogueProps): React.ReactElement {
  const [selectedPeriod, setSelectedPeriod] = React.useState<number | undefined>(planPeriodId);
  const [progress, setProgress] = React.useState(0);
  const [loaded, reload] = useLoader(() => loadCatalogue(services, selectedPeriod, setProgress), `${selectedPeriod ?? 'current'}`);
  const headingId = 'integrationsplanung-catalogue-heading';
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root}>
      <LoadStatus loaded={loaded} label={progress > 0 ? format(strings.LoadingProgress, progress.toLocaleString(services.locale)) : strings.Loading} onRetry={reload} />
      {loaded.state === 'ready' && <CatalogueTable data={loaded.data} services={services} strings={strings} onSelectPeriod={setSelectedPeriod} initialMeasureId={initialMeasureId} onImported={reload} />}
    </WebPartSection>
  );
}

interface CatalogueTableProps {
  readonly data: LoadedCatalogue;
  readonly services: ProductServices;
  readonly strings: ICatalogueWebPartStrings;
  readonly onSelectPeriod: (id: number) => void;
  readonly initialMeasureId?: number;
  /** Loads the catalogue again after an import wrote to it. */
  readonly onImported: () => void;
}

function CatalogueTable({ data: loadedData, services, strings, onSelectPeriod, initialMeasureId, onImported }: CatalogueTableProps): React.ReactElement {
  const locale = services.locale;
  const { state, data, view, openRow, dispatch, exportShown } = useCatalogue(loadedData, initialMeasureId, strings.ExportFileName, offerDownload);
  const departmentName = React.useCallback(
    (id: number): string => {
      const department = data.departments.find((candidate) => candidate.id === id);
      return department ? `${department.number} ${department.name}` : '';
    },
    [data.departments]
  );
  const openMeasure = React.useCallback((measureId: number) => dispatch({ type: 'open', measureId }), [dispatch]);
  const onSort = React.useCallback((sort: CatalogueSortKey) => dispatch({ type: 'sort', sort }), [dispatch]);
  // Filters and count paint first; the grid follows in its own task, so neither is a long one.
  const isGridShown = useShownInNextTask();

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <CatalogueFilterBar
        data={data}
        state={state}
        strings={strings}
        canExport={view.rows.length > 0}
        onSelectPeriod={onSelectPeriod}
        dispatch={dispatch}
        onExport={exportShown}
      />
      <PeriodClosedNotice period={data.period} strings={strings} locale={locale} />
      {state.exportError !== undefined && <ErrorMessage error={state.exportError} onRetry={exportShown} />}
      <Text role="status" aria-live="polite" data-testid="catalogue-count">
        {format(strings.ResultCount, view.rows.length.toLocaleString(locale), view.total.toLocaleString(locale))}
      </Text>
      {view.rows.length === 0 ? (
        <Text>{strings.NoResults}</Text>
      ) : (
        isGridShown && <CatalogueGrid view={view} sort={state.sort} strings={strings} locale={locale} onSort={onSort} onOpen={openMeasure} />
      )}
      {state.isImportOpen && data.period && (
        <CatalogueImportPanel
          services={services}
          strings={strings}
          period={data.period}
          onDismiss={(changed) => {
            dispatch({ type: 'importClosed' });
            if (changed) {
              onImported();
            }
          }}
        />
      )}
      {openRow && (
        <MeasurePanel
          row={openRow}
          period={data.period}
          user={data.user}
          services={services}
          strings={strings}
          departmentName={departmentName}
          onSaved={(measure) => dispatch({ type: 'measureSaved', measure })}
          onDismiss={() => dispatch({ type: 'close' })}
        />
      )}
    </Stack>
  );
}
