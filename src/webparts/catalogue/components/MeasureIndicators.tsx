import * as React from 'react';
import { Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import type { ProductServices } from '../../../app/services';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { IndicatorValuesTable } from '../../../ui/IndicatorValuesTable';
import { useLoader } from '../../../ui/useLoader';
import { loadMeasureIndicators } from '../../../app/catalogue/measureIndicators';

export interface MeasureIndicatorsProps {
  readonly measureId: number;
  readonly services: ProductServices;
  /** The year whose values are collected now; values of the years before it are shown. */
  readonly currentYear: number;
}

/** The indicators of a measure with their recent values: two requests whatever the number of indicators. */
export function MeasureIndicators({ measureId, services, currentYear }: MeasureIndicatorsProps): React.ReactElement {
  const [loaded, retry] = useLoader(() => loadMeasureIndicators(services, measureId, currentYear), `${measureId}`);

  return (
    <section aria-labelledby={`indicators-${measureId}`}>
      <Text as="h3" variant="mediumPlus" id={`indicators-${measureId}`} block styles={{ root: { margin: '8px 0' } }}>
        {commonStrings.Indicators}
      </Text>
      {loaded.state === 'loading' && <Spinner size={SpinnerSize.small} label={commonStrings.Loading} ariaLive="polite" />}
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} onRetry={retry} />}
      {loaded.state === 'ready' &&
        (loaded.data.indicators.length === 0 ? (
          <Text block>{commonStrings.NoIndicators}</Text>
        ) : (
          <Stack tokens={{ childrenGap: 12 }}>
            {loaded.data.indicators.map((indicator) => (
              <IndicatorValuesTable
                key={indicator.id}
                indicator={indicator}
                values={loaded.data.values.filter((value) => value.indicatorId === indicator.id)}
                locale={services.locale}
              />
            ))}
          </Stack>
        ))}
    </section>
  );
}
