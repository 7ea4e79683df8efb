import { SiteLists, serverRelativeUrlOf } from '../data/sp/siteLists';
import { CatalogueRepository } from '../data/catalogueRepository';
import { CatalogueImportWriter } from '../data/catalogueImportWriter';
import { PlanPeriodCopier } from '../data/planPeriodCopier';
import { DepartmentRepository } from '../data/departmentRepository';
import { IndicatorRepository } from '../data/indicatorRepository';
import { IndicatorValueRepository } from '../data/indicatorValueRepository';
import { UserRepository } from '../data/userRepository';
import { InitialReviewRepository } from '../data/initialReviewRepository';
import { ReportRepository } from '../data/reportRepository';
import { ReportingYearRepository } from '../data/reportingYearRepository';
import { CorrectionRequestRepository } from '../data/correctionRequestRepository';
import { BodySessionRepository } from '../data/bodySessionRepository';
import { ActionItemRepository } from '../data/actionItemRepository';
import { SessionMinutesRepository } from '../data/sessionMinutesRepository';
import { GoalChangeRepository } from '../data/goalChangeRepository';
import { GoalAgreementRepository } from '../data/goalAgreementRepository';
import { MeetingRepository } from '../data/meetingRepository';
import { ItemHistoryReader } from '../data/itemHistory';
import { PlanPeriodLifecycle } from '../data/planPeriodLifecycle';
import { CalendarService } from '../scheduling/calendarService';
import { MailService } from '../scheduling/reminderMail';
import { MeetingBooking } from '../scheduling/meetingBooking';
import type { HostConnections, ProductServices } from '../app/services';
import { ReportChangeReader } from '../data/reportChangeReader';
import { ValueReviewRepository } from '../data/valueReviewRepository';
import { PublicationRepository } from '../data/publicationRepository';
import { DepartmentWorkbookRepository } from '../data/departmentWorkbookRepository';
import { departmentWorkbookContent } from '../app/indicatorEntry/departmentWorkbookContent';
import { DocumentFiles } from '../data/documentFiles';
import { ReminderRepository } from '../data/reminderRepository';

export function createProductServices(connections: HostConnections): ProductServices {
  const lists = new SiteLists(connections.sp, serverRelativeUrlOf(connections.siteUrl));
  const meetings = new MeetingRepository(lists);
  const calendar = new CalendarService(connections.graph);
  const services: Omit<ProductServices, 'departmentWorkbooks'> = {
    locale: connections.locale,
    catalogue: new CatalogueRepository(lists),
    catalogueImport: new CatalogueImportWriter(lists),
    planPeriodCopier: new PlanPeriodCopier(lists),
    departments: new DepartmentRepository(lists),
    indicators: new IndicatorRepository(lists),
    indicatorValues: new IndicatorValueRepository(lists),
    users: new UserRepository(lists),
    initialReviews: new InitialReviewRepository(lists),
    reports: new ReportRepository(lists, connections.siteUrl),
    reportingYears: new ReportingYearRepository(lists),
    correctionRequests: new CorrectionRequestRepository(lists),
    bodySessions: new BodySessionRepository(lists),
    planPeriods: new PlanPeriodLifecycle(lists),
    actionItems: new ActionItemRepository(lists),
    sessionMinutes: new SessionMinutesRepository(lists),
    goalChanges: new GoalChangeRepository(lists),
    goalAgreements: new GoalAgreementRepository(lists, meetings),
    meetings,
    history: new ItemHistoryReader(lists),
    booking: new MeetingBooking(calendar, meetings),
    calendar,
    mail: new MailService(connections.graph),
    reportChanges: new ReportChangeReader(lists),
    ...(connections.linkToItem ? { linkToItem: connections.linkToItem } : {}),
    valueReviews: new ValueReviewRepository(lists),
    publications: new PublicationRepository(lists, connections.siteUrl),
    files: new DocumentFiles(lists),
    reminders: new ReminderRepository(lists)
  };
  // The workbook's sheet is the entry page's sheet, built from the same services.
  return { ...services, departmentWorkbooks: new DepartmentWorkbookRepository(lists, connections.siteUrl, departmentWorkbookContent(services)) };
}

