import type { SPFI } from '@pnp/sp';
import { SiteLists, serverRelativeUrlOf } from '../data/sp/siteLists';
import { CatalogueRepository } from '../data/catalogueRepository';
import { CatalogueImportWriter } from '../data/catalogueImportWriter';
import { DepartmentRepository } from '../data/departmentRepository';
import { IndicatorRepository } from '../data/indicatorRepository';
import { IndicatorValueRepository } from '../data/indicatorValueRepository';
import { UserRepository } from '../data/userRepository';
import { InitialReviewRepository } from '../data/initialReviewRepository';
import { ReportRepository } from '../data/reportRepository';
import { ReportingYearRepository } from '../data/reportingYearRepository';
import { GoalAgreementRepository } from '../data/goalAgreementRepository';
import { MeetingRepository } from '../data/meetingRepository';
import { CalendarService } from '../scheduling/calendarService';
import { MailService } from '../scheduling/reminderMail';
import { MeetingBooking } from '../scheduling/meetingBooking';
import type { GraphApi } from '../scheduling/graphPaging';

/** Everything the web parts use, built once per host (SharePoint/Teams, the local workbench). */
export interface ProductServices {
  /** The UI culture, e.g. 'de-DE' or 'en-US', for dates and numbers. */
  readonly locale: string;
  readonly catalogue: CatalogueRepository;
  /** Applies a previewed catalogue import plan. */
  readonly catalogueImport: CatalogueImportWriter;
  readonly departments: DepartmentRepository;
  readonly indicators: IndicatorRepository;
  /** Yearly indicator values: batched reads, bulk upsert from the sheet. */
  readonly indicatorValues: IndicatorValueRepository;
  readonly users: UserRepository;
  readonly initialReviews: InitialReviewRepository;
  readonly reports: ReportRepository;
  /** Locked reporting years: changes to their values are corrections with a reason. */
  readonly reportingYears: ReportingYearRepository;
  /** Goal agreements per department and year, their agreed measures and the departments' comments. */
  readonly goalAgreements: GoalAgreementRepository;
  /** Records of the meetings booked in Outlook (Meetings list). */
  readonly meetings: MeetingRepository;
  /** Books meetings in Outlook (free/busy, events, answers) and keeps their records in step. */
  readonly booking: MeetingBooking;
  readonly calendar: CalendarService;
  /** Mail from the signed-in user's mailbox (reminders). */
  readonly mail: MailService;
  /** A link to this web part at one item (`measure-12`) for sharing; absent where the host has no page to link to. */
  readonly linkToItem?: (item: string) => string;
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

export function createProductServices(connections: HostConnections): ProductServices {
  const lists = new SiteLists(connections.sp, serverRelativeUrlOf(connections.siteUrl));
  const meetings = new MeetingRepository(lists);
  const calendar = new CalendarService(connections.graph);
  return {
    locale: connections.locale,
    catalogue: new CatalogueRepository(lists),
    catalogueImport: new CatalogueImportWriter(lists),
    departments: new DepartmentRepository(lists),
    indicators: new IndicatorRepository(lists),
    indicatorValues: new IndicatorValueRepository(lists),
    users: new UserRepository(lists),
    initialReviews: new InitialReviewRepository(lists),
    reports: new ReportRepository(lists, connections.siteUrl),
    reportingYears: new ReportingYearRepository(lists),
    goalAgreements: new GoalAgreementRepository(lists, meetings),
    meetings,
    booking: new MeetingBooking(calendar, meetings),
    calendar,
    mail: new MailService(connections.graph),
    ...(connections.linkToItem ? { linkToItem: connections.linkToItem } : {})
  };
}
