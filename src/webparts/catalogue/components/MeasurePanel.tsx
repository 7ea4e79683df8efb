import * as React from 'react';
import { ItemHistoryPanel } from '../../../ui/ItemHistoryPanel';
import { itemHistoryLoader } from '../../../app/itemHistory';
import {
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import { MeasureStatusChoices, canWrite, isPeriodReadOnly } from '../../../domain';
import type { Measure, MeasureStatus, PlanPeriod } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import type { CurrentUser } from '../../../data/userRepository';
import { draftTitleProblem, initialMeasureEditing, measureEditingReducer, saveMeasureDraft } from '../../../app/catalogue/measureEditing';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { statusLabels } from '../../../ui/statusLabels';
import type { CatalogueRow } from '../../../app/catalogue/catalogueView';
import { linkToMeasure } from '../../../app/catalogue/measureDeepLink';
import { CopyLinkButton } from '../../../ui/CopyLinkButton';
import { MeasureIndicators } from './MeasureIndicators';
import { GoalHistory } from './GoalHistory';
import { PeriodClosedNotice } from './PeriodClosedNotice';

export interface MeasurePanelProps {
  readonly row: CatalogueRow;
  /** The plan period shown: a closed one is read-only for everyone. */
  readonly period?: PlanPeriod;
  readonly user: CurrentUser;
  readonly services: ProductServices;
  readonly strings: ICatalogueWebPartStrings;
  readonly departmentName: (id: number) => string;
  readonly onSaved: (measure: Measure) => void;
  readonly onDismiss: () => void;
}

/** Details of one measure; editing with optimistic concurrency: a 412 shows both versions, nothing is overwritten silently. */
export function MeasurePanel({ row, period, user, services, strings, departmentName, onSaved, onDismiss }: MeasurePanelProps): React.ReactElement {
  const [{ measure, draft, save }, dispatch] = React.useReducer(measureEditingReducer, row.measure, initialMeasureEditing);
  const labels = statusLabels(strings);
  const mayEdit = canWrite(user, { kind: 'measure', departmentId: measure.leadDepartmentId, ...(period ? { period } : {}) });
  const isClosed = isPeriodReadOnly(period);
  const link = linkToMeasure(services, measure.id);
  const titleProblem = draft ? draftTitleProblem(draft) : undefined;
  const titleError = titleProblem === undefined ? undefined : titleProblem === 'formula' ? strings.TitleFormula : strings.TitleRequired;

  const submit = async (etag: string | undefined): Promise<void> => {
    if (!draft) {
      return;
    }
    const saved = await saveMeasureDraft(services, measure.id, etag, draft, dispatch);
    if (saved) {
      onSaved(saved);
    }
  };

  const fact = (label: string, value: string | undefined): React.ReactElement => (
    <div>
      <Text variant="small" block styles={{ root: { fontWeight: 600 } }}>
        {label}
      </Text>
      <Text block>{value && value.length > 0 ? value : strings.None}</Text>
    </div>
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={format(strings.DetailTitle, measure.number ?? '')}
      closeButtonAriaLabel={strings.Close}
      onDismiss={onDismiss}
      isFooterAtBottom
      onRenderFooterContent={() =>
        draft ? (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.Save} disabled={!!titleError || save.kind === 'saving' || save.kind === 'conflict'} onClick={() => submit(measure.etag)} />
            <DefaultButton
              text={strings.Cancel}
              onClick={() => dispatch({ type: 'cancel' })}
            />
          </Stack>
        ) : mayEdit ? (
          <PrimaryButton text={strings.Edit} onClick={() => dispatch({ type: 'edit' })} />
        ) : null
      }
    >
      <Stack tokens={{ childrenGap: 12 }} data-testid="measure-panel">
        {isClosed && <PeriodClosedNotice period={period} strings={strings} locale={services.locale} />}
        {!mayEdit && !isClosed && (
          <MessageBar messageBarType={MessageBarType.info}>{format(strings.ReadOnlyHint, departmentName(measure.leadDepartmentId))}</MessageBar>
        )}
        {save.kind === 'saving' && <Spinner size={SpinnerSize.small} label={strings.Saving} ariaLive="polite" />}
        {save.kind === 'saved' && (
          <MessageBar messageBarType={MessageBarType.success} role="status">
            {strings.Saved}
          </MessageBar>
        )}
        {save.kind === 'error' && <ErrorMessage error={save.error} />}
        {save.kind === 'conflict' && draft && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <div role="alert" data-testid="conflict">
              <Text block styles={{ root: { fontWeight: 600 } }}>
                {strings.ConflictTitle}
              </Text>
              <Text block>{strings.ConflictHint}</Text>
              <table>
                <thead>
                  <tr>
                    <th scope="col" />
                    <th scope="col">{strings.ConflictYours}</th>
                    <th scope="col">{strings.ConflictTheirs}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{strings.FieldTitle}</th>
                    <td>{draft.title}</td>
                    <td>{save.stored.title}</td>
                  </tr>
                  <tr>
                    <th scope="row">{strings.FieldStatus}</th>
                    <td>{labels[draft.status]}</td>
                    <td>{labels[save.stored.status]}</td>
                  </tr>
                  <tr>
                    <th scope="row">{strings.FieldDescription}</th>
                    <td>{draft.description}</td>
                    <td>{save.stored.description ?? ''}</td>
                  </tr>
                </tbody>
              </table>
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <PrimaryButton text={strings.ConflictKeepMine} onClick={() => submit(save.stored.etag)} />
                <DefaultButton
                  text={strings.ConflictTakeTheirs}
                  onClick={() => {
                    dispatch({ type: 'takeTheirs' });
                    onSaved(save.stored);
                  }}
                />
              </Stack>
            </div>
          </MessageBar>
        )}
        {draft ? (
          <>
            <TextField label={strings.FieldTitle} value={draft.title} required errorMessage={titleError} onChange={(_, title) => dispatch({ type: 'change', draft: { title: title ?? '' } })} />
            <Dropdown
              label={strings.FieldStatus}
              selectedKey={draft.status}
              options={MeasureStatusChoices.codes.map((status) => ({ key: status, text: labels[status] }))}
              onChange={(_, option) => option && dispatch({ type: 'change', draft: { status: option.key as MeasureStatus } })}
            />
            <TextField label={strings.FieldDescription} multiline autoAdjustHeight value={draft.description} onChange={(_, description) => dispatch({ type: 'change', draft: { description: description ?? '' } })} />
          </>
        ) : (
          <>
            {fact(strings.FieldTitle, measure.title)}
            {fact(strings.FieldStatus, labels[measure.status])}
            {fact(strings.FieldDescription, measure.description)}
          </>
        )}
        {fact(strings.FieldFieldOfAction, `${row.fieldOfAction.sortOrder}. ${row.fieldOfAction.title}`)}
        {fact(strings.FieldGoal, `${row.goal.number} ${row.goal.title}`)}
        <GoalHistory goal={row.goal} services={services} />
        {fact(strings.FieldLeadDepartment, departmentName(measure.leadDepartmentId))}
        {fact(strings.FieldInvolved, measure.involvedDepartmentIds.map(departmentName).join(', '))}
        {fact(strings.FieldConcept, row.concept?.title)}
        {fact(strings.FieldContact, measure.contact?.displayName)}
        {link !== undefined && <CopyLinkButton link={link} name={measure.title} />}
        <ItemHistoryPanel
          itemKey={`measure-${measure.id}-${measure.etag ?? ''}`}
          locale={services.locale}
          load={itemHistoryLoader(services, 'Measures', measure.id)}
        />
        <MeasureIndicators measureId={measure.id} services={services} currentYear={new Date().getFullYear()} />
      </Stack>
    </Panel>
  );
}
