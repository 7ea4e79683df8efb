import * as React from 'react';
import { Text, mergeStyles } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import type { Indicator, IndicatorValue } from '../domain';
import type { HistoryEntry } from '../domain/itemHistory';
import { format } from './format';
import { ItemHistoryPanel } from './ItemHistoryPanel';

export interface IndicatorValuesTableProps {
  readonly indicator: Indicator;
  /** This indicator's values, newest year first. */
  readonly values: readonly IndicatorValue[];
  readonly locale: string;
  /** Given, a column marks values corrected after their year was locked, with the reason (`{0}`). */
  readonly correctionLabels?: { readonly column: string; readonly marker: string };
  /** Given, each stored value gets a "Verlauf" column that loads its history on demand. */
  readonly historyOf?: (valueId: number) => () => Promise<HistoryEntry[]>;
}

const tableClass = mergeStyles({
  borderCollapse: 'collapse',
  width: '100%',
  selectors: {
    'th, td': { textAlign: 'right', padding: '2px 8px', borderBottom: '1px solid rgba(128,128,128,0.3)' },
    'th:first-child, td:first-child': { textAlign: 'left' },
    'td:last-child': { textAlign: 'left' },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' }
  }
});

/** An indicator with its target and its values of recent years; the gender split where the indicator has one. */
export function IndicatorValuesTable({ indicator, values, locale, correctionLabels, historyOf }: IndicatorValuesTableProps): React.ReactElement {
  const showsCorrections = correctionLabels !== undefined && values.some((value) => value.isCorrection);
  const number = (value: number | undefined): string => (value === undefined ? '–' : value.toLocaleString(locale));
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const direction = indicator.direction === 'lowerIsBetter' ? commonStrings.IndicatorDirectionLower : commonStrings.IndicatorDirectionHigher;
  return (
    <div data-testid="indicator">
      <Text block styles={{ root: { fontWeight: 600 } }}>
        {indicator.title}
      </Text>
      <Text block variant="small">
        {[indicator.targetValue !== undefined ? format(commonStrings.IndicatorTarget, `${number(indicator.targetValue)}${unit}`) : undefined, direction].filter(Boolean).join(' · ')}
      </Text>
      {values.length === 0 ? (
        <Text block variant="small">
          {commonStrings.NoIndicatorValues}
        </Text>
      ) : (
        <table className={tableClass}>
          <caption>{format(commonStrings.IndicatorValuesCaption, indicator.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{commonStrings.ValueYear}</th>
              <th scope="col">{commonStrings.ValueTotal}</th>
              {indicator.isGenderSplit && (
                <>
                  <th scope="col">{commonStrings.ValueFemale}</th>
                  <th scope="col">{commonStrings.ValueMale}</th>
                  <th scope="col">{commonStrings.ValueDiverse}</th>
                  <th scope="col">{commonStrings.ValueNotStated}</th>
                </>
              )}
              <th scope="col">{commonStrings.ValueComment}</th>
              {showsCorrections && <th scope="col">{correctionLabels.column}</th>}
              {historyOf && <th scope="col">{commonStrings.HistoryTitle}</th>}
            </tr>
          </thead>
          <tbody>
            {values.map((value) => (
              <tr key={value.year}>
                <th scope="row">{value.year}</th>
                <td>{number(value.total)}</td>
                {indicator.isGenderSplit && (
                  <>
                    <td>{number(value.female)}</td>
                    <td>{number(value.male)}</td>
                    <td>{number(value.diverse)}</td>
                    <td>{number(value.notStated)}</td>
                  </>
                )}
                <td>{value.comment ?? ''}</td>
                {showsCorrections && <td data-testid={value.isCorrection ? 'correction' : undefined}>{value.isCorrection ? format(correctionLabels.marker, value.correctionReason ?? '') : ''}</td>}
                {historyOf && (
                  <td>{value.id !== undefined && <ItemHistoryPanel itemKey={`value-${value.id}-${value.etag ?? ''}`} locale={locale} load={historyOf(value.id)} />}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
