import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, Label, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import { describeProblem } from '../../../domain';
import type { AgreementWithItems, Contact, Department, FieldProblem, Measure } from '../../../domain';
import { ServiceError } from '../../../http/serviceError';
import type { ProductServices } from '../../../app/services';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import {
  AgreementForm,
  AgreementFormProblem,
  agreementFormProblems,
  fieldProblemsOf,
  formOf,
  isSameForm,
  ItemDraft,
  itemInputs,
  measureIdOfField,
  withRow
} from '../../../app/goalAgreements/agreementForm';
import { achievementLabels, formProblemText } from '../agreementLabels';

export interface AgreementEditorProps {
  readonly department: Department;
  readonly year: number;
  readonly stored: AgreementWithItems | undefined;
  readonly previous: AgreementWithItems | undefined;
  readonly form: AgreementForm;
  readonly measures: readonly Measure[];
  readonly contacts: readonly Contact[];
  readonly canEdit: boolean;
  readonly services: ProductServices;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onChange: (form: AgreementForm) => void;
  readonly onStored: (agreement: AgreementWithItems) => void;
  readonly onReload: () => void;
}

type SaveState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'agreed' }
  | { readonly kind: 'error'; readonly error: unknown; readonly action: 'save' | 'agree' }
  /** Someone else changed the agreement first; the user's form stays until they choose. */
  | { readonly kind: 'conflict' }
  /** Agreeing was refused: what is missing, from the form's own check or from the repository. */
  | { readonly kind: 'problems'; readonly form: readonly AgreementFormProblem[]; readonly service: readonly FieldProblem[] };

/** The agreement form of one department and year, or what was agreed once it is concluded. */
export function AgreementEditor(props: AgreementEditorProps): React.ReactElement {
  const { department, year, stored, form, measures, services, strings, onChange, onStored, onReload, canEdit } = props;
  const [saveState, setSaveState] = React.useState<SaveState | undefined>();
  const isBusy = saveState?.kind === 'saving';
  const isEdited = !isSameForm(form, formOf(measures, stored));
  const language = services.locale.toLowerCase().startsWith('en') ? 'en' : 'de';

  /** Creates the draft if there is none, else saves onto `base` (the stored version, or the latest after a conflict). */
  const persist = async (base: AgreementWithItems | undefined): Promise<AgreementWithItems> => {
    const notes = form.notes.trim();
    if (!base) {
      const created = await services.goalAgreements.createDraft(department.id, year, itemInputs(form, undefined));
      return notes ? services.goalAgreements.save(created, { notes, items: itemInputs(form, created) }) : created;
    }
    return services.goalAgreements.save(base, { notes, items: itemInputs(form, base) });
  };

  const failed = (error: unknown, action: 'save' | 'agree'): void => {
    if (error instanceof ServiceError && error.isConflict) {
      setSaveState({ kind: 'conflict' });
      return;
    }
    const problems = fieldProblemsOf(error);
    setSaveState(problems ? { kind: 'problems', form: [], service: problems } : { kind: 'error', error, action });
  };

  const save = async (base: AgreementWithItems | undefined = stored): Promise<AgreementWithItems | undefined> => {
    setSaveState({ kind: 'saving' });
    try {
      const saved = await persist(base);
      onStored(saved);
      setSaveState({ kind: 'saved' });
      return saved;
    } catch (error) {
      failed(error, 'save');
      return undefined;
    }
  };

  const saveMine = async (): Promise<void> => {
    setSaveState({ kind: 'saving' });
    try {
      const latest = await services.goalAgreements.load(department.id, year);
      await save(latest);
    } catch (error) {
      failed(error, 'save');
    }
  };

  const agree = async (): Promise<void> => {
    const problems = agreementFormProblems(form);
    if (problems.length > 0) {
      setSaveState({ kind: 'problems', form: problems, service: [] });
      return;
    }
    const base = isEdited || !stored ? await save() : stored;
    if (!base) {
      return;
    }
    setSaveState({ kind: 'saving' });
    try {
      onStored(await services.goalAgreements.agree(base));
      setSaveState({ kind: 'agreed' });
    } catch (error) {
      failed(error, 'agree');
    }
  };

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

interface ItemRowProps {
  readonly row: ItemDraft;
  readonly carriedOverYear: number;
  readonly contacts: readonly Contact[];
  readonly problems: readonly string[];
  readonly isBusy: boolean;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onChange: (change: Partial<Omit<ItemDraft, 'measureId'>>) => void;
}

function ItemRow({ row, carriedOverYear, contacts, problems, isBusy, strings, onChange }: ItemRowProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    item: { border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 4, padding: 12, marginBottom: 8, background: theme.semanticColors.bodyBackground },
    title: { fontSize: 15, fontWeight: 600, margin: 0 },
    badge: { color: theme.palette.themeDarkAlt, fontStyle: 'italic' },
    error: { color: theme.semanticColors.errorText, margin: '4px 0 0' }
  });
  const headingId = `agreement-item-${row.measureId}`;
  // Each field is named by its label and the measure, so a screen reader moving from field to field knows which row it is in.
  const fieldId = `agreement-item-${row.measureId}-field`;
  const targetProblem = problems.length > 0 ? problems.join(' ') : undefined;
  return (
    <li className={classes.item} data-testid={`agreement-item-${row.measureId}`} aria-labelledby={headingId}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <h4 id={headingId} className={classes.title}>
          {row.title}
        </h4>
        {row.carriedOverFrom !== undefined && <Text className={classes.badge}>{format(strings.CarriedOver, carriedOverYear)}</Text>}
      </Stack>
      <Checkbox
        label={strings.FieldAgreed}
        ariaLabel={format(strings.FieldAgreedAria, row.title)}
        checked={row.isAgreed}
        disabled={isBusy}
        onChange={(_, checked) => onChange({ isAgreed: checked === true })}
        styles={{ root: { marginTop: 8 } }}
      />
      {row.isAgreed && (
        <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
          <div>
            <Label id={`${fieldId}-target-label`} htmlFor={`${fieldId}-target`} required>
              {strings.FieldTarget}
            </Label>
            <TextField
              id={`${fieldId}-target`}
              aria-labelledby={`${fieldId}-target-label ${headingId}`}
              aria-required
              multiline
              autoAdjustHeight
              rows={2}
              value={row.target}
              disabled={isBusy}
              errorMessage={targetProblem}
              onChange={(_, value) => onChange({ target: value ?? '' })}
            />
          </div>
          <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
            <div>
              <Label id={`${fieldId}-responsible-label`}>{strings.FieldResponsible}</Label>
              <Dropdown
                aria-labelledby={`${fieldId}-responsible-label ${headingId}`}
                selectedKey={row.responsibleContactId ?? 0}
                options={[{ key: 0, text: strings.NoResponsible }, ...contacts.map((contact) => ({ key: contact.id, text: contact.name }))]}
                disabled={isBusy}
                onChange={(_, option) => option && onChange({ responsibleContactId: Number(option.key) || undefined })}
                styles={{ root: { minWidth: 240 } }}
              />
            </div>
            <Stack.Item grow>
              <Label id={`${fieldId}-notes-label`} htmlFor={`${fieldId}-notes`}>
                {strings.FieldItemNotes}
              </Label>
              <TextField id={`${fieldId}-notes`} aria-labelledby={`${fieldId}-notes-label ${headingId}`} value={row.notes} disabled={isBusy} onChange={(_, value) => onChange({ notes: value ?? '' })} />
            </Stack.Item>
          </Stack>
        </Stack>
      )}
      {!row.isAgreed && problems.length > 0 && (
        <p role="alert" className={classes.error}>
          {problems.join(' ')}
        </p>
      )}
    </li>
  );
}

/** A concluded agreement (or any agreement a department contact opens): what was agreed, and once reviewed, what was achieved. */
function AgreedItems({ stored, previous, contacts, strings, year }: AgreementEditorProps): React.ReactElement {
  if (!stored) {
    return <></>;
  }
  const achievements = achievementLabels(strings);
  const isReviewed = stored.agreement.status === 'reviewed';
  const contactName = (id: number | undefined): string => contacts.find((contact) => contact.id === id)?.name ?? strings.None;
  const carriedOverYear = previous?.agreement.year ?? year - 1;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {stored.agreement.status !== 'draft' && <MessageBar>{strings.ReadOnlyAgreed}</MessageBar>}
      {stored.items.length === 0 ? (
        <Text>{strings.NoItems}</Text>
      ) : (
        <DataTable
          caption={strings.ItemsCaption}
          testId="agreed-items"
          rows={stored.items}
          rowKey={(item) => item.measureId}
          columns={[
            {
              key: 'measure',
              header: strings.ColumnMeasure,
              render: (item) => (
                <>
                  {item.title}
                  {item.carriedOverFrom !== undefined && <em> ({format(strings.CarriedOver, carriedOverYear)})</em>}
                </>
              )
            },
            { key: 'target', header: strings.ColumnTarget, render: (item) => item.target ?? strings.None },
            { key: 'responsible', header: strings.ColumnResponsible, render: (item) => contactName(item.responsibleContactId) },
            { key: 'notes', header: strings.ColumnNotes, render: (item) => item.notes ?? strings.None },
            ...(isReviewed
              ? [
                  { key: 'achievement', header: strings.ColumnAchievement, render: (item: (typeof stored.items)[number]) => achievements[item.achievement] },
                  { key: 'reason', header: strings.ColumnReason, render: (item: (typeof stored.items)[number]) => item.achievementReason ?? strings.None }
                ]
              : [])
          ]}
        />
      )}
      {stored.agreement.notes && (
        <Text block>
          <strong>{strings.FieldAgreementNotes}:</strong> {stored.agreement.notes}
        </Text>
      )}
    </Stack>
  );
}
