import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { describeProblem, GoalChangeTypeChoices, goalsAwaitingDecision } from '../../../domain';
import type { FieldProblem, GoalChangeDraft, GoalChangeType, Language } from '../../../domain';
import type { ProposalForm } from '../../../app/goalChanges/goalChangeFlow';
import type { GoalChangesData } from '../../../app/goalChanges/goalChangesData';
import { goalChangeTypeText } from '../../../ui/goalChangeTexts';

export interface GoalChangeProposalFormProps {
  readonly form: ProposalForm;
  readonly data: GoalChangesData;
  readonly problems: readonly FieldProblem[];
  readonly isSaving: boolean;
  readonly strings: ISteeringWebPartStrings;
  readonly language: Language;
  readonly today: string;
  readonly onChange: (changes: Partial<GoalChangeDraft>) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
}

/** "Änderung vorschlagen": kind of change, the goal (or the new goal's title, number and field), what changes and why. */
export function GoalChangeProposalForm({ form, data, problems, isSaving, strings, language, today, onChange, onSubmit, onCancel }: GoalChangeProposalFormProps): React.ReactElement {
  const { draft } = form;
  const problemOf = (field: string): string | undefined => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? describeProblem(problem, language) : undefined;
  };
  const firstField = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Keyboard users land in the form they opened.
    (firstField.current?.querySelector<HTMLInputElement>('input:checked') ?? firstField.current?.querySelector<HTMLInputElement>('input'))?.focus();
  }, []);
  const isNewGoal = draft.type === 'added';
  const awaiting = React.useMemo(() => goalsAwaitingDecision(data.changes, today), [data.changes, today]);
  const fieldTitle = (id: number): string => data.fieldsOfAction.find((field) => field.id === id)?.title ?? '';
  return (
    <form
      // The rules (and their texts) are ours: the browser's own check of required fields would pre-empt them.
      noValidate
      aria-labelledby="goal-change-proposal-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 640 } }}>
        <Text as="h3" variant="large" id="goal-change-proposal-heading">
          {strings.GoalChangesProposeTitle}
        </Text>
        <div ref={firstField}>
          <ChoiceGroup
            label={strings.GoalChangesType}
            selectedKey={draft.type}
            options={GoalChangeTypeChoices.codes.map((code) => ({ key: code, text: goalChangeTypeText(code) }))}
            onChange={(_, option) => option && onChange({ type: option.key as GoalChangeType })}
            required
          />
        </div>
        {isNewGoal ? (
          <>
            <MessageBar>{strings.GoalChangesNewGoalHint}</MessageBar>
            <TextField label={strings.GoalChangesNewGoalTitle} value={draft.newGoalTitle ?? ''} onChange={(_, value) => onChange({ newGoalTitle: value ?? '' })} errorMessage={problemOf('newGoalTitle')} required />
            <TextField label={strings.GoalChangesNewGoalNumber} value={draft.newGoalNumber ?? ''} onChange={(_, value) => onChange({ newGoalNumber: value ?? '' })} />
            <Dropdown
              label={strings.GoalChangesField}
              placeholder={strings.GoalChangesFieldPlaceholder}
              selectedKey={draft.fieldOfActionId ?? null}
              options={[...data.fieldsOfAction].sort((a, b) => a.sortOrder - b.sortOrder).map((field) => ({ key: field.id, text: `${field.sortOrder}. ${fieldTitle(field.id)}` }))}
              onChange={(_, option) => option && onChange({ fieldOfActionId: Number(option.key) })}
              errorMessage={problemOf('fieldOfActionId')}
              required
            />
          </>
        ) : (
          <Dropdown
            label={strings.GoalChangesGoal}
            placeholder={strings.GoalChangesGoalPlaceholder}
            selectedKey={draft.goalId ?? null}
            // A new goal still awaiting the committee is no goal of the period yet: nothing to change about it.
            options={data.goals.filter((goal) => !awaiting.has(goal.id)).map((goal) => ({ key: goal.id, text: `${goal.number} ${goal.title}` }))}
            onChange={(_, option) => option && onChange({ goalId: Number(option.key) })}
            errorMessage={problemOf('goalId')}
            required
          />
        )}
        <TextField label={strings.GoalChangesDescription} multiline rows={3} value={draft.description ?? ''} onChange={(_, value) => onChange({ description: value ?? '' })} />
        <TextField
          label={strings.GoalChangesReason}
          multiline
          rows={3}
          value={draft.reason}
          onChange={(_, value) => onChange({ reason: value ?? '' })}
          errorMessage={problemOf('reason')}
          required
        />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={isSaving ? strings.GoalChangesSaving : strings.GoalChangesSaveProposal} disabled={isSaving} />
          <DefaultButton text={strings.GoalChangesCancel} onClick={onCancel} disabled={isSaving} />
        </Stack>
      </Stack>
    </form>
  );
}
