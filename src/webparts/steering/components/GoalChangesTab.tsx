import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, mergeStyleSets } from '@fluentui/react';
import { isPeriodReadOnly, todayInCouncil, uiLanguage } from '../../../domain';
import type { GoalChange, GoalChangeStatus } from '../../../domain';
import { goalChangeRows, loadGoalChanges } from '../../../app/goalChanges/goalChangesData';
import type { GoalChangeRow, GoalChangesData } from '../../../app/goalChanges/goalChangesData';
import { useGoalChanges } from '../../../app/goalChanges/useGoalChanges';
import type { GoalChangesWorkflow } from '../../../app/goalChanges/useGoalChanges';
import { ServiceError } from '../../../http/serviceError';
import { DataTable } from '../../../ui/DataTable';
import type { DataTableColumn } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { LoadStatus } from '../../../ui/WebPartSection';
import { useLoader } from '../../../ui/useLoader';
import { format, formatDate } from '../../../ui/format';
import { goalChangeStateText, goalChangeStatusText, goalChangeTypeText } from '../../../ui/goalChangeTexts';
import type { SteeringTabProps } from './Steering';
import { GoalChangeProposalForm } from './GoalChangeProposalForm';
import { GoalChangeStepForm } from './GoalChangeStepForm';

const classes = mergeStyleSets({
  root: { paddingTop: 16 },
  pending: { fontWeight: 600 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 4 }
});

/**
 * Zieländerungen of a plan period: the office proposes, records the Beirat's consent and the
 * committee's decision with their sessions, or a rejection. SharePoint lets only the office write.
 */
export function GoalChangesTab({ services, strings }: SteeringTabProps): React.ReactElement {
  const [periodId, setPeriodId] = React.useState<number | undefined>(undefined);
  const [loaded, reload] = useLoader(() => loadGoalChanges(services, periodId), String(periodId ?? ''));
  const today = React.useMemo(() => todayInCouncil(new Date()), []);
  const data = loaded.state === 'ready' ? loaded.data : undefined;
  const workflow = useGoalChanges(services, data, today, reload);
  return (
    <div className={classes.root} data-testid="goal-changes">
      <LoadStatus loaded={loaded} label={strings.GoalChangesLoading} onRetry={reload} />
      {data && (
        <GoalChangesContent
          data={data}
          workflow={workflow}
          strings={strings}
          locale={services.locale}
          today={today}
          onReload={reload}
          onChoosePeriod={(id) => {
            workflow.dispatch({ type: 'cancelled' });
            setPeriodId(id);
          }}
        />
      )}
    </div>
  );
}

interface ContentProps {
  readonly data: GoalChangesData;
  readonly workflow: GoalChangesWorkflow;
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
  readonly today: string;
  readonly onReload: () => void;
  readonly onChoosePeriod: (id: number) => void;
}

function GoalChangesContent({ data, workflow, strings, locale, today, onReload, onChoosePeriod }: ContentProps): React.ReactElement {
  const { flow } = workflow;
  const language = uiLanguage(locale);
  const rows = React.useMemo(() => goalChangeRows(data, today), [data, today]);
  const proposeButton = React.useRef<HTMLButtonElement>(null);
  if (!data.period) {
    return <MessageBar>{strings.GoalChangesNoPeriod}</MessageBar>;
  }
  const stepChange = flow.form?.kind === 'step' ? data.changes.find((change) => flow.form?.kind === 'step' && change.id === flow.form.changeId) : undefined;
  const openStep = (change: GoalChange, to: GoalChangeStatus): void =>
    workflow.openStep(change, to, change.status === 'proposed' ? strings.GoalChangesNewSessionBoard : strings.GoalChangesNewSessionCommittee);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <Dropdown
          label={strings.GoalChangesPeriod}
          selectedKey={data.period.id}
          options={data.periods.map((period) => ({ key: period.id, text: period.title }))}
          onChange={(_, option) => option && onChoosePeriod(Number(option.key))}
          styles={{ root: { minWidth: 300 } }}
        />
        {data.canRecord && (
          <PrimaryButton elementRef={proposeButton} text={strings.GoalChangesPropose} iconProps={{ iconName: 'Add' }} onClick={() => workflow.openProposal()} disabled={flow.form?.kind === 'propose'} />
        )}
      </Stack>
      {!data.canRecord && <MessageBar>{isPeriodReadOnly(data.period) ? format(strings.GoalChangesPeriodClosed, data.period.title) : strings.GoalChangesReadOnly}</MessageBar>}
      {flow.saved && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => workflow.dispatch({ type: 'cancelled' })} dismissButtonAriaLabel={strings.GoalChangesCancel}>
          {format(strings.GoalChangesSaved, flow.saved.title, goalChangeStatusText(flow.saved.status))}
        </MessageBar>
      )}
      {flow.error !== undefined && (
        <FlowError
          error={flow.error}
          strings={strings}
          onReload={() => {
            // The change must be judged again on what SharePoint holds now: the open step is dropped.
            workflow.dispatch({ type: 'cancelled' });
            onReload();
          }}
          onRetry={workflow.submit}
        />
      )}
      {flow.form?.kind === 'propose' && (
        <GoalChangeProposalForm
          form={flow.form}
          data={data}
          problems={flow.problems}
          isSaving={flow.isSaving}
          strings={strings}
          language={language}
          today={today}
          onChange={(changes) => workflow.dispatch({ type: 'draftChanged', changes })}
          onSubmit={workflow.submit}
          onCancel={() => {
            workflow.dispatch({ type: 'cancelled' });
            proposeButton.current?.focus();
          }}
        />
      )}
      {flow.form?.kind === 'step' && stepChange && (
        <GoalChangeStepForm
          form={flow.form}
          change={stepChange}
          sessions={data.sessions}
          problems={flow.problems}
          isSaving={flow.isSaving}
          strings={strings}
          language={language}
          locale={locale}
          onChange={(changes) => workflow.dispatch({ type: 'stepChanged', changes })}
          onSubmit={workflow.submit}
          onCancel={() => workflow.dispatch({ type: 'cancelled' })}
        />
      )}
      {rows.length === 0 ? (
        <Text block>{strings.GoalChangesEmpty}</Text>
      ) : (
        <DataTable<GoalChangeRow>
          caption={format(strings.GoalChangesCaption, data.period.title)}
          columns={columnsOf(strings, locale, today, openStep, flow.isSaving).filter((column) => data.canRecord || column.key !== 'actions')}
          rows={rows}
          rowKey={(row) => row.change.id ?? row.change.title}
          testId="goal-changes-table"
        />
      )}
    </Stack>
  );
}

function columnsOf(strings: ISteeringWebPartStrings, locale: string, today: string, openStep: (change: GoalChange, to: GoalChangeStatus) => void, isSaving: boolean): Array<DataTableColumn<GoalChangeRow>> {
  const sessionText = (date: string | undefined, title: string | undefined, paper?: string): string =>
    [date ? formatDate(date, locale) : '', title ?? '', paper ?? ''].filter((part) => part !== '').join(', ');
  const stepLabel = (to: GoalChangeStatus): string => (to === 'advisoryConsent' ? strings.GoalChangesConsent : to === 'decided' ? strings.GoalChangesDecide : strings.GoalChangesReject);
  return [
    { key: 'change', header: strings.GoalChangesColumnChange, render: (row) => `${row.change.title} (${goalChangeTypeText(row.change.type)})` },
    { key: 'goal', header: strings.GoalChangesColumnGoal, render: (row) => (row.goal ? `${row.goal.number} ${row.goal.title}` : '') },
    {
      key: 'state',
      header: strings.GoalChangesColumnState,
      render: (row) => (
        <span className={row.isPending ? classes.pending : undefined} data-testid={`goal-change-state-${row.change.id ?? 0}`}>
          {goalChangeStateText(row.change, today, locale)}
        </span>
      )
    },
    { key: 'board', header: strings.GoalChangesColumnBoard, render: (row) => sessionText(row.change.advisoryBoardDate, row.advisoryBoardSession?.title) },
    { key: 'committee', header: strings.GoalChangesColumnCommittee, render: (row) => sessionText(row.change.committeeDate, row.committeeSession?.title, row.change.committeeReference) },
    {
      key: 'actions',
      header: strings.GoalChangesColumnActions,
      render: (row) =>
        row.nextSteps.length === 0 ? (
          strings.GoalChangesNoStep
        ) : (
          <div className={classes.actions}>
            {row.nextSteps.map((to) => (
              <DefaultButton
                key={to}
                text={stepLabel(to)}
                ariaLabel={format(strings.GoalChangesActionLabel, stepLabel(to), row.change.title)}
                onClick={() => openStep(row.change, to)}
                disabled={isSaving}
              />
            ))}
          </div>
        )
    }
  ];
}

interface FlowErrorProps {
  readonly error: unknown;
  readonly strings: ISteeringWebPartStrings;
  readonly onReload: () => void;
  readonly onRetry: () => void;
}

/** A stale version asks for a reload (the step must be judged again), a refusal names who records changes; else the same send again. */
function FlowError({ error, strings, onReload, onRetry }: FlowErrorProps): React.ReactElement {
  if (error instanceof ServiceError && error.isConflict) {
    return <ErrorMessage error={error} text={strings.GoalChangesConflict} onRetry={onReload} retryText={strings.GoalChangesReload} />;
  }
  if (error instanceof ServiceError && error.isAccessDenied) {
    return <ErrorMessage error={error} text={strings.GoalChangesAccessDenied} />;
  }
  return <ErrorMessage error={error} onRetry={onRetry} retryText={strings.GoalChangesRetry} />;
}
