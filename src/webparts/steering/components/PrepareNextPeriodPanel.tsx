import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, ProgressIndicator, Spinner, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { MeasureStatus, PlanPeriod } from '../../../domain';
import type { CopyLevel } from '../../../domain/planPeriodCopy';
import type { ProductServices } from '../../../app/services';
import { firstServiceFailure, measureStatusOrder, overallProgress, prepareProblem, PrepareProblem, usePrepareNextPeriod } from '../../../app/planPeriods/prepareNextPeriod';
import type { PrepareStep, PrepareSummary } from '../../../app/planPeriods/prepareNextPeriod';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';

export interface PrepareNextPeriodPanelProps {
  readonly services: ProductServices;
  readonly strings: ISteeringWebPartStrings;
  /** The period copied from, usually the current adopted one. */
  readonly source: PlanPeriod;
  readonly isOpen: boolean;
  readonly onDismiss: () => void;
  /** The copy is complete: the draft holds every carried item. */
  readonly onPrepared: (draft: PlanPeriod) => void;
}

const classes = mergeStyleSets({
  statuses: { border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: 600, marginBottom: 8, padding: 0 }
});

function statusLabel(strings: ISteeringWebPartStrings, status: MeasureStatus): string {
  const labels: Readonly<Record<MeasureStatus, string>> = {
    planned: strings.CopyStatusPlanned,
    inProgress: strings.CopyStatusInProgress,
    implemented: strings.CopyStatusImplemented,
    ongoing: strings.CopyStatusOngoing,
    suspended: strings.CopyStatusSuspended,
    dropped: strings.CopyStatusDropped
  };
  return labels[status];
}

function levelLabel(strings: ISteeringWebPartStrings, level: CopyLevel): string {
  const labels: Readonly<Record<CopyLevel, string>> = {
    guidingGoal: strings.CopyLevelGuidingGoal,
    fieldOfAction: strings.CopyLevelFieldOfAction,
    goal: strings.CopyLevelGoal,
    measure: strings.CopyLevelMeasure,
    indicator: strings.CopyLevelIndicator
  };
  return labels[level];
}

function problemText(strings: ISteeringWebPartStrings, problem: PrepareProblem, done: number, total: number, number: (value: number) => string): string | undefined {
  switch (problem) {
    case 'duplicateKeys':
      return strings.CopyDuplicateKeys;
    case 'periodNotDraft':
      return strings.CopyPeriodNotDraft;
    case 'accessDenied':
      return strings.CopyAccessDenied;
    case 'interrupted':
      return format(strings.CopyInterrupted, number(done), number(total));
    case 'failed':
      // The error's own text (network, throttled …) says it; the interruption is added below.
      return undefined;
  }
}

/**
 * "Nächste Fortschreibung vorbereiten": choose the measure statuses to carry, see what goes along
 * and what stays behind, copy with a progress bar screen readers follow, continue after an
 * interruption. The panel stays open while the copy runs, so its outcome is seen.
 */
export function PrepareNextPeriodPanel({ services, strings, source, isOpen, onDismiss, onPrepared }: PrepareNextPeriodPanelProps): React.ReactElement {
  const flow = usePrepareNextPeriod(services, source, isOpen, onPrepared);
  const { step, summary, isBusy } = flow;
  const number = (value: number): string => value.toLocaleString(services.locale);
  const progress = summary ? overallProgress(step, summary) : undefined;
  const problem = prepareProblem(step);

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      {step.kind === 'choosing' && <PrimaryButton text={strings.CopyStart} onClick={() => void flow.copy()} data-testid="copy-start" />}
      {step.kind === 'interrupted' && problem !== 'duplicateKeys' && problem !== 'periodNotDraft' && (
        <PrimaryButton text={strings.CopyResume} onClick={() => void flow.copy()} data-testid="copy-resume" />
      )}
      <DefaultButton text={strings.CopyClose} disabled={step.kind === 'copying'} onClick={onDismiss} />
    </Stack>
  );

  return (
    <Panel
      isOpen={isOpen}
      type={PanelType.medium}
      headerText={strings.CopyTitle}
      closeButtonAriaLabel={strings.CopyClose}
      isBlocking
      // Closing while the batches run would hide their outcome; an interrupted copy resumes anyway.
      hasCloseButton={step.kind !== 'copying'}
      onDismiss={() => step.kind !== 'copying' && onDismiss()}
      onRenderFooterContent={footer}
      isFooterAtBottom
      data-testid="prepare-next-period"
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {step.kind === 'loading' && <Spinner label={strings.CopyLoading} />}
        {step.kind === 'loadFailed' && <ErrorMessage error={step.error} onRetry={() => void flow.reload()} />}
        {summary && <Text block>{format(strings.CopyIntro, source.title, summary.next.title)}</Text>}
        {summary && step.kind !== 'loading' && step.kind !== 'loadFailed' && (
          <StatusChoice strings={strings} summary={summary} carried={step.carried} isLocked={step.kind !== 'choosing'} number={number} onToggle={flow.toggleStatus} />
        )}
        {summary && <CopySummary strings={strings} summary={summary} number={number} />}
        {progress && (step.kind === 'copying' || step.kind === 'interrupted' || step.kind === 'done') && (
          <CopyProgressBar strings={strings} step={step} done={progress.done} total={progress.total} level={progress.level} number={number} isBusy={isBusy} />
        )}
        {step.kind === 'interrupted' && problem && (
          <CopyProblem strings={strings} step={step} text={progress ? problemText(strings, problem, progress.done, progress.total, number) : undefined} number={number} />
        )}
        {step.kind === 'done' && (
          <MessageBar messageBarType={MessageBarType.success}>
            <div role="status">{format(strings.CopyDone, step.result.draft.title, number(progress?.total ?? 0))}</div>
          </MessageBar>
        )}
      </Stack>
    </Panel>
  );
}

interface StatusChoiceProps {
  readonly strings: ISteeringWebPartStrings;
  readonly summary: PrepareSummary;
  readonly carried: readonly MeasureStatus[];
  readonly isLocked: boolean;
  readonly number: (value: number) => string;
  readonly onToggle: (status: MeasureStatus) => void;
}

/** One checkbox per measure status, each with its number of measures; a fieldset, so the legend is read with every box. */
function StatusChoice({ strings, summary, carried, isLocked, number, onToggle }: StatusChoiceProps): React.ReactElement {
  return (
    <fieldset className={classes.statuses} data-testid="copy-statuses">
      <legend className={classes.legend}>{strings.CopyStatusesLabel}</legend>
      <Stack tokens={{ childrenGap: 6 }}>
        {measureStatusOrder.map((status) => (
          <Checkbox
            key={status}
            label={format(strings.CopyStatusOption, statusLabel(strings, status), number(summary.byStatus.get(status) ?? 0))}
            checked={carried.includes(status)}
            disabled={isLocked}
            onChange={() => onToggle(status)}
          />
        ))}
      </Stack>
    </fieldset>
  );
}

function CopySummary({ strings, summary, number }: { readonly strings: ISteeringWebPartStrings; readonly summary: PrepareSummary; readonly number: (value: number) => string }): React.ReactElement {
  const { counts } = summary;
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid="copy-summary">
      <Text block>{format(strings.CopySummary, number(counts.guidingGoal), number(counts.fieldOfAction), number(counts.goal), number(counts.measure), number(counts.indicator))}</Text>
      <Text block>{format(strings.CopyLeftBehind, number(summary.leftBehind))}</Text>
    </Stack>
  );
}

interface CopyProgressBarProps {
  readonly strings: ISteeringWebPartStrings;
  readonly step: PrepareStep;
  readonly done: number;
  readonly total: number;
  readonly level?: CopyLevel;
  readonly number: (value: number) => string;
  readonly isBusy: boolean;
}

/** The bar, and its text in a polite live region: screen readers hear the count as it grows, without losing focus. */
function CopyProgressBar({ strings, step, done, total, level, number, isBusy }: CopyProgressBarProps): React.ReactElement {
  const text =
    step.kind === 'copying' && level ? format(strings.CopyProgressLevel, number(done), number(total), levelLabel(strings, level)) : format(strings.CopyProgress, number(done), number(total));
  return (
    <div data-testid="copy-progress" aria-busy={isBusy}>
      <ProgressIndicator label={strings.CopyProgressLabel} percentComplete={total === 0 ? 1 : done / total} ariaValueText={text} />
      <Text block role="status" aria-live="polite">
        {text}
      </Text>
    </div>
  );
}

interface CopyProblemProps {
  readonly strings: ISteeringWebPartStrings;
  readonly step: Extract<PrepareStep, { kind: 'interrupted' }>;
  readonly text?: string;
  readonly number: (value: number) => string;
}

/** Why the copy stopped and what to do; the first item SharePoint refused as detail. */
function CopyProblem({ strings, step, text, number }: CopyProblemProps): React.ReactElement {
  if (step.error !== undefined) {
    return <ErrorMessage error={step.error} text={text} />;
  }
  const failures = step.result?.failures ?? [];
  const first = firstServiceFailure(failures);
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      <div role="alert" data-testid="copy-problem">
        <div>{text}</div>
        {first && <div>{format(strings.CopyFailedItems, number(failures.length), first.title, `${first.status || ''} ${first.serviceMessage}`.trim())}</div>}
      </div>
    </MessageBar>
  );
}
