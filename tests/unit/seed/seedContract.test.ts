import { buildSeed, type SeedData, type SeedName } from '../../../local/seed';
import { provisionedLists, type ProvisionedField } from './provisionedLists';

/** Every seed must load into the lists exactly as sharepoint/assets defines them. */

const today = new Date('2026-11-23T08:00:00Z');
const seeds: Record<SeedName, SeedData> = {
  demo: buildSeed('demo', today),
  empty: buildSeed('empty', today),
  large: buildSeed('large', today)
};
const lists = provisionedLists();

/** The field an item key addresses: `Title`, an internal name, or `<Lookup>Id`. */
function fieldOf(urlName: string, key: string): ProvisionedField | undefined {
  const fields = lists.get(urlName)!.fields;
  if (key === 'Title') {
    return { name: 'Title', type: 'Text', required: !lists.get(urlName)!.isLibrary, maxLength: 255 };
  }
  const lookup = key.endsWith('Id') ? fields.get(key.slice(0, -2)) : undefined;
  return lookup && lookup.type.startsWith('Lookup') ? lookup : fields.get(key);
}

describe.each(Object.keys(seeds) as SeedName[])("seed '%s'", (name) => {
  const seed = seeds[name];
  const logins = new Set(seed.users.map((user) => user.login));
  const groups = new Set(seed.groups.map((group) => group.title));

  // Problems are collected and compared once: thousands of single expectations would make the large seed slow to check.
  it('fills only provisioned lists, with provisioned columns addressed as the contract says', () => {
    const problems: string[] = [];
    for (const [urlName, items] of Object.entries(seed.lists)) {
      if (!lists.has(urlName)) {
        problems.push(`${urlName}: not provisioned`);
        continue;
      }
      items.forEach((item, index) => {
        for (const key of Object.keys(item.fields)) {
          const field = fieldOf(urlName, key);
          if (!field) {
            problems.push(`${urlName} #${index + 1}: unknown column ${key}`);
          } else if (field.type.startsWith('Lookup') && key !== `${field.name}Id`) {
            // Lookups are written through `<Field>Id`, never by their plain name.
            problems.push(`${urlName} #${index + 1}: lookup ${key} not written as ${field.name}Id`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('points every lookup id at an existing item of its target list', () => {
    const problems: string[] = [];
    for (const [urlName, items] of Object.entries(seed.lists)) {
      items.forEach((item, index) => {
        for (const [key, value] of Object.entries(item.fields)) {
          const field = fieldOf(urlName, key);
          if (!field?.type.startsWith('Lookup')) {
            continue;
          }
          const targetCount = seed.lists[field.lookupList!]?.length ?? 0;
          const ids = field.type === 'LookupMulti' ? (value as unknown[]) : [value];
          for (const id of Array.isArray(ids) ? ids : [ids]) {
            if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > targetCount) {
              problems.push(`${urlName} #${index + 1}: ${key} = ${JSON.stringify(id)} has no item in ${field.lookupList}`);
            }
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('stores valid values: choices from the schema, numbers, booleans, ISO dates, known users, required columns set, lengths within limits', () => {
    const problems: string[] = [];
    const isoDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
    for (const [urlName, items] of Object.entries(seed.lists)) {
      const required = [...lists.get(urlName)!.fields.values()].filter((field) => field.required);
      items.forEach((item, index) => {
        const where = `${urlName} #${index + 1}`;
        for (const field of required) {
          const key = field.type.startsWith('Lookup') ? `${field.name}Id` : field.name;
          if (item.fields[key] === undefined || item.fields[key] === null) {
            problems.push(`${where}: required ${key} missing`);
          }
        }
        if (typeof item.fields.Title !== 'string') {
          problems.push(`${where}: no Title`);
        }
        for (const [key, value] of Object.entries(item.fields)) {
          const field = fieldOf(urlName, key);
          const valid = ((): boolean => {
            switch (field?.type) {
              case 'Choice':
                return field.choices!.includes(String(value));
              case 'Number':
                return typeof value === 'number' && Number.isFinite(value) && value >= 0;
              case 'Boolean':
                return typeof value === 'boolean';
              case 'DateTime':
                return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value));
              case 'User':
                return logins.has(String(value));
              case 'Text':
                return typeof value === 'string' && value.length > 0 && value.length <= (field.maxLength ?? 255);
              case 'Note':
                return typeof value === 'string' && value.length > 0;
              default:
                return true;
            }
          })();
          if (!valid) {
            problems.push(`${where}: ${key} = ${JSON.stringify(value)} is not a valid ${field?.type}`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps every unique column of the schema unique, and fills the CreateKey of every item that has one', () => {
    const problems: string[] = [];
    for (const [urlName, items] of Object.entries(seed.lists)) {
      const fields = lists.get(urlName)?.fields;
      for (const field of [...(fields?.values() ?? [])].filter((candidate) => candidate.unique)) {
        const values = items.map((item) => item.fields[field.name]).filter((value) => value !== undefined && value !== null && value !== '');
        const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
        if (duplicates.length > 0) {
          problems.push(`${urlName}.${field.name}: duplicates ${duplicates.slice(0, 3).join(', ')}`);
        }
      }
      // The product sets a CreateKey on every item it creates; the seed does the same.
      if (fields?.has('CreateKey') && items.some((item) => typeof item.fields.CreateKey !== 'string' || item.fields.CreateKey === '')) {
        problems.push(`${urlName}: item without CreateKey`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts items only into declared folders of their own list', () => {
    const folders = new Set(seed.folders.map((folder) => `${folder.list}/${folder.parent ? `${folder.parent}/` : ''}${folder.name}`));
    for (const [urlName, items] of Object.entries(seed.lists)) {
      for (const item of items.filter((candidate) => candidate.folder !== undefined)) {
        expect(folders.has(`${urlName}/${item.folder}`)).toBe(true);
      }
    }
  });

  it('refers only to known users and groups in groups, permissions and calendars', () => {
    expect(new Set(seed.users.map((user) => user.login.toLowerCase())).size).toBe(seed.users.length);
    for (const group of seed.groups) {
      expect({ group: group.title, unknown: group.members.filter((login) => !logins.has(login)) }).toEqual({ group: group.title, unknown: [] });
    }
    const assignments = [...seed.webRoleAssignments, ...seed.folders.flatMap((folder) => folder.roleAssignments)];
    expect(assignments.filter((assignment) => !groups.has(assignment.group))).toEqual([]);
    expect(Object.keys(seed.calendars).filter((login) => !logins.has(login))).toEqual([]);
  });

  it('sets up the permission model: owners full control, members read, one folder per department and list with the department\'s access', () => {
    expect(seed.webRoleAssignments).toEqual(
      expect.arrayContaining([
        { group: 'Integrationsplanung Besitzer', role: 'Full Control' },
        { group: 'Integrationsplanung Mitglieder', role: 'Read' }
      ])
    );
    const departmentNumbers = [...new Set(seed.users.filter((user) => user.role === 'department').map((user) => user.department!))].sort();
    expect(departmentNumbers).toHaveLength(12);
    // Measures and values are shared with every department; agreements are private to their department, which may only comment.
    // A department adds and edits its measures but cannot delete them, and only inside its folder of a plan period that is not closed.
    const access: Record<string, { department: string; isShared: boolean }> = {
      Measures: { department: 'Read', isShared: true },
      // The department folder is only read; values are filled in inside its year folders (demoContent.test.ts).
      IndicatorValues: { department: 'Read', isShared: true },
      GoalAgreements: { department: 'Read', isShared: false },
      AgreementItems: { department: 'Read', isShared: false },
      AgreementComments: { department: 'Contribute', isShared: false },
      // A department files correction requests but cannot change them; other departments do not see them.
      CorrectionRequests: { department: 'IP Korrektur beantragen', isShared: false },
      // Meeting agendas and interview results are as confidential as the agreements.
      Meetings: { department: 'Read', isShared: false },
      InitialReviews: { department: 'Read', isShared: false },
      // Each department's workbook: the department edits (Excel saves as it types) but deletes nothing; nobody else reads it.
      Kennzahlenmappen: { department: 'IP Bearbeiten ohne Löschen', isShared: false }
    };
    const departmentFolders = seed.folders.filter((folder) => folder.parent === undefined);
    expect([...new Set(departmentFolders.map((folder) => folder.list))].sort()).toEqual(Object.keys(access).sort());
    for (const list of Object.keys(access)) {
      expect(departmentFolders.filter((folder) => folder.list === list).map((folder) => folder.name).sort()).toEqual(departmentNumbers);
    }
    // Year folders lie in a department folder of IndicatorValues, plan-period folders in one of Measures.
    expect(
      seed.folders
        .filter((folder) => folder.parent !== undefined)
        .every((folder) => departmentNumbers.includes(folder.parent!) && ((folder.list === 'IndicatorValues' && /^\d{4}$/.test(folder.name)) || (folder.list === 'Measures' && /^FS\d+$/.test(folder.name))))
    ).toBe(true);
    for (const folder of departmentFolders) {
      const expected = access[folder.list];
      expect({ list: folder.list, roles: folder.roleAssignments }).toEqual({
        list: folder.list,
        roles: [
          { group: 'Integrationsplanung Besitzer', role: 'Full Control' },
          { group: `FB ${folder.name} Mitglieder`, role: expected.department },
          ...(expected.isShared ? [{ group: 'Integrationsplanung Mitglieder', role: 'Read' }] : [])
        ]
      });
      const members = seed.groups.find((group) => group.title === `FB ${folder.name} Mitglieder`)!.members;
      const departmentUsers = seed.users.filter((user) => user.department === folder.name).map((user) => user.login);
      expect(members.sort()).toEqual(departmentUsers.sort());
    }
  });
});

describe('seed of confidential lists', () => {
  const { lists } = seeds.demo;

  it("keeps every department's meeting and interview result in the department's folder; only steering group meetings sit in the root", () => {
    const meetings = lists.Meetings ?? [];
    const reviews = lists.InitialReviews ?? [];
    expect(meetings.length).toBeGreaterThan(30);
    expect(reviews.length).toBeGreaterThan(10);
    expect(meetings.filter((item) => item.folder === undefined).map((item) => item.fields.MeetingKind)).toEqual(expect.arrayContaining(['Steuerungsgruppe']));
    expect(new Set(meetings.filter((item) => item.folder === undefined).map((item) => item.fields.MeetingKind))).toEqual(new Set(['Steuerungsgruppe']));
    expect(reviews.filter((item) => item.folder === undefined)).toEqual([]);
  });
});

describe('seed users', () => {
  const { users } = seeds.demo;

  it('has the coordination office plus a second coordinator and one or two contacts for each of 12 departments', () => {
    expect(users.find((user) => user.login === 'koordination@stadt.example')).toEqual(expect.objectContaining({ displayName: 'Büro für Integration', role: 'coordinator', department: null }));
    expect(users.filter((user) => user.role === 'coordinator')).toHaveLength(2);
    const perDepartment = new Map<string, number>();
    for (const user of users.filter((candidate) => candidate.role === 'department')) {
      expect(user.login).toMatch(/^[a-z]+\.[a-z]+@stadt\.example$/);
      perDepartment.set(user.department!, (perDepartment.get(user.department!) ?? 0) + 1);
    }
    expect(perDepartment.size).toBe(12);
    expect([...perDepartment.values()].every((count) => count >= 1 && count <= 2)).toBe(true);
  });

  it('is the same in every seed', () => {
    expect(seeds.empty.users).toEqual(users);
    expect(seeds.large.users).toEqual(users);
  });
});
