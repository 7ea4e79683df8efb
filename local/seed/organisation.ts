import { SeedList } from './seedList';
import {
  basePermissionsOf,
  customLevels,
  departmentFolderLists,
  departmentFolderRules,
  departmentGroup,
  folderRoleAssignments,
  membersGroup,
  ownersGroup,
  webRoleAssignments
} from '../../src/domain/sitePermissions';
import type { SeedFolder, SeedGroup, SeedRoleAssignment, SeedRoleDefinition, SeedUser } from './types';

/** The city's departments (Fachbereiche) and the people of the demo. */

export { ownersGroup, membersGroup, departmentGroup, departmentFolderLists } from '../../src/domain/sitePermissions';
export type { DepartmentFolderList } from '../../src/domain/sitePermissions';
export const coordinatorLogin = 'koordination@stadt.example';

export interface DepartmentSpec {
  readonly number: string;
  readonly name: string;
}

/** In list order: the item ID of a department is its position + 1. */
export const departments: readonly DepartmentSpec[] = [
  { number: '10', name: 'Personal und Organisation' },
  { number: '20', name: 'Finanzen' },
  { number: '32', name: 'Ordnung und Bürgerservice' },
  { number: '40', name: 'Schule und Bildung' },
  { number: '41', name: 'Kultur' },
  { number: '43', name: 'Volkshochschule' },
  { number: '50', name: 'Soziales' },
  { number: '51', name: 'Jugend und Familie' },
  { number: '52', name: 'Sport' },
  { number: '53', name: 'Gesundheit' },
  { number: '61', name: 'Stadtplanung' },
  { number: '80', name: 'Wirtschaftsförderung' }
];

interface PersonSpec {
  readonly login: string;
  readonly displayName: string;
  readonly jobTitle: string;
  readonly phone: string;
}

const coordinators: readonly PersonSpec[] = [
  { login: coordinatorLogin, displayName: 'Büro für Integration', jobTitle: 'Koordinierungsstelle Integration', phone: '0123 456-5000' },
  { login: 'lena.yilmaz@stadt.example', displayName: 'Lena Yılmaz', jobTitle: 'Integrationsbeauftragte', phone: '0123 456-5001' }
];

/** Contacts per department number; the first one is the primary contact. */
const contactsByDepartment: Readonly<Record<string, readonly PersonSpec[]>> = {
  '10': [{ login: 'thomas.becker@stadt.example', displayName: 'Thomas Becker', jobTitle: 'Personalentwicklung', phone: '0123 456-1012' }],
  '20': [{ login: 'sabine.wagner@stadt.example', displayName: 'Sabine Wagner', jobTitle: 'Haushalt und Zuwendungen', phone: '0123 456-2031' }],
  '32': [
    { login: 'ben.mueller@stadt.example', displayName: 'Ben Müller', jobTitle: 'Leitung Ausländerbehörde', phone: '0123 456-3210' },
    { login: 'fatma.oezdemir@stadt.example', displayName: 'Fatma Özdemir', jobTitle: 'Einbürgerung', phone: '0123 456-3224' }
  ],
  '40': [
    { login: 'julia.hoffmann@stadt.example', displayName: 'Julia Hoffmann', jobTitle: 'Bildungsplanung', phone: '0123 456-4005' },
    { login: 'markus.schulz@stadt.example', displayName: 'Markus Schulz', jobTitle: 'Schulentwicklung', phone: '0123 456-4017' }
  ],
  '41': [{ login: 'katharina.lehmann@stadt.example', displayName: 'Katharina Lehmann', jobTitle: 'Kulturbüro', phone: '0123 456-4102' }],
  '43': [
    { login: 'elena.petrova@stadt.example', displayName: 'Elena Petrova', jobTitle: 'Programmbereich Deutsch als Zweitsprache', phone: '0123 456-4330' },
    { login: 'jonas.krueger@stadt.example', displayName: 'Jonas Krüger', jobTitle: 'Leitung Volkshochschule', phone: '0123 456-4301' }
  ],
  '50': [
    { login: 'anna.schmidt@stadt.example', displayName: 'Anna Schmidt', jobTitle: 'Soziale Dienste', phone: '0123 456-5020' },
    { login: 'mehmet.kaya@stadt.example', displayName: 'Mehmet Kaya', jobTitle: 'Flüchtlingssozialarbeit', phone: '0123 456-5044' }
  ],
  '51': [
    { login: 'sarah.fischer@stadt.example', displayName: 'Sarah Fischer', jobTitle: 'Kindertagesbetreuung', phone: '0123 456-5110' },
    { login: 'daniel.weber@stadt.example', displayName: 'Daniel Weber', jobTitle: 'Jugendhilfeplanung', phone: '0123 456-5131' }
  ],
  '52': [{ login: 'michael.braun@stadt.example', displayName: 'Michael Braun', jobTitle: 'Sportförderung', phone: '0123 456-5203' }],
  '53': [{ login: 'claudia.richter@stadt.example', displayName: 'Dr. Claudia Richter', jobTitle: 'Gesundheitsplanung', phone: '0123 456-5301' }],
  '61': [{ login: 'stefan.koch@stadt.example', displayName: 'Stefan Koch', jobTitle: 'Quartiersentwicklung', phone: '0123 456-6114' }],
  '80': [
    { login: 'nadine.wolf@stadt.example', displayName: 'Nadine Wolf', jobTitle: 'Fachkräftesicherung', phone: '0123 456-8008' },
    { login: 'ali.hassan@stadt.example', displayName: 'Ali Hassan', jobTitle: 'Gründungsberatung', phone: '0123 456-8021' }
  ]
};

/** The item ID of a department in the Departments list. */
export function departmentId(departmentNumber: string): number {
  const index = departments.findIndex((department) => department.number === departmentNumber);
  if (index < 0) {
    throw new Error(`Unknown department '${departmentNumber}'.`);
  }
  return index + 1;
}

/** The item ID of a department's contact in the Contacts list (`index` 0 is the primary contact). */
export function contactItemId(departmentNumber: string, index: number): number {
  const before = departments.slice(0, departmentId(departmentNumber) - 1).reduce((sum, department) => sum + contactsOf(department.number).length, 0);
  if (index < 0 || index >= contactsOf(departmentNumber).length) {
    throw new Error(`Department '${departmentNumber}' has no contact ${index}.`);
  }
  return before + index + 1;
}

export function contactsOf(departmentNumber: string): readonly PersonSpec[] {
  return contactsByDepartment[departmentNumber] ?? [];
}

export function primaryContactOf(departmentNumber: string): string {
  const [first] = contactsOf(departmentNumber);
  if (!first) {
    throw new Error(`Department '${departmentNumber}' has no contact.`);
  }
  return first.login;
}

export function seedUsers(): SeedUser[] {
  return [
    ...coordinators.map((person): SeedUser => ({ login: person.login, displayName: person.displayName, role: 'coordinator', department: null, jobTitle: person.jobTitle })),
    ...departments.flatMap((department) =>
      contactsOf(department.number).map((person): SeedUser => ({ login: person.login, displayName: person.displayName, role: 'department', department: department.number, jobTitle: person.jobTitle }))
    )
  ];
}

export function seedGroups(): SeedGroup[] {
  const departmentLogins = departments.flatMap((department) => contactsOf(department.number).map((person) => person.login));
  return [
    { title: ownersGroup, members: coordinators.map((person) => person.login) },
    { title: membersGroup, members: departmentLogins },
    ...departments.map((department) => ({ title: departmentGroup(department.number), members: contactsOf(department.number).map((person) => person.login) }))
  ];
}

/** The site's own permission levels (sitePermissions.ts). */
export function seedRoleDefinitions(): SeedRoleDefinition[] {
  return Object.values(customLevels).map((level) => ({ name: level.name, description: level.description, ...basePermissionsOf(level) }));
}

/** Coordinators write everywhere; departments read the web and write only in their own folders. */
export function seedWebRoleAssignments(): SeedRoleAssignment[] {
  return webRoleAssignments.map((assignment) => ({ ...assignment }));
}

export function seedFolders(): SeedFolder[] {
  return departmentFolderLists.flatMap((list) =>
    departments.map((department) => ({
      list,
      name: department.number,
      roleAssignments: folderRoleAssignments(department.number, departmentFolderRules[list].department, departmentFolderRules[list].isSharedWithMembers)
    }))
  );
}

export function departmentItems(): SeedList {
  const list = new SeedList();
  for (const department of departments) {
    list.add({ Title: department.name, DepartmentNumber: department.number, GroupName: departmentGroup(department.number) });
  }
  return list;
}

export function contactItems(): SeedList {
  const list = new SeedList();
  for (const department of departments) {
    contactsOf(department.number).forEach((person, index) => {
      list.add({
        Title: person.displayName,
        ContactUser: person.login,
        Email: person.login,
        Phone: person.phone,
        DepartmentId: departmentId(department.number),
        IsPrimary: index === 0
      });
    });
  }
  return list;
}
