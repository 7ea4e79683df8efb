import * as React from 'react';
import { ItemHistoryPanel } from '../../../ui/ItemHistoryPanel';
import { itemHistoryLoader } from '../../../app/itemHistory';
import { DefaultButton, MessageBar, Spinner, SpinnerSize, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { AgreementWithItems, Department } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { AgreementBasics, AgreementTab, loadWorkspace, WorkspaceData } from '../../../app/goalAgreements/agreementData';
import { meetingAgenda, meetingSubject, MeetingTextTemplates } from '../../../app/goalAgreements/agreementForm';
import { meetingTimeText } from '../../../app/goalAgreements/agreementOverview';
import { workspaceReducer, workspaceStateOf } from '../../../app/goalAgreements/agreementWorkspace';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { MeetingBookingPanel } from '../../../ui/meetingBooking/MeetingBookingPanel';
import { stateLabels } from '../agreementLabels';
import { AgreementEditor } from './AgreementEditor';
import { AgreementReview } from './AgreementReview';
import { AgreementComments } from './AgreementComments';

export interface AgreementWorkspaceProps {
  readonly basics: AgreementBasics;
  readonly department: Department;
  readonly year: number;
  readonly tab: Exclude<AgreementTab, 'overview'>;
  readonly now: Date;
  readonly services: ProductServices;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onOpen: (departmentId: number, year: number, tab: AgreementTab, notice?: string) => void;
}

/** One department's agreement of one year: loads it, and reloads it from scratch when the user asks after a conflict. */
export function AgreementWorkspace(props: AgreementWorkspaceProps): React.ReactElement {
  const { services, department, year, strings } = props;
  const [loaded, reload] = useLoader(() => loadWorkspace(services, department.id, year), `${department.id}-${year}`);
  if (loaded.state === 'loading') {
    return <Spinner size={SpinnerSize.large} label={strings.Loading} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={reload} />;
  }
  return <WorkspaceBody {...props} data={loaded.data} onReload={reload} />;
}

const classes = mergeStyleSets({
  heading: { fontSize: 18, fontWeight: 600, margin: '0 0 4px' }
});

interface BodyProps extends AgreementWorkspaceProps {
  readonly data: WorkspaceData;
  readonly onReload: () => void;
}

function WorkspaceBody({ basics, department, year, tab, now, services, strings, onOpen, data, onReload }: BodyProps): React.ReactElement {
  const measures = React.useMemo(() => basics.measures.filter((measure) => measure.leadDepartmentId === department.id), [basics.measures, department.id]);
  const contacts = React.useMemo(() => basics.contacts.filter((contact) => contact.departmentId === department.id), [basics.contacts, department.id]);
  const [{ stored, form, reviewForm, meeting, isPanelOpen }, dispatch] = React.useReducer(workspaceReducer, undefined, () => workspaceStateOf(data, measures, now));
  const states = stateLabels(strings);
  const departmentLabel = `${department.number} ${department.name}`;
  const headingId = `agreement-heading-${department.id}-${year}`;

  const onStored = (agreement: AgreementWithItems): void => dispatch({ type: 'stored', agreement, measures, now });

  const templates: MeetingTextTemplates = {
    subject: strings.MeetingSubject,
    reviewHeading: strings.AgendaReviewHeading,
    agreeHeading: strings.AgendaAgreeHeading,
    nothingToReview: strings.AgendaNothingToReview,
    nothingToAgree: strings.AgendaNothingToAgree,
    target: strings.AgendaTarget
  };

  return (
    <section aria-labelledby={headingId} data-testid="agreement-workspace">
      <h3 id={headingId} className={classes.heading}>
        {format(strings.AgreementHeading, year, departmentLabel)}
      </h3>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 16 }} styles={{ root: { marginBottom: 12 } }}>
        <Text data-testid="agreement-state">{format(strings.StatusLine, states[stored?.agreement.status ?? 'none'])}</Text>
        <Text data-testid="agreement-meeting">{meeting
            ? format(strings.MeetingLine, format(meeting.state === 'booked' ? strings.MeetingBooked : strings.MeetingProposed, meetingTimeText(meeting.start, services.locale)))
            : strings.MeetingNone}</Text>
        {basics.isOffice && <DefaultButton text={meeting ? strings.ShowMeeting : strings.BookMeeting} onClick={() => dispatch({ type: 'panel', isOpen: true })} />}
      </Stack>
      {stored?.agreement.id !== undefined && (
        <ItemHistoryPanel
          itemKey={`agreement-${stored.agreement.id}-${stored.agreement.etag ?? ''}`}
          locale={services.locale}
          load={itemHistoryLoader(services, 'GoalAgreements', stored.agreement.id)}
        />
      )}
      {!stored && <MessageBar>{format(basics.isOffice ? strings.NoAgreementYetOffice : strings.NoAgreementYet, year)}</MessageBar>}
      {tab === 'agreement' && (
        <AgreementEditor
          department={department}
          year={year}
          stored={stored}
          previous={data.previous}
          form={form}
          measures={measures}
          contacts={contacts}
          canEdit={basics.isOffice && (stored === undefined || stored.agreement.status === 'draft')}
          services={services}
          strings={strings}
          onChange={(changed) => dispatch({ type: 'formChanged', form: changed })}
          onStored={onStored}
          onReload={onReload}
        />
      )}
      {tab === 'review' && (
        <AgreementReview
          department={department}
          year={year}
          stored={stored}
          previous={data.previous}
          form={reviewForm}
          contacts={contacts}
          canEdit={basics.isOffice}
          services={services}
          strings={strings}
          onChange={(changed) => dispatch({ type: 'reviewFormChanged', form: changed })}
          onOpen={onOpen}
          onStored={onStored}
        />
      )}
      {tab === 'comments' && <AgreementComments year={year} agreement={stored?.agreement} user={basics.user} services={services} strings={strings} />}
      {isPanelOpen && (
        <MeetingBookingPanel
          services={services}
          isOpen={isPanelOpen}
          onDismiss={() => dispatch({ type: 'panel', isOpen: false })}
          kind="agreement"
          year={year}
          departmentId={department.id}
          subject={meetingSubject(year, department, templates)}
          agenda={meetingAgenda(year, data.previous, form, templates)}
          {...(meeting ? { existing: meeting } : {})}
          onChanged={(changed) => dispatch({ type: 'meetingChanged', meeting: changed })}
        />
      )}
    </section>
  );
}
