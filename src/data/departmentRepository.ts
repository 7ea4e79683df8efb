import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Contact, Department } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { toServiceError } from '../http/serviceError';
import { toContact, toDepartment } from './mapping/departmentMapping';

/** The departments (Fachbereiche) and their contact persons. */
export class DepartmentRepository {
  public constructor(private readonly lists: SiteLists) {}

  public async departments(): Promise<Department[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Departments').items.select('Id', 'Title', 'DepartmentNumber', 'GroupName'));
      return rows.map(toDepartment).sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async contacts(): Promise<Contact[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists.list('Contacts').items.select('Id', 'Title', 'Email', 'Phone', 'DepartmentId', 'IsPrimary', 'ContactUserId', 'ContactUser/Title', 'ContactUser/EMail').expand('ContactUser')
      );
      return rows.map(toContact);
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
