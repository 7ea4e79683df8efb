import * as React from 'react';
import { Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { todayInCouncil } from '../../../domain';
import type { GoalChange } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { loadPeriodGoalChanges } from '../../../app/goalChanges/goalChangesData';
import { useLoader } from '../../../ui/useLoader';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { GoalChangeHistory } from '../../../ui/GoalChangeHistory';

export interface GoalChangesSectionProps {
  readonly planPeriodId: number;
  readonly services: Pick<ProductServices, 'goalChanges' | 'catalogue' | 'locale'>;
  readonly strings: IOverviewWebPartStrings;
}

/** The period's goal changes: those still pending (not effective) apart from those decided or rejected. */
export function GoalChangesSection({ planPeriodId, services, strings }: GoalChangesSectionProps): React.ReactElement {
  const [loaded, reload] = useLoader(() => loadPeriodGoalChanges(services, planPeriodId), String(planPeriodId));
  const today = React.useMemo(() => todayInCouncil(new Date()), []);
  if (loaded.state === 'loading') {
    return <Spinner size={SpinnerSize.small} label={strings.GoalChangesLoading} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={reload} />;
  }
  const { goals, pending, settled } = loaded.data;
  const goalLabel = (change: GoalChange): string | undefined => {
    const goal = goals.find((candidate) => candidate.id === change.goalId);
    return goal ? `${goal.number} ${goal.title}` : undefined;
  };
  return (
    <section aria-labelledby="overview-goal-changes-heading" data-testid="overview-goal-changes">
      <Text as="h3" variant="large" id="overview-goal-changes-heading" block>
        {strings.GoalChangesTitle}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 32 }}>
        <Stack.Item grow styles={{ root: { minWidth: 280, flexBasis: 0 } }}>
          <GoalChangeHistory changes={pending} today={today} locale={services.locale} title={strings.GoalChangesPending} goalLabel={goalLabel} headingId="overview-goal-changes-pending" testId="overview-goal-changes-pending" />
        </Stack.Item>
        <Stack.Item grow styles={{ root: { minWidth: 280, flexBasis: 0 } }}>
          <GoalChangeHistory changes={settled} today={today} locale={services.locale} title={strings.GoalChangesSettled} goalLabel={goalLabel} headingId="overview-goal-changes-settled" testId="overview-goal-changes-settled" />
        </Stack.Item>
      </Stack>
    </section>
  );
}
