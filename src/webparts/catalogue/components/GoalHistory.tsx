import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import { todayInCouncil } from '../../../domain';
import type { Goal } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { loadGoalHistory } from '../../../app/goalChanges/goalChangesData';
import { useLoader } from '../../../ui/useLoader';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { GoalChangeHistory } from '../../../ui/GoalChangeHistory';

export interface GoalHistoryProps {
  readonly goal: Pick<Goal, 'id' | 'planPeriodId'>;
  readonly services: Pick<ProductServices, 'goalChanges' | 'locale'>;
}

/** The goal's changes through Beirat and committee, in every state: a pending one says it is not yet effective. */
export function GoalHistory({ goal, services }: GoalHistoryProps): React.ReactElement {
  const [loaded, reload] = useLoader(() => loadGoalHistory(services, goal), `${goal.planPeriodId}-${goal.id}`);
  if (loaded.state === 'loading') {
    return <Spinner size={SpinnerSize.small} label={commonStrings.HistoryLoading} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={reload} />;
  }
  return <GoalChangeHistory changes={loaded.data} today={todayInCouncil(new Date())} locale={services.locale} headingId={`goal-history-${goal.id}`} testId="goal-history" />;
}
