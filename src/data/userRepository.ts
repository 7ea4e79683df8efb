import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { SiteLists } from './sp/siteLists';
import { toServiceError } from '../http/serviceError';

/** Who is signed in and what the product lets them do. */
export interface CurrentUser {
  readonly siteUserId: number;
  readonly login: string;
  readonly displayName: string;
  readonly email: string;
  /** The office manages the lists; department contacts only their department's items. */
  readonly role: 'coordinator' | 'department';
  readonly departmentId?: number;
  readonly departmentNumber?: string;
}

interface SiteUserRow {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
}

interface ContactRow {
  DepartmentId: number;
  Department?: { DepartmentNumber?: string };
}

export class UserRepository {
  public constructor(private readonly lists: SiteLists) {}

  public async currentUser(): Promise<CurrentUser> {
    try {
      const web = this.lists.spfi.web;
      const [user, canManageLists] = await Promise.all([
        web.currentUser.select('Id', 'LoginName', 'Title', 'Email')() as Promise<SiteUserRow>,
        // The office is whoever may manage the site's lists: no group names to keep in sync.
        web.currentUserHasPermissions(PermissionKind.ManageLists)
      ]);
      const contact = (await this.lists
        .list('Contacts')
        .items.select('DepartmentId', 'Department/DepartmentNumber')
        .expand('Department')
        .filter(`ContactUserId eq ${user.Id}`)
        .top(1)()) as ContactRow[];
      return {
        siteUserId: user.Id,
        login: user.LoginName,
        displayName: user.Title,
        email: user.Email,
        role: canManageLists ? 'coordinator' : 'department',
        departmentId: contact[0]?.DepartmentId,
        departmentNumber: contact[0]?.Department?.DepartmentNumber
      };
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
