import { compareSessions, openActionItemsFor } from '../../domain';
import type { ActionItem, Body, BodySession, Department, PlanPeriod } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import type { StoredReport } from '../../data/reportRepository';
import type { ProductServices } from '../services';

/** What the sessions tab reads and writes. */
export type SessionServices = Pick<
  ProductServices,
  'locale' | 'users' | 'catalogue' | 'departments' | 'reports' | 'bodySessions' | 'actionItems' | 'sessionMinutes' | 'meetings' | 'booking' | 'calendar'
>;

export interface SessionsData {
  readonly user: CurrentUser;
  readonly sessions: readonly BodySession[];
  /** The action items not done yet, of every session. */
  readonly openActionItems: readonly ActionItem[];
  readonly periods: readonly PlanPeriod[];
  readonly departments: readonly Department[];
  /** Reports an agenda item may point to. */
  readonly reports: readonly StoredReport[];
}

export async function loadSessions(services: Pick<SessionServices, 'users' | 'catalogue' | 'departments' | 'reports' | 'bodySessions' | 'actionItems'>): Promise<SessionsData> {
  const [user, sessions, actionItems, periods, departments, reports] = await Promise.all([
    services.users.currentUser(),
    services.bodySessions.sessions(),
    services.actionItems.openItems(),
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.reports.reports()
  ]);
  return { user, sessions, openActionItems: actionItems, periods, departments, reports };
}

export interface SessionFilter {
  readonly body?: Body;
  readonly planPeriodId?: number;
}

/** The sessions shown: of one body and/or plan period, newest first. */
export function filterSessions(sessions: readonly BodySession[], filter: SessionFilter): BodySession[] {
  return sessions
    .filter((session) => (filter.body === undefined || session.body === filter.body) && (filter.planPeriodId === undefined || session.planPeriodId === filter.planPeriodId))
    .sort((a, b) => compareSessions(b, a) || b.id - a.id);
}

/** The open action items the agenda of `session` lists (those of the same body's earlier sessions). */
export function openItemsForAgenda(session: Pick<BodySession, 'body' | 'date'> & { readonly id?: number }, data: Pick<SessionsData, 'sessions' | 'openActionItems'>): ActionItem[] {
  return openActionItemsFor(session, data.sessions, data.openActionItems);
}
