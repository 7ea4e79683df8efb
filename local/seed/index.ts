import { buildBodySessions } from './bodySessions';
import { buildActionItems } from './actionItems';
import { buildCalendars } from './calendars';
import { buildCorrectionRequests } from './corrections';
import { buildCatalogue } from './catalogue';
import { buildGovernance } from './governance';
import { addLargeMeasures } from './largeCatalogue';
import { contactItems, departmentItems, seedFolders, seedGroups, seedRoleDefinitions, seedUsers, seedWebRoleAssignments } from './organisation';
import { buildPlanPeriods } from './planPeriods';
import { addReleasingBoardSession, publicationPermissions } from './publication';
import { addOpenYearDeadline, departmentWorkbookFolders } from './departmentWorkbooks';
import { buildPeriodFolders } from './periodFolders';
import { buildReportingYears, buildYearFolders, lockedYearOf, markDemoCorrection } from './reportingYears';
import { createRandom } from './random';
import type { SeedData } from './types';
import { localDateOf } from './wallClock';
import { withReportHistory } from './reports';
import { buildValueReviews } from './valueReviews';
import { withReminders } from './reminders';

export type { SeedData, SeedEvent, SeedFolder, SeedGroup, SeedItem, SeedRole, SeedRoleAssignment, SeedRoleDefinition, SeedUser } from './types';

export type SeedName = 'demo' | 'empty' | 'large';

export const seedNames: readonly SeedName[] = ['demo', 'empty', 'large'];

/**
 * The data a fresh emulator site starts with. 'empty': users, groups, permissions and the
 * department folders only. 'demo': the catalogue, indicators, governance lists, calendars and the
 * locked year before last of "Stadt Musterstadt". 'large': the demo plus 5,000 further measures.
 * Deterministic for a given `today` (dates are placed relative to it, in German local time).
 */
export function buildSeed(name: SeedName, today: Date): SeedData {
  if (!seedNames.includes(name)) {
    throw new Error(`Unknown seed '${String(name)}'.`);
  }
  const users = seedUsers();
  const base: SeedData = { roleDefinitions: seedRoleDefinitions(), users, groups: seedGroups(), webRoleAssignments: seedWebRoleAssignments(), folders: [...seedFolders(), ...departmentWorkbookFolders()], listPermissions: publicationPermissions(), lists: {}, calendars: {} };
  if (name === 'empty') {
    return base;
  }
  const localToday = localDateOf(today);
  const year = localToday.year;
  // Catalogue content does not depend on `today`; only dates and the year of values do.
  const random = createRandom(`seed:${year}`);
  const periods = buildPlanPeriods(year);
  const previous = periods.periods.find((period) => period.updateNumber === periods.current.updateNumber - 1);
  const catalogue = buildCatalogue(periods.current, year, random, previous);
  const governance = buildGovernance(localToday, catalogue.seededMeasures, catalogue.seededGoals, createRandom(`governance:${year}`));
  if (name === 'large') {
    addLargeMeasures(catalogue.measures, catalogue.seededGoals, periods.current, createRandom(`large:${year}`));
  }
  const reportingYears = buildReportingYears(year);
  addOpenYearDeadline(reportingYears, localToday);
  const lock = reportingYears.items[0]?.fields;
  const bodySessions = buildBodySessions(periods.periods, governance.steeringMeetings.items, localToday, governance.goalChanges.items);
  addReleasingBoardSession(bodySessions.list, localToday);
  const corrections = buildCorrectionRequests(markDemoCorrection(catalogue.indicatorValues.items, lockedYearOf(year)), Number(lock?.ReportingYear), String(lock?.LockedAt));
  return {
    ...base,
    // After the department folders: period and year folders lie in their department's.
    folders: [...base.folders, ...buildPeriodFolders(periods.periods), ...buildYearFolders(year, catalogue.valueYears)],
    lists: withReminders(withReportHistory({
      Concepts: catalogue.concepts.items,
      PlanPeriods: periods.list.items,
      Departments: departmentItems().items,
      Contacts: contactItems().items,
      GuidingGoals: catalogue.guidingGoals.items,
      FieldsOfAction: catalogue.fieldsOfAction.items,
      Goals: catalogue.goals.items,
      Measures: catalogue.measures.items,
      Indicators: catalogue.indicators.items,
      IndicatorValues: corrections.values,
      InitialReviews: governance.initialReviews.items,
      Meetings: governance.meetings.items,
      GoalAgreements: governance.goalAgreements.items,
      AgreementItems: governance.agreementItems.items,
      AgreementComments: governance.agreementComments.items,
      SteeringMeetings: governance.steeringMeetings.items,
      GoalChanges: bodySessions.goalChanges,
      ReportingYears: reportingYears.items,
      CorrectionRequests: corrections.requests.items,
      BodySessions: bodySessions.list.items,
      ActionItems: buildActionItems(bodySessions.list.items).items,
      ValueReviews: buildValueReviews(corrections.values, year - 1, today).items
    }, periods, localToday, catalogue.seededMeasures.map((measure) => measure.id)), year - 1, localToday),
    calendars: buildCalendars(users, localToday, governance.appointments)
  };
}
