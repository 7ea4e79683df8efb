import * as React from 'react';
import type { PlanPeriod } from '../../../domain';
import { PlanPeriodsTab } from './PlanPeriodsTab';
import { PrepareNextPeriodPanel } from './PrepareNextPeriodPanel';
import type { SteeringTabProps } from './Steering';

/**
 * The plan periods tab with its "Nächste Fortschreibung vorbereiten" panel. A finished copy shows
 * the new draft: the table is read afresh.
 */
export function PlanPeriodsArea({ services, strings, theme }: SteeringTabProps): React.ReactElement {
  const [source, setSource] = React.useState<PlanPeriod | undefined>(undefined);
  const [isOpen, setOpen] = React.useState(false);
  const [readings, setReadings] = React.useState(0);
  const prepareNext = React.useCallback((period: PlanPeriod) => {
    setSource(period);
    setOpen(true);
  }, []);
  return (
    <>
      <PlanPeriodsTab key={readings} services={services} strings={strings} theme={theme} onPrepareNext={prepareNext} />
      {source && (
        <PrepareNextPeriodPanel
          services={services}
          strings={strings}
          source={source}
          isOpen={isOpen}
          onDismiss={() => setOpen(false)}
          onPrepared={() => setReadings((count) => count + 1)}
        />
      )}
    </>
  );
}
