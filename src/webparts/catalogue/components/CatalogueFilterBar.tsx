import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, SearchBox, Stack, mergeStyleSets } from '@fluentui/react';
import { MeasureStatusChoices, isPeriodReadOnly } from '../../../domain';
import type { MeasureStatus } from '../../../domain';
import type { LoadedCatalogue } from '../../../app/catalogue/catalogueLoader';
import { CatalogueAction, CatalogueState, hasFilters } from '../../../app/catalogue/catalogueState';
import { statusLabels } from '../../../ui/statusLabels';

export interface CatalogueFilterBarProps {
  readonly data: LoadedCatalogue;
  readonly state: CatalogueState;
  readonly strings: ICatalogueWebPartStrings;
  readonly canExport: boolean;
  readonly onSelectPeriod: (id: number) => void;
  readonly dispatch: (action: CatalogueAction) => void;
  readonly onExport: () => void;
}

const classes = mergeStyleSets({
  filters: { marginBottom: 12 }
});

/** Period, search, department, status and concept filters, and the export and import buttons. */
export const CatalogueFilterBar = React.memo(function CatalogueFilterBar({ data, state, strings, canExport, onSelectPeriod, dispatch, onExport }: CatalogueFilterBarProps): React.ReactElement {
  const { filters } = state;
  const labels = statusLabels(strings);
  const all: IDropdownOption = { key: '', text: strings.All };
  const departmentOptions = [all, ...data.departments.map((department) => ({ key: department.id, text: `${department.number} ${department.name}` }))];
  const statusOptions = [all, ...MeasureStatusChoices.codes.map((status) => ({ key: status, text: labels[status] }))];
  const conceptOptions = [all, ...data.concepts.map((concept) => ({ key: concept.id, text: `${concept.title} (${concept.year})` }))];
  return (
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
        onChange={(_, text) => dispatch({ type: 'filter', filters: { text } })}
        styles={{ root: { minWidth: 280 } }}
      />
      <Dropdown
        label={strings.DepartmentFilter}
        selectedKey={filters.departmentId ?? ''}
        options={departmentOptions}
        onChange={(_, option) => dispatch({ type: 'filter', filters: { departmentId: option?.key === '' ? undefined : Number(option?.key) } })}
        styles={{ root: { minWidth: 220 } }}
      />
      <Dropdown
        label={strings.StatusFilter}
        selectedKey={filters.status ?? ''}
        options={statusOptions}
        onChange={(_, option) => dispatch({ type: 'filter', filters: { status: option?.key === '' ? undefined : (option?.key as MeasureStatus) } })}
        styles={{ root: { minWidth: 180 } }}
      />
      <Dropdown
        label={strings.ConceptFilter}
        selectedKey={filters.conceptId ?? ''}
        options={conceptOptions}
        onChange={(_, option) => dispatch({ type: 'filter', filters: { conceptId: option?.key === '' ? undefined : Number(option?.key) } })}
        styles={{ root: { minWidth: 240 } }}
      />
      <DefaultButton text={strings.ResetFilters} disabled={!hasFilters(filters)} onClick={() => dispatch({ type: 'resetFilters' })} />
      <DefaultButton
        iconProps={{ iconName: 'DownloadDocument' }}
        text={state.exportBusy ? strings.Exporting : strings.Export}
        disabled={state.exportBusy || !canExport}
        onClick={onExport}
      />
      {/* Importing writes to every department's measures: only the office, as for the lists themselves, and never into a closed period. */}
      {data.user.role === 'coordinator' && data.period && !isPeriodReadOnly(data.period) && (
        <DefaultButton iconProps={{ iconName: 'BulkUpload' }} text={strings.ImportButton} onClick={() => dispatch({ type: 'importOpened' })} data-testid="catalogue-import-button" />
      )}
    </Stack>
  );
});
