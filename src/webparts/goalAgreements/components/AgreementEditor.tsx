import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { describeProblem } from '../../../domain';
import type { AgreementWithItems, Contact, Department, Measure } from '../../../domain';
import type { AgreementServices } from '../../../app/goalAgreements/agreementData';
import { AgreementForm, formOf, isSameForm, measureIdOfField, withRow } from '../../../app/goalAgreements/agreementForm';
import { useAgreementSaving } from '../../../app/goalAgreements/agreementSaving';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { formProblemText } from '../agreementLabels';
import { uiLanguage } from '../../../domain';
import { AgreedItems } from './AgreedItems';
import { ItemRow } from './AgreementItemRow';
import { PartlySavedMessage } from './PartlySavedMessage';

export interface AgreementEditorProps {
  readonly department: Department;
  readonly year: number;
  readonly stored: AgreementWithItems | undefined;
  readonly previous: AgreementWithItems | undefined;
  readonly form: AgreementForm;
  readonly measures: readonly Measure[];
  readonly contacts: readonly Contact[];
  readonly canEdit: boolean;
  readonly services: Pick<AgreementServices, 'locale' | 'goalAgreements'>;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onChange: (form: AgreementForm) => void;
  readonly onStored: (agreement: AgreementWithItems) => void;
  readonly onReload: () => void;
}

/** The agreement form of one department and year, or what was agreed once it is concluded. */
export function AgreementEditor(props: AgreementEditorProps): React.ReactElement {
  const { department, year, stored, form, measures, services, strings, onChange, onStored, onReload, canEdit } = props;
  const isEdited = !isSameForm(form, formOf(measures, stored));
  const [saveState, { save, saveMine, agree }] = useAgreementSaving({ services, target: { departmentId: department.id, year }, form, stored, isEdited, onStored });
  const isBusy = saveState?.kind === 'saving';
  const language = uiLanguage(services.locale);

  if (!canEdit) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {saveState?.kind === 'agreed' && (
          <MessageBar messageBarType={MessageBarType.success}>
            <div role="status" data-testid="save-state">
              {strings.Agreed}
            </div>
          </MessageBar>
        )}
        <AgreedItems {...props} />
      </Stack>
    );
  }
  if (form.rows.length === 0) {
    return <Text>{strings.NoMeasures}</Text>;
  }
  const problems = saveState?.kind === 'problems' ? saveState : undefined;
  const rowProblems = (measureId: number): string[] => [
    ...(problems?.form ?? []).filter((problem) => problem.kind === 'targetRequired' && problem.measureId === measureId).map((problem) => formProblemText(problem, strings)),
    ...(problems?.service ?? []).filter((problem) => measureIdOfField(problem) === measureId).map((problem) => describeProblem(problem, language))
  ];
  const allProblems = [...(problems?.form ?? []).map((problem) => formProblemText(problem, strings)), ...(problems?.service ?? []).map((problem) => describeProblem(problem, language))];
  const statusText =
    saveState?.kind === 'saving'
      ? strings.Saving
      : isEdited
        ? strings.Unsaved
        : saveState?.kind === 'saved'
          ? strings.Saved
          : saveState?.kind === 'agreed'
            ? strings.Agreed
            : strings.NothingChanged;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h4" variant="large" block>
        {strings.MeasuresCaption}
      </Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="agreement-items">
        {form.rows.map((row) => (
          <ItemRow
            key={row.measureId}
            row={row}
            carriedOverYear={props.previous?.agreement.year ?? year - 1}
            contacts={props.contacts}
            problems={rowProblems(row.measureId)}
            isBusy={isBusy}
            strings={strings}
            onChange={(change) => onChange(withRow(form, row.measureId, change))}
          />
        ))}
      </ul>
      <TextField label={strings.FieldAgreementNotes} multiline autoAdjustHeight rows={2} value={form.notes} onChange={(_, value) => onChange({ ...form, notes: value ?? '' })} disabled={isBusy} />
      {allProblems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          <div role="alert" data-testid="agreement-problems">
            <div>{strings.AgreeFailed}</div>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {allProblems.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        </MessageBar>
      )}
      {saveState?.kind === 'error' && (
        <div>
          <Text block>{strings.SaveFailed}</Text>
          <ErrorMessage error={saveState.error} onRetry={() => void (saveState.action === 'agree' ? agree() : save())} />
        </div>
      )}
      {saveState?.kind === 'partlySaved' && <PartlySavedMessage report={saveState} strings={strings} />}
      {saveState?.kind === 'conflict' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div>
              <PrimaryButton text={strings.ConflictReload} onClick={onReload} />
              <DefaultButton text={strings.ConflictKeepMine} onClick={() => void saveMine()} />
            </div>
          }
        >
          <div role="alert" data-testid="agreement-conflict">
            <div>{strings.ConflictHint}</div>
            <div>{strings.ConflictChoice}</div>
          </div>
        </MessageBar>
      )}
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <PrimaryButton text={stored ? strings.Save : strings.CreateDraft} disabled={isBusy || (stored !== undefined && !isEdited)} onClick={() => void save()} />
        <DefaultButton text={strings.Agree} disabled={isBusy} onClick={() => void agree()} />
        <Text role="status" aria-live="polite" data-testid="save-state">
          {statusText}
        </Text>
      </Stack>
    </Stack>
  );
}

