import type { SPFI } from '@pnp/sp';
import { SiteLists, serverRelativeUrlOf } from '../data/sp/siteLists';
import { CatalogueRepository } from '../data/catalogueRepository';
import { DepartmentRepository } from '../data/departmentRepository';
import { UserRepository } from '../data/userRepository';
import { CalendarService } from '../scheduling/calendarService';
import type { GraphApi } from '../scheduling/graphPaging';

/** Everything the web parts use, built once per host (SharePoint/Teams, the local workbench). */
export interface ProductServices {
  /** The UI culture, e.g. 'de-DE' or 'en-US', for dates and numbers. */
  readonly locale: string;
  readonly catalogue: CatalogueRepository;
  readonly departments: DepartmentRepository;
  readonly users: UserRepository;
  readonly calendar: CalendarService;
}

export interface HostConnections {
  /** PnPjs, configured for the host (SPFx context, or site URL + bearer token). */
  readonly sp: SPFI;
  readonly graph: GraphApi;
  readonly locale: string;
  /** Absolute URL of the site that holds the lists. */
  readonly siteUrl: string;
}

export function createProductServices(connections: HostConnections): ProductServices {
  const lists = new SiteLists(connections.sp, serverRelativeUrlOf(connections.siteUrl));
  return {
    locale: connections.locale,
    catalogue: new CatalogueRepository(lists),
    departments: new DepartmentRepository(lists),
    users: new UserRepository(lists),
    calendar: new CalendarService(connections.graph)
  };
}
