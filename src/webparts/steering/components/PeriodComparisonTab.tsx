import * as React from 'react';
import { Dropdown, IDropdownOption, Label, MessageBar, MessageBarType, PrimaryButton, SearchBox, Spinner, SpinnerSize, Stack, Text, mergeStyles } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
import { usePeriodComparison } from '../../../app/periodComparison/periodComparisonFlow';
import { pairProblem } from '../../../app/periodComparison/periodComparisonModel';
import type { ComparisonLevel, DifferenceKind } from '../../../domain';
import { comparisonLevels, differenceKinds, todayInCouncil } from '../../../domain';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { offerDownload } from '../../../ui/download';
import { format, formatDate } from '../../../ui/format';
import type { HostTheme } from '../../../ui/hostTheme';
import { kindLabel, levelLabel, PeriodComparisonSummary, PeriodComparisonTable } from './PeriodComparisonTable';

export interface PeriodComparisonTabProps {
  readonly services: ProductServices;
  readonly strings: ISteeringWebPartStrings;
  readonly theme: HostTheme;
  readonly locale?: string;
}

const rowClass = mergeStyles({ flexWrap: 'wrap' });
const pickerStyles = { root: { minWidth: 260 } };

/**
 * Compare two plan periods: the running one against the one before by default. Added, dropped and
 * changed items per level, filtered by level, kind and text; the same as the council paper's Word attachment.
 */
export function PeriodComparisonTab({ services, strings, locale }: PeriodComparisonTabProps): React.ReactElement {
  const { state, shownLines, choosePair, setFilter, retry, download } = usePeriodComparison(services);
  const uiLocale = locale ?? services.locale;
  if (state.status === 'loading') {
    return <Spinner size={SpinnerSize.medium} label={strings.CompareLoading} ariaLive="polite" />;
  }
  if (state.status === 'failed' && !state.compared) {
    return <ErrorMessage error={state.error} onRetry={retry} />;
  }
  const periodOptions: IDropdownOption[] = state.periods.map((period) => ({ key: period.id, text: period.title }));
  const problem = pairProblem(state.pair);
  const compared = state.compared;
  const levelOptions: IDropdownOption[] = comparisonLevels.map((level) => ({ key: level, text: levelLabel(level, strings), selected: state.filter.levels.includes(level) }));
  const kindOptions: IDropdownOption[] = differenceKinds.map((kind) => ({ key: kind, text: kindLabel(kind, strings), selected: state.filter.kinds.includes(kind) }));
  const toggled = <T extends string>(current: readonly T[], option: IDropdownOption | undefined): T[] =>
    !option ? [...current] : option.selected ? [...current, option.key as T] : current.filter((value) => value !== option.key);
  const isBusy = state.status === 'comparing';
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="period-comparison">
      <Stack horizontal tokens={{ childrenGap: 16 }} className={rowClass} verticalAlign="end">
        <Dropdown
          label={strings.ComparePreviousLabel}
          options={periodOptions}
          selectedKey={state.pair.previousId ?? null}
          onChange={(_, option) => option && choosePair({ ...state.pair, previousId: Number(option.key) })}
          styles={pickerStyles}
          data-testid="compare-previous"
        />
        <Dropdown
          label={strings.CompareNextLabel}
          options={periodOptions}
          selectedKey={state.pair.nextId ?? null}
          onChange={(_, option) => option && choosePair({ ...state.pair, nextId: Number(option.key) })}
          styles={pickerStyles}
          data-testid="compare-next"
        />
        <PrimaryButton
          text={state.download.isWorking ? strings.CompareDownloading : strings.CompareDownload}
          iconProps={{ iconName: 'WordDocument' }}
          disabled={!compared || isBusy || state.download.isWorking || problem !== undefined}
          onClick={() => void download(formatDate(todayInCouncil(new Date()), uiLocale), offerDownload)}
          data-testid="compare-download"
        />
      </Stack>
      {problem && <MessageBar messageBarType={MessageBarType.warning}>{problem === 'same' ? strings.CompareSamePeriod : strings.CompareChoose}</MessageBar>}
      <div aria-live="polite" role="status">
        {isBusy && <Spinner size={SpinnerSize.small} label={strings.CompareComparing} />}
        {state.download.fileName && <MessageBar messageBarType={MessageBarType.success}>{format(strings.CompareDownloaded, state.download.fileName)}</MessageBar>}
      </div>
      {state.download.error !== undefined && <ErrorMessage error={state.download.error} text={strings.CompareDownloadFailed} />}
      {state.status === 'failed' && <ErrorMessage error={state.error} onRetry={retry} />}
      {compared && !problem && (
        <>
          <PeriodComparisonSummary compared={compared} strings={strings} />
          <Stack horizontal tokens={{ childrenGap: 16 }} className={rowClass} verticalAlign="end" role="search" aria-label={strings.CompareTableCaption}>
            <Dropdown
              label={strings.CompareLevelFilter}
              placeholder={strings.CompareAllLevels}
              multiSelect
              options={levelOptions}
              selectedKeys={[...state.filter.levels]}
              onChange={(_, option) => setFilter({ levels: toggled<ComparisonLevel>(state.filter.levels, option) })}
              styles={pickerStyles}
              data-testid="compare-level-filter"
            />
            <Dropdown
              label={strings.CompareKindFilter}
              placeholder={strings.CompareAllKinds}
              multiSelect
              options={kindOptions}
              selectedKeys={[...state.filter.kinds]}
              onChange={(_, option) => setFilter({ kinds: toggled<DifferenceKind>(state.filter.kinds, option) })}
              styles={pickerStyles}
              data-testid="compare-kind-filter"
            />
            <Stack>
              <Label htmlFor="compare-text-filter">{strings.CompareTextFilter}</Label>
              <SearchBox
                id="compare-text-filter"
                ariaLabel={strings.CompareTextFilter}
                placeholder={strings.CompareTextFilterPlaceholder}
                value={state.filter.text}
                onChange={(_, value) => setFilter({ text: value ?? '' })}
                styles={{ root: { minWidth: 280 } }}
                data-testid="compare-text-filter"
              />
            </Stack>
          </Stack>
          <Text block role="status" aria-live="polite" data-testid="compare-count">
            {format(strings.CompareShownCount, shownLines.length, compared.lines.length)}
          </Text>
          <PeriodComparisonTable compared={compared} lines={shownLines} strings={strings} />
        </>
      )}
    </Stack>
  );
}
