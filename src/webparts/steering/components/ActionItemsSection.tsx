import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, Spinner, Stack, Text, TextField } from '@fluentui/react';
import { actionItemProblems, isOverdue, todayInCouncil } from '../../../domain';
import type { ActionItem } from '../../../domain';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import type { BodySessionsFlow, SessionDetails } from '../../../app/bodySessions/useBodySessions';
import type { SessionsData } from '../../../app/bodySessions/sessionsData';
import { departmentLabel } from './sessionLabels';

interface SectionProps {
  readonly flow: BodySessionsFlow;
  readonly details: SessionDetails;
  readonly data: SessionsData;
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
}

/** The action items of one session (department, due date, done) and, for the office, a form to add one. */
export function ActionItemsSection({ flow, details, data, strings, locale }: SectionProps): React.ReactElement {
  const { work } = flow.state;
  const today = todayInCouncil(new Date());
  const failed = work.state === 'failed' && (work.action === 'addActionItem' || work.action.startsWith('done-')) ? work.error : undefined;
  return (
    <section aria-labelledby="session-action-items-heading" data-testid="session-action-items">
      <Text as="h4" variant="large" id="session-action-items-heading" block styles={{ root: { marginTop: 12 } }}>
        {strings.SessionsActionItemsHeading}
      </Text>
      {details.actionItems.length === 0 ? (
        <Text block>{strings.SessionsNoActionItems}</Text>
      ) : (
        <DataTable<ActionItem>
          caption={strings.SessionsActionItemsCaption}
          rows={details.actionItems}
          rowKey={(item) => item.id}
          rowHeader="description"
          columns={[
            { key: 'description', header: strings.SessionsColumnDescription, render: (item) => item.description },
            { key: 'department', header: strings.SessionsColumnDepartment, render: (item) => departmentLabel(strings, data.departments, item.departmentId) },
            {
              key: 'due',
              header: strings.SessionsColumnDue,
              render: (item) => `${formatDate(item.dueDate, locale)}${isOverdue(item, today) ? ` (${strings.SessionsOverdue})` : ''}`
            },
            {
              key: 'done',
              header: strings.SessionsColumnDone,
              render: (item) => (
                <Checkbox
                  ariaLabel={format(strings.SessionsDoneAria, item.description.split('\n')[0])}
                  checked={item.isDone}
                  disabled={!flow.isOffice || work.state === 'working'}
                  label={item.doneAt ? format(strings.SessionsDoneOn, formatDate(item.doneAt, locale)) : undefined}
                  onChange={(_, checked) => flow.setDone(item, !!checked)}
                />
              )
            }
          ]}
        />
      )}
      {failed !== undefined && <ErrorMessage error={failed} />}
      {flow.isOffice && <NewActionItem flow={flow} data={data} strings={strings} />}
    </section>
  );
}

function NewActionItem({ flow, data, strings }: Pick<SectionProps, 'flow' | 'data' | 'strings'>): React.ReactElement {
  const draft = flow.state.actionDraft;
  const dueDate = draft.dueDate.trim();
  const problems = flow.state.actionShowErrors ? actionItemProblems({ departmentId: draft.departmentId ?? 0, description: draft.description, ...(dueDate ? { dueDate } : {}) }) : [];
  const isWorking = flow.state.work.state === 'working' && flow.state.work.action === 'addActionItem';
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 12, maxWidth: 640 } }} data-testid="new-action-item">
      <Dropdown
        label={strings.SessionsFieldDepartment}
        required
        options={data.departments.map((department) => ({ key: department.id, text: departmentLabel(strings, data.departments, department.id) }))}
        selectedKey={draft.departmentId ?? null}
        onChange={(_, option) => option && flow.changeActionDraft((current) => ({ ...current, departmentId: Number(option.key) }))}
        errorMessage={problems.includes('department') ? strings.SessionsDepartmentRequired : undefined}
      />
      <TextField
        label={strings.SessionsFieldDescription}
        required
        multiline
        autoAdjustHeight
        value={draft.description}
        onChange={(_, value) => flow.changeActionDraft((current) => ({ ...current, description: value ?? '' }))}
        errorMessage={problems.includes('description') ? strings.SessionsDescriptionRequired : undefined}
      />
      <TextField
        label={strings.SessionsFieldDue}
        type="date"
        value={draft.dueDate}
        onChange={(_, value) => flow.changeActionDraft((current) => ({ ...current, dueDate: value ?? '' }))}
        errorMessage={problems.includes('dueDate') ? strings.SessionsDueInvalid : undefined}
        styles={{ root: { maxWidth: 220 } }}
      />
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton text={strings.SessionsAddActionItem} iconProps={{ iconName: 'Add' }} onClick={flow.addActionItem} disabled={isWorking} />
        {isWorking && <Spinner ariaLive="polite" />}
      </Stack>
    </Stack>
  );
}
