import type { EmulatorUser } from '../core/types';
import { unknownProperty } from './errors';

/** The tenant's people as Graph sees them: `/users/{id | userPrincipalName}` and mail addresses. */
export class Directory {
  private readonly byKey = new Map<string, EmulatorUser>();

  public constructor(public readonly users: readonly EmulatorUser[]) {
    for (const user of users) {
      this.byKey.set(user.id.toLowerCase(), user);
      this.byKey.set(user.login.toLowerCase(), user);
      this.byKey.set(user.mail.toLowerCase(), user);
    }
  }

  /** By object id (GUID), user principal name (the login) or SMTP address, case-insensitively. */
  public find(idOrAddress: string): EmulatorUser | undefined {
    return this.byKey.get(idOrAddress.trim().toLowerCase());
  }
}

const defaultUserProperties = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
const extraUserProperties = ['department', 'accountEnabled', 'companyName', 'mailNickname', 'usageLocation', 'userType'];

/** The user resource with Graph's default property set, or the `$select`ed one. */
export function renderUser(user: EmulatorUser, select: readonly string[] | undefined): Record<string, unknown> {
  const [givenName, ...rest] = user.displayName.split(' ');
  const all: Record<string, unknown> = {
    businessPhones: [],
    displayName: user.displayName,
    givenName: rest.length > 0 ? givenName : null,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'de-DE',
    surname: rest.length > 0 ? rest.join(' ') : null,
    userPrincipalName: user.login,
    id: user.id,
    department: user.department,
    accountEnabled: true,
    companyName: null,
    mailNickname: user.mail.split('@')[0],
    usageLocation: 'DE',
    userType: 'Member'
  };
  const properties = select ?? defaultUserProperties;
  const result: Record<string, unknown> = {};
  for (const requested of properties) {
    const property = [...defaultUserProperties, ...extraUserProperties].find((name) => name.toLowerCase() === requested.toLowerCase());
    if (!property) {
      throw unknownProperty(requested, 'user');
    }
    result[property] = all[property];
  }
  return result;
}

/** The mailbox's default calendar (`/me/calendar`); Exchange names it after the mailbox language. */
export function renderDefaultCalendar(owner: EmulatorUser): Record<string, unknown> {
  return {
    id: `AAMkAD${Buffer.from(`calendar:${owner.id}`).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')}`,
    name: 'Kalender',
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: true,
    changeKey: 'AAAAAA==',
    canShare: true,
    canViewPrivateItems: true,
    canEdit: true,
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: false,
    owner: { name: owner.displayName, address: owner.mail }
  };
}
