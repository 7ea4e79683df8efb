/** A person known to the site, as a person column delivers it. */
export interface PersonRef {
  /** Site user id, when read from SharePoint. */
  readonly id?: number;
  /** Sign-in name (UPN), e.g. `anna.schmidt@stadt.example`. */
  readonly login?: string;
  readonly displayName?: string;
  readonly email?: string;
}

/** A department (Fachbereich) of the administration, e.g. "50 Soziales". */
export interface Department {
  readonly id: number;
  /** The organisational number, e.g. "50"; also the name of its folders in department-scoped lists. */
  readonly number: string;
  readonly name: string;
  /** SharePoint group of its contacts, e.g. "FB 50 Mitglieder". */
  readonly groupName: string;
}

/** A contact person (Ansprechpartner*in) of a department. */
export interface Contact {
  readonly id: number;
  readonly name: string;
  readonly user?: PersonRef;
  readonly email?: string;
  readonly phone?: string;
  readonly departmentId: number;
  readonly isPrimary: boolean;
}

export type UserRole = 'coordinator' | 'department';

/** Who is acting: the coordination office or a contact of one department. */
export interface Actor {
  readonly login: string;
  readonly role: UserRole;
  /** DepartmentNumber of a department contact; `null` for the office. */
  readonly department: string | null;
}

export const ownersGroupTitle = 'Integrationsplanung Besitzer';
export const membersGroupTitle = 'Integrationsplanung Mitglieder';

/** The SharePoint group holding one department's contacts. */
export function departmentGroupTitle(departmentNumber: string): string {
  return `FB ${departmentNumber} Mitglieder`;
}
