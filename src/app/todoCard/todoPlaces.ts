import type { Todo } from '../../domain/todos';
import { departmentWorkbookPath, workbookOpenLink } from '../../domain';

/** Where each target of a to-do opens in this host. */
export interface TodoPlaces {
  /** The department's workbook of the year (opens in Excel). */
  readonly workbook: (departmentNumber: string, year: number) => string;
  readonly agreement: string;
  readonly round: string;
  /** The indicator dashboard at its completeness view. */
  readonly dashboard: string;
  readonly steering: string;
}

/** The pages of the site that hold the product's web parts: the card's property pane sets them. */
export interface TodoCardPages {
  readonly agreementsPage: string;
  readonly roundPage: string;
  readonly dashboardPage: string;
  readonly steeringPage: string;
}

/** Site-relative defaults: the pages the README suggests creating for the web parts. */
export const defaultTodoCardPages: TodoCardPages = {
  agreementsPage: 'SitePages/Zielvereinbarungen.aspx',
  roundPage: 'SitePages/Gespraechsrunde.aspx',
  dashboardPage: 'SitePages/Kennzahlen.aspx',
  steeringPage: 'SitePages/Steuerung.aspx'
};

/**
 * The places on a SharePoint site: pages given absolute or relative to the site, the dashboard
 * opened at its completeness view (`?item=completeness`, the deep link its web part reads), the
 * workbook by its path in the department's folder.
 */
export function sitePlaces(siteUrl: string, pages: Partial<TodoCardPages>): TodoPlaces {
  const site = new URL(siteUrl.replace(/\/*$/, '/'));
  const page = (value: string | undefined, fallback: string): string => new URL((value ?? '').trim() || fallback, site).href;
  const dashboard = new URL(page(pages.dashboardPage, defaultTodoCardPages.dashboardPage));
  dashboard.searchParams.set('item', 'completeness');
  return {
    workbook: (departmentNumber, year) => workbookOpenLink(site.origin, departmentWorkbookPath(decodeURIComponent(site.pathname), departmentNumber, year)),
    agreement: page(pages.agreementsPage, defaultTodoCardPages.agreementsPage),
    round: page(pages.roundPage, defaultTodoCardPages.roundPage),
    dashboard: dashboard.href,
    steering: page(pages.steeringPage, defaultTodoCardPages.steeringPage)
  };
}

/** The link one tap on the to-do opens: the place the data names, else the target's page. */
export function todoLink(todo: Todo, places: TodoPlaces, departmentNumber: string | undefined): string {
  if (todo.link) return todo.link;
  switch (todo.target) {
    case 'workbook':
      return departmentNumber && todo.year !== undefined ? places.workbook(departmentNumber, todo.year) : places.dashboard;
    case 'agreement':
      return places.agreement;
    case 'round':
      return places.round;
    case 'dashboard':
      return places.dashboard;
    case 'steering':
      return places.steering;
  }
  return places.dashboard;
}
