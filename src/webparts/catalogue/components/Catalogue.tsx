import * as React from 'react';
import {
  ActionButton,
  CheckboxVisibility,
  ConstrainMode,
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  IColumn,
  IDropdownOption,
  IGroup,
  Link,
  SearchBox,
  SelectionMode,
  Stack,
  Text,
  mergeStyleSets
} from '@fluentui/react';
import { MeasureStatusChoices } from '../../../domain';
import type { Measure, MeasureStatus, PlanPeriod } from '../../../domain';
import type { CurrentUser } from '../../../data/userRepository';
import { MeasurePanel } from './MeasurePanel';
import { CatalogueImportPanel } from './import/CatalogueImportPanel';
import { exportFileName, exportMeasures } from '../../../app/catalogue/catalogueExport';
import { offerDownload } from '../../../ui/download';
import type { ProductServices } from '../../../app/services';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useLoader } from '../../../ui/useLoader';
import { format } from '../../../ui/format';
import { statusLabels } from '../../../ui/statusLabels';
import { currentPlanPeriod } from '../../../domain';
import { buildCatalogueView, CatalogueData, CatalogueFilters, CatalogueRow, CatalogueSortKey } from '../../../app/catalogue/catalogueView';

export interface CatalogueProps {
  readonly services: ProductServices;
  readonly strings: ICatalogueWebPartStrings;
  readonly theme: HostTheme;
  readonly planPeriodId?: number;
  /** Opens this measure's details once the catalogue has loaded (deep link). */
  readonly initialMeasureId?: number;
}

interface LoadedCatalogue extends CatalogueData {
  readonly user: CurrentUser;
  readonly periods: readonly PlanPeriod[];
  readonly period?: PlanPeriod;
}

const classes = mergeStyleSets({
  root: { padding: '16px 0' },
  filters: { marginBottom: 12 }
});

async function loadCatalogue(services: ProductServices, planPeriodId: number | undefined, onProgress: (loaded: number) => void): Promise<LoadedCatalogue> {
  const [user, periods, departments, concepts] = await Promise.all([
    services.users.currentUser(),
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.catalogue.concepts()
  ]);
  const period = periods.find((candidate) => candidate.id === planPeriodId) ?? currentPlanPeriod(periods);
  if (!period) {
    return { user, periods, departments, concepts, fieldsOfAction: [], goals: [], measures: [] };
  }
  const [fieldsOfAction, goals, measures, indicators] = await Promise.all([
    services.catalogue.fieldsOfAction(period.id),
    services.catalogue.goals(period.id),
    services.catalogue.measures(period.id, { onProgress }),
    services.indicators.indicators()
  ]);
  return { user, periods, period, departments, concepts, fieldsOfAction, goals, measures, indicators };
}

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
  const [filters, setFilters] = React.useState<CatalogueFilters>({});
  const [sort, setSort] = React.useState<CatalogueSortKey>('number');
  const [measures, setMeasures] = React.useState<readonly Measure[]>(loadedData.measures);
  const [openRow, setOpenRow] = React.useState<CatalogueRow | undefined>(undefined);
  const data = React.useMemo(() => ({ ...loadedData, measures }), [loadedData, measures]);
  const labels = statusLabels(strings);
  const view = React.useMemo(() => buildCatalogueView(data, filters, sort, MeasureStatusChoices.codes), [data, filters, sort]);
  React.useEffect(() => {
    const linked = initialMeasureId === undefined ? undefined : view.rows.find((row) => row.measure.id === initialMeasureId);
    if (linked) {
      setOpenRow(linked);
    }
    // Only when the catalogue first shows: a deep link opens one measure once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialMeasureId]);
  const departmentName = (id: number): string => {
    const department = data.departments.find((candidate) => candidate.id === id);
    return department ? `${department.number} ${department.name}` : '';
  };
  const [exportState, setExportState] = React.useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const exportShown = async (): Promise<void> => {
    setExportState({ busy: true });
    try {
      const blob = await exportMeasures(data, view.rows.map((row) => row.measure));
      offerDownload(blob, exportFileName(strings.ExportFileName, data.period, new Date()));
      setExportState({ busy: false });
    } catch (error) {
      setExportState({ busy: false, error });
    }
  };
  // Importing writes to every department's measures: only the office, as for the lists themselves.
  const [isImportOpen, setImportOpen] = React.useState(false);
  const replaceMeasure = (saved: Measure): void => setMeasures((current) => current.map((candidate) => (candidate.id === saved.id ? saved : candidate)));
  const all: IDropdownOption = { key: '', text: strings.All };
  const departmentOptions = [all, ...data.departments.map((department) => ({ key: department.id, text: `${department.number} ${department.name}` }))];
  const statusOptions = [all, ...MeasureStatusChoices.codes.map((status) => ({ key: status, text: labels[status] }))];
  const conceptOptions = [all, ...data.concepts.map((concept) => ({ key: concept.id, text: `${concept.title} (${concept.year})` }))];
  const hasFilters = Object.values(filters).some((value) => value !== undefined && value !== '');

  const sortable = (key: CatalogueSortKey, column: Omit<IColumn, 'isSorted' | 'isSortedDescending' | 'onColumnClick'>): IColumn => ({
    ...column,
    isSorted: sort === key,
    isSortedDescending: false,
    sortAscendingAriaLabel: strings.SortedAscending,
    onColumnClick: () => setSort(key)
  });
  const columns: IColumn[] = [
    sortable('number', { key: 'number', name: strings.ColumnNumber, minWidth: 60, maxWidth: 80, onRender: (row: CatalogueRow) => row.measure.number ?? '' }),
    sortable('title', {
      key: 'title',
      name: strings.ColumnTitle,
      minWidth: 240,
      isMultiline: true,
      onRender: (row: CatalogueRow) => (
        <Link onClick={() => setOpenRow(row)} aria-label={format(strings.OpenDetails, `${row.measure.number ?? ''} ${row.measure.title}`.trim())}>
          {row.measure.title}
        </Link>
      )
    }),
    sortable('department', {
      key: 'department',
      name: strings.ColumnDepartment,
      minWidth: 140,
      maxWidth: 220,
      onRender: (row: CatalogueRow) => (row.leadDepartment ? `${row.leadDepartment.number} ${row.leadDepartment.name}` : '')
    }),
    sortable('status', { key: 'status', name: strings.ColumnStatus, minWidth: 100, maxWidth: 140, onRender: (row: CatalogueRow) => labels[row.measure.status] }),
    {
      key: 'indicators',
      name: strings.ColumnIndicators,
      minWidth: 160,
      maxWidth: 280,
      // One line per row keeps the virtualised rows the same height; the full list is in the tooltip and the panel.
      onRender: (row: CatalogueRow) => {
        const titles = row.indicators.map((indicator) => indicator.title).join('; ');
        return <span title={titles}>{titles}</span>;
      }
    },
    { key: 'concept', name: strings.ColumnConcept, minWidth: 140, maxWidth: 240, onRender: (row: CatalogueRow) => row.concept?.title ?? '' }
  ];

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} className={classes.filters}>
        {data.period && (
          <Dropdown
            label={strings.PlanPeriodLabel}
            selectedKey={data.period.id}
            options={data.periods.map((period) => ({ key: period.id, text: period.title }))}
            onChange={(_, option) => option && onSelectPeriod(Number(option.key))}
            styles={{ root: { minWidth: 260 } }}
          />
        )}
        <SearchBox
          placeholder={strings.SearchPlaceholder}
          ariaLabel={strings.SearchLabel}
          value={filters.text ?? ''}
          onChange={(_, text) => setFilters({ ...filters, text })}
          styles={{ root: { minWidth: 280 } }}
        />
        <Dropdown
          label={strings.DepartmentFilter}
          selectedKey={filters.departmentId ?? ''}
          options={departmentOptions}
          onChange={(_, option) => setFilters({ ...filters, departmentId: option?.key === '' ? undefined : Number(option?.key) })}
          styles={{ root: { minWidth: 220 } }}
        />
        <Dropdown
          label={strings.StatusFilter}
          selectedKey={filters.status ?? ''}
          options={statusOptions}
          onChange={(_, option) => setFilters({ ...filters, status: option?.key === '' ? undefined : (option?.key as MeasureStatus) })}
          styles={{ root: { minWidth: 180 } }}
        />
        <Dropdown
          label={strings.ConceptFilter}
          selectedKey={filters.conceptId ?? ''}
          options={conceptOptions}
          onChange={(_, option) => setFilters({ ...filters, conceptId: option?.key === '' ? undefined : Number(option?.key) })}
          styles={{ root: { minWidth: 240 } }}
        />
        <DefaultButton text={strings.ResetFilters} disabled={!hasFilters} onClick={() => setFilters({})} />
        <DefaultButton
          iconProps={{ iconName: 'DownloadDocument' }}
          text={exportState.busy ? strings.Exporting : strings.Export}
          disabled={exportState.busy || view.rows.length === 0}
          onClick={exportShown}
        />
        {data.user.role === 'coordinator' && data.period && (
          <DefaultButton iconProps={{ iconName: 'BulkUpload' }} text={strings.ImportButton} onClick={() => setImportOpen(true)} data-testid="catalogue-import-button" />
        )}
      </Stack>
      {exportState.error !== undefined && <ErrorMessage error={exportState.error} onRetry={exportShown} />}
      <Text role="status" aria-live="polite" data-testid="catalogue-count">
        {format(strings.ResultCount, view.rows.length.toLocaleString(locale), view.total.toLocaleString(locale))}
      </Text>
      {view.rows.length === 0 ? (
        <Text>{strings.NoResults}</Text>
      ) : (
        <div data-testid="catalogue-grid">
          <DetailsList
            items={view.rows}
            groups={view.groups as IGroup[]}
            columns={columns}
            getKey={(row: CatalogueRow) => String(row.measure.id)}
            setKey="catalogue"
            selectionMode={SelectionMode.none}
            checkboxVisibility={CheckboxVisibility.hidden}
            layoutMode={DetailsListLayoutMode.justified}
            constrainMode={ConstrainMode.unconstrained}
            ariaLabelForGrid={strings.GridLabel}
            onItemInvoked={(row: CatalogueRow) => setOpenRow(row)}
            groupProps={{ showEmptyGroups: false, onRenderHeader: (props) => (props?.group ? <GroupHeaderRow group={props.group} onToggle={props.onToggleCollapse} locale={locale} /> : null) }}
          />
        </div>
      )}
      {isImportOpen && data.period && (
        <CatalogueImportPanel
          services={services}
          strings={strings}
          period={data.period}
          onDismiss={(changed) => {
            setImportOpen(false);
            if (changed) {
              onImported();
            }
          }}
        />
      )}
      {openRow && (
        <MeasurePanel
          row={openRow}
          user={data.user}
          services={services}
          strings={strings}
          departmentName={departmentName}
          onSaved={replaceMeasure}
          onDismiss={() => setOpenRow(undefined)}
        />
      )}
    </Stack>
  );
}

interface GroupHeaderRowProps {
  readonly group: IGroup;
  readonly onToggle?: (group: IGroup) => void;
  readonly locale: string;
}

/**
 * A group header whose toggle is a button carrying aria-expanded. Fluent's own header puts
 * aria-expanded on a grid row, which screen readers and axe reject outside a treegrid.
 */
function GroupHeaderRow({ group, onToggle, locale }: GroupHeaderRowProps): React.ReactElement {
  const isCollapsed = !!group.isCollapsed;
  return (
    <div role="row" data-testid={`group-${group.key}`}>
      <div role="gridcell" style={{ paddingLeft: (group.level ?? 0) * 24 }}>
        <ActionButton
          iconProps={{ iconName: isCollapsed ? 'ChevronRightMed' : 'ChevronDown' }}
          aria-expanded={!isCollapsed}
          onClick={() => onToggle?.(group)}
          styles={{ root: { fontWeight: (group.level ?? 0) === 0 ? 600 : 400, height: 36 } }}
        >
          {`${group.name} (${group.count.toLocaleString(locale)})`}
        </ActionButton>
      </div>
    </div>
  );
}
