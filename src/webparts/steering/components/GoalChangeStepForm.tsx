import * as React from 'react';
import { DefaultButton, Dropdown, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { IDropdown } from '@fluentui/react';
import { actingBody, describeProblem } from '../../../domain';
import type { BodySession, FieldProblem, GoalChange, Language } from '../../../domain';
import { sessionsForStep } from '../../../app/goalChanges/goalChangeFlow';
import type { StepForm } from '../../../app/goalChanges/goalChangeFlow';
import { format, formatDate } from '../../../ui/format';

export interface GoalChangeStepFormProps {
  readonly form: StepForm;
  readonly change: GoalChange;
  readonly sessions: readonly BodySession[];
  readonly problems: readonly FieldProblem[];
  readonly isSaving: boolean;
  readonly strings: ISteeringWebPartStrings;
  readonly language: Language;
  readonly locale: string;
  readonly onChange: (changes: Partial<Pick<StepForm, 'sessionId' | 'newSessionTitle' | 'newSessionDate' | 'committeeReference'>>) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
}

const newSessionKey = 'new';

/** One step of the procedure: the session of the body that acted (an existing one or a new one) and, for a decision, the paper number. */
export function GoalChangeStepForm({ form, change, sessions, problems, isSaving, strings, language, locale, onChange, onSubmit, onCancel }: GoalChangeStepFormProps): React.ReactElement {
  const problemOf = (...fields: string[]): string | undefined => {
    const problem = problems.find((candidate) => fields.includes(candidate.field));
    return problem ? describeProblem(problem, language) : undefined;
  };
  const isCommittee = actingBody(change.status) === 'committee';
  const title =
    form.to === 'advisoryConsent'
      ? strings.GoalChangesStepConsent
      : form.to === 'decided'
        ? strings.GoalChangesStepDecide
        : isCommittee
          ? strings.GoalChangesStepRejectCommittee
          : strings.GoalChangesStepRejectBoard;
  const sessionField = React.useRef<IDropdown>(null);
  React.useEffect(() => {
    sessionField.current?.focus();
  }, [form.changeId, form.to]);
  const options = [
    ...sessionsForStep(sessions, change).map((session) => ({ key: session.id, text: format(strings.GoalChangesSessionOn, formatDate(session.date, locale), session.title) })),
    { key: newSessionKey, text: strings.GoalChangesSessionNew }
  ];
  const headingId = 'goal-change-step-heading';
  return (
    <form
      // The rules (and their texts) are ours: the browser's own check of required fields would pre-empt them.
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 640 } }}>
        <Text as="h3" variant="large" id={headingId}>
          {format(title, change.title)}
        </Text>
        <Dropdown
          componentRef={sessionField}
          label={isCommittee ? strings.GoalChangesSessionCommittee : strings.GoalChangesSessionBoard}
          placeholder={strings.GoalChangesSessionPlaceholder}
          selectedKey={form.sessionId ?? null}
          options={options}
          onChange={(_, option) => option && onChange({ sessionId: option.key === newSessionKey ? 'new' : Number(option.key) })}
          errorMessage={form.sessionId === 'new' ? undefined : problemOf('session')}
          required
        />
        {form.sessionId === 'new' && (
          <>
            <TextField label={strings.GoalChangesNewSessionTitle} value={form.newSessionTitle} onChange={(_, value) => onChange({ newSessionTitle: value ?? '' })} />
            <TextField
              label={strings.GoalChangesNewSessionDate}
              type="date"
              value={form.newSessionDate}
              onChange={(_, value) => onChange({ newSessionDate: value ?? '' })}
              errorMessage={problemOf('newSessionDate', 'session', 'advisoryBoardDate', 'committeeDate')}
              required
            />
          </>
        )}
        {form.sessionId !== 'new' && problemOf('advisoryBoardDate', 'committeeDate', 'status') && <Text role="alert">{problemOf('advisoryBoardDate', 'committeeDate', 'status')}</Text>}
        {form.to === 'decided' && (
          <TextField label={strings.GoalChangesPaper} value={form.committeeReference} onChange={(_, value) => onChange({ committeeReference: value ?? '' })} errorMessage={problemOf('committeeReference')} required />
        )}
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={isSaving ? strings.GoalChangesSaving : strings.GoalChangesSaveStep} disabled={isSaving} />
          <DefaultButton text={strings.GoalChangesCancel} onClick={onCancel} disabled={isSaving} />
        </Stack>
      </Stack>
    </form>
  );
}
