// The service contract between the hosts (which build the services) and the workflows and
// components (which use them): types only, so nothing here pulls a client into a bundle.
import type { SPFI } from '@pnp/sp';
import type { CatalogueRepository } from '../data/catalogueRepository';
import type { CatalogueImportWriter } from '../data/catalogueImportWriter';
import type { PlanPeriodCopier } from '../data/planPeriodCopier';
import type { DepartmentRepository } from '../data/departmentRepository';
import type { IndicatorRepository } from '../data/indicatorRepository';
import type { IndicatorValueRepository } from '../data/indicatorValueRepository';
import type { UserRepository } from '../data/userRepository';
import type { InitialReviewRepository } from '../data/initialReviewRepository';
import type { ReportRepository } from '../data/reportRepository';
import type { ReportingYearRepository } from '../data/reportingYearRepository';
import type { CorrectionRequestRepository } from '../data/correctionRequestRepository';
import type { BodySessionRepository } from '../data/bodySessionRepository';
import type { ActionItemRepository } from '../data/actionItemRepository';
import type { SessionMinutesRepository } from '../data/sessionMinutesRepository';
import type { GoalChangeRepository } from '../data/goalChangeRepository';
import type { GoalAgreementRepository } from '../data/goalAgreementRepository';
import type { MeetingRepository } from '../data/meetingRepository';
import type { ItemHistoryReader } from '../data/itemHistory';
import type { PlanPeriodLifecycle } from '../data/planPeriodLifecycle';
import type { CalendarService } from '../scheduling/calendarService';
import type { MailService } from '../scheduling/reminderMail';
import type { MeetingBooking } from '../scheduling/meetingBooking';
import type { GraphApi } from '../scheduling/graphPaging';
import type { ReportChangeReader } from '../data/reportChangeReader';
import type { ValueReviewRepository } from '../data/valueReviewRepository';
import type { PublicationRepository } from '../data/publicationRepository';
import type { DepartmentWorkbookRepository } from '../data/departmentWorkbookRepository';
import type { DocumentFiles } from '../data/documentFiles';
import type { ReminderRepository } from '../data/reminderRepository';

/** Everything the web parts use, built once per host (SharePoint/Teams, the local workbench). */
export interface ProductServices {
  /** The UI culture, e.g. 'de-DE' or 'en-US', for dates and numbers. */
  readonly locale: string;
  readonly catalogue: CatalogueRepository;
  /** Applies a previewed catalogue import plan. */
  readonly catalogueImport: CatalogueImportWriter;
  /** Copies a plan period's catalogue into the next period's draft ("Nächste Fortschreibung vorbereiten"). */
  readonly planPeriodCopier: PlanPeriodCopier;
  readonly departments: DepartmentRepository;
  readonly indicators: IndicatorRepository;
  /** Yearly indicator values: batched reads, bulk upsert from the sheet. */
  readonly indicatorValues: IndicatorValueRepository;
  readonly users: UserRepository;
  readonly initialReviews: InitialReviewRepository;
  readonly reports: ReportRepository;
  /** Locked reporting years: changes to their values are corrections with a reason. */
  readonly reportingYears: ReportingYearRepository;
  /** Departments' requests to correct values of locked years, and the office's decisions. */
  readonly correctionRequests: CorrectionRequestRepository;
  /** Sessions of the steering group, Beirat, Ausschuss and Rat (Gremiensitzungen). */
  readonly bodySessions: BodySessionRepository;
  /** Closing (read-only in SharePoint) and deliberately reopening plan periods; their period folders. */
  readonly planPeriods: PlanPeriodLifecycle;
  /** Action items of the sessions (Arbeitsaufträge): per session, open across sessions, marked done. */
  readonly actionItems: ActionItemRepository;
  /** Minutes of a session as a document attached to its item. */
  readonly sessionMinutes: SessionMinutesRepository;
  /** Goal changes of a plan period through Beirat and committee (Zieländerungen). */
  readonly goalChanges: GoalChangeRepository;
  /** Goal agreements per department and year, their agreed measures and the departments' comments. */
  readonly goalAgreements: GoalAgreementRepository;
  /** Records of the meetings booked in Outlook (Meetings list). */
  readonly meetings: MeetingRepository;
  /** Who changed what and when on a list item (SharePoint item versions). */
  readonly history: ItemHistoryReader;
  /** Books meetings in Outlook (free/busy, events, answers) and keeps their records in step. */
  readonly booking: MeetingBooking;
  readonly calendar: CalendarService;
  /** Mail from the signed-in user's mailbox (reminders). */
  readonly mail: MailService;
  /** When measures and indicators were created and how changed measures stood before, for the reports' change sections. */
  readonly reportChanges: ReportChangeReader;
  /** A link to this web part at one item (`measure-12`) for sharing; absent where the host has no page to link to. */
  readonly linkToItem?: (item: string) => string;
  /** The office's review of submitted values (Wertprüfungen) and the accepted values reports count. */
  readonly valueReviews: ValueReviewRepository;
  /** The Beirat's release of reports and the files in "Veröffentlichungen". */
  readonly publications: PublicationRepository;
  /** Each department's workbook of a year in "Kennzahlenmappen": refreshed by the office, opened from the reminder and the card. */
  readonly departmentWorkbooks: DepartmentWorkbookRepository;
  /** Documents by their server-relative URL: a department's workbook opened from a link, and saved back as Excel saves it. */
  readonly files: DocumentFiles;
  /** Who reminded which department of its missing values, when (Erinnerungen). */
  readonly reminders: ReminderRepository;
}

export interface HostConnections {
  /** PnPjs, configured for the host (SPFx context, or site URL + bearer token). */
  readonly sp: SPFI;
  readonly graph: GraphApi;
  readonly locale: string;
  /** Absolute URL of the site that holds the lists. */
  readonly siteUrl: string;
  readonly linkToItem?: (item: string) => string;
}
