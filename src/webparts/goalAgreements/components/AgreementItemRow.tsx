import * as React from 'react';
import { Checkbox, Dropdown, Label, Stack, Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import type { Contact } from '../../../domain';
import type { ItemDraft } from '../../../app/goalAgreements/agreementForm';
import { format } from '../../../ui/format';

export interface ItemRowProps {
  readonly row: ItemDraft;
  readonly carriedOverYear: number;
  readonly contacts: readonly Contact[];
  readonly problems: readonly string[];
  readonly isBusy: boolean;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onChange: (change: Partial<Omit<ItemDraft, 'measureId'>>) => void;
}

/** One measure of the department in the agreement form: ticked to agree it, then its target, contact and notes. */
export function ItemRow({ row, carriedOverYear, contacts, problems, isBusy, strings, onChange }: ItemRowProps): React.ReactElement {
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
