import * as React from 'react';
import { DefaultButton, Dropdown, IconButton, Panel, PanelType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import type { AgendaSubject, Body, SessionStatus } from '../../../domain';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { sessionDraftProblems, withPlanPeriod } from '../../../app/bodySessions/sessionForm';
import type { AgendaItemDraft, SessionDraft } from '../../../app/bodySessions/sessionForm';
import type { BodySessionsFlow } from '../../../app/bodySessions/useBodySessions';
import type { SessionsData } from '../../../app/bodySessions/sessionsData';
import { bodies, bodyLabel, sessionStatuses, statusLabel, subjectKindLabel } from './sessionLabels';
import { OpenItemsList } from './OpenItemsList';

interface EditorProps {
  readonly flow: BodySessionsFlow;
  readonly data: SessionsData;
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
}

const noPeriod = 'none';
const subjectKinds: ReadonlyArray<AgendaSubject['kind'] | ''> = ['', 'report', 'goalChange', 'planPeriod'];

/** Records a new session or edits one: body, date, title, paper, status, plan period, agenda with its subjects, decisions. */
export function SessionEditorPanel({ flow, data, strings, locale }: EditorProps): React.ReactElement {
  const editor = flow.state.editor!;
  const { draft } = editor;
  const problems = editor.showErrors ? sessionDraftProblems(draft) : [];
  const set = (changes: Partial<SessionDraft>): void => flow.change((current) => ({ ...current, ...changes }));
  const isSaving = editor.work.state === 'working';
  const footer = (): React.ReactElement => (
    <Stack tokens={{ childrenGap: 8 }}>
      {editor.work.state === 'failed' && <ErrorMessage error={editor.work.error} onRetry={flow.save} />}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.SessionsSave} onClick={flow.save} disabled={isSaving} />
        <DefaultButton text={strings.SessionsCancel} onClick={flow.closeEditor} disabled={isSaving} />
        {isSaving && <Spinner ariaLive="polite" />}
      </Stack>
    </Stack>
  );
  const periodOptions: IDropdownOption[] = [{ key: noPeriod, text: strings.SessionsNoPeriod }, ...data.periods.map((period) => ({ key: String(period.id), text: period.title }))];
  return (
    <Panel
      isOpen
      onDismiss={flow.closeEditor}
      type={PanelType.medium}
      headerText={draft.id === undefined ? strings.SessionsEditorNew : strings.SessionsEditorEdit}
      closeButtonAriaLabel={strings.SessionsClose}
      isFooterAtBottom
      isLightDismiss={false}
      onRenderFooterContent={footer}
    >
      <Stack tokens={{ childrenGap: 12 }} data-testid="session-editor">
        <TextField label={strings.SessionsFieldTitle} required value={draft.title} onChange={(_, value) => set({ title: value ?? '' })} errorMessage={problems.includes('title') ? strings.SessionsTitleRequired : undefined} />
        <Dropdown
          label={strings.SessionsFieldBody}
          options={bodies.map((body) => ({ key: body, text: bodyLabel(strings, body) }))}
          selectedKey={draft.body}
          onChange={(_, option) => option && set({ body: option.key as Body })}
        />
        <TextField label={strings.SessionsFieldDate} type="date" required value={draft.date} onChange={(_, value) => set({ date: value ?? '' })} errorMessage={problems.includes('date') ? strings.SessionsDateInvalid : undefined} />
        <TextField label={strings.SessionsFieldPaper} value={draft.paperNumber} onChange={(_, value) => set({ paperNumber: value ?? '' })} />
        <Dropdown
          label={strings.SessionsFieldStatus}
          options={sessionStatuses.map((status) => ({ key: status, text: statusLabel(strings, status) }))}
          selectedKey={draft.status}
          onChange={(_, option) => option && set({ status: option.key as SessionStatus })}
        />
        <Dropdown
          label={strings.SessionsFieldPeriod}
          options={periodOptions}
          selectedKey={draft.planPeriodId !== undefined ? String(draft.planPeriodId) : noPeriod}
          onChange={(_, option) => option && flow.change((current) => withPlanPeriod(current, option.key === noPeriod ? undefined : Number(option.key)))}
        />
        <AgendaEditor draft={draft} data={data} strings={strings} onChange={(update) => flow.change((current) => ({ ...current, agendaItems: update(current.agendaItems) }))} hasError={problems.includes('agenda')} />
        {draft.body === 'steeringGroup' && <OpenItemsList items={flow.openItems} data={data} strings={strings} locale={locale} />}
        <TextField label={strings.SessionsFieldDecisions} multiline autoAdjustHeight value={draft.decisions} onChange={(_, value) => set({ decisions: value ?? '' })} />
      </Stack>
    </Panel>
  );
}

interface AgendaEditorProps {
  readonly draft: SessionDraft;
  readonly data: SessionsData;
  readonly strings: ISteeringWebPartStrings;
  readonly hasError: boolean;
  onChange(update: (items: readonly AgendaItemDraft[]) => AgendaItemDraft[]): void;
}

function AgendaEditor({ draft, data, strings, hasError, onChange }: AgendaEditorProps): React.ReactElement {
  const items = draft.agendaItems;
  const update = (index: number, changes: Partial<AgendaItemDraft>): void => onChange((current) => current.map((item, position) => (position === index ? { ...item, ...changes } : item)));
  return (
    <section aria-labelledby="session-editor-agenda">
      <Text as="h3" variant="mediumPlus" id="session-editor-agenda" block>
        {strings.SessionsAgendaHeading}
      </Text>
      {items.length === 0 && <Text block>{strings.SessionsAgendaEmpty}</Text>}
      {items.map((item, index) => {
        const number = index + 1;
        const itemError = hasError && (item.title.trim() === '' || (item.subjectKind !== '' && !(Number(item.subjectId) > 0)));
        return (
          <Stack key={index} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} styles={{ root: { marginBottom: 8 } }}>
            <TextField
              label={format(strings.SessionsAgendaItemTitle, number)}
              value={item.title}
              onChange={(_, value) => update(index, { title: value ?? '' })}
              errorMessage={itemError ? strings.SessionsAgendaInvalid : undefined}
              styles={{ root: { minWidth: 260, flexGrow: 1 } }}
            />
            <Dropdown
              label={strings.SessionsAgendaSubject}
              ariaLabel={`${strings.SessionsAgendaSubject} (${format(strings.SessionsAgendaItemTitle, number)})`}
              options={subjectKinds.map((kind) => ({ key: kind || 'none', text: subjectKindLabel(strings, kind) }))}
              selectedKey={item.subjectKind || 'none'}
              onChange={(_, option) => option && update(index, { subjectKind: option.key === 'none' ? '' : (option.key as AgendaSubject['kind']), subjectId: '' })}
              styles={{ root: { minWidth: 160 } }}
            />
            <SubjectPicker item={item} number={number} data={data} strings={strings} onChange={(subjectId) => update(index, { subjectId })} />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={format(strings.SessionsAgendaRemove, number)}
              ariaLabel={format(strings.SessionsAgendaRemove, number)}
              onClick={() => onChange((current) => current.filter((_, position) => position !== index))}
            />
          </Stack>
        );
      })}
      <DefaultButton text={strings.SessionsAgendaAdd} iconProps={{ iconName: 'Add' }} onClick={() => onChange((current) => [...current, { title: '', subjectKind: '', subjectId: '' }])} />
    </section>
  );
}

function SubjectPicker({ item, number, data, strings, onChange }: { item: AgendaItemDraft; number: number; data: SessionsData; strings: ISteeringWebPartStrings; onChange(id: string): void }): React.ReactElement | null {
  if (item.subjectKind === '') {
    return null;
  }
  if (item.subjectKind === 'goalChange') {
    return <TextField label={format(strings.SessionsSubjectGoalChangeId, number)} value={item.subjectId} inputMode="numeric" onChange={(_, value) => onChange((value ?? '').replace(/\D/g, ''))} styles={{ root: { width: 200 } }} />;
  }
  const options: IDropdownOption[] =
    item.subjectKind === 'report' ? data.reports.map((report) => ({ key: String(report.id), text: report.title || report.fileName })) : data.periods.map((period) => ({ key: String(period.id), text: period.title }));
  return (
    <Dropdown
      label={format(strings.SessionsSubjectPick, number)}
      options={options}
      selectedKey={item.subjectId || null}
      onChange={(_, option) => option && onChange(String(option.key))}
      styles={{ root: { minWidth: 220 } }}
    />
  );
}
