import { call, coordinator, department32, json, startFixtureEmulator, type Emulator } from './support/harness';

const measures = "/web/lists/getbytitle('Ma%C3%9Fnahmen')/items";

describe('SharePoint REST queries', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startFixtureEmulator();
  });
  afterAll(() => emulator.close());

  const get = async (path: string, login = coordinator, accept?: string) => {
    const response = await call(emulator.api, login, path, { accept });
    return { status: response.status, body: await json(response), headers: response.headers };
  };
  const titles = (body: { value: Array<{ Title: string }> }) => body.value.map((item) => item.Title);

  it('answers light JSON to a bare application/json, as PnPjs asks', async () => {
    const { status, body, headers } = await get(`${measures}(1)`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('odata=minimalmetadata');
    expect(body['odata.metadata']).toContain('$metadata#SP.ListData.MeasuresListItems/@Element');
    expect(body['odata.etag']).toBe('"1"');
    expect(body).toMatchObject({ Id: 1, ID: 1, Title: 'Sprachkurse für Eltern', LeadDepartmentId: 1, InvolvedDepartmentsId: [1, 2], TargetYear: 2021, IsPriority: true, DueDate: '2021-03-15T00:00:00Z', FileSystemObjectType: 0 });
    expect(typeof body.ContactId).toBe('number');
    expect(body.ContactStringId).toBe(String(body.ContactId));
  });

  it('wraps verbose answers in d / results with __metadata', async () => {
    const one = await get(`${measures}(1)?$select=Id,InvolvedDepartmentsId`, coordinator, 'application/json;odata=verbose');
    expect(one.body.d.__metadata).toMatchObject({ type: 'SP.Data.MeasuresListItem', etag: '"1"' });
    expect(one.body.d.InvolvedDepartmentsId).toEqual({ results: [1, 2] });
    const many = await get(`${measures}?$select=Title&$top=2`, coordinator, 'application/json;odata=verbose');
    expect(many.body.d.results).toHaveLength(2);
    expect(many.body.d.__next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/integration\/_api\/web\/lists\/getbytitle/);
  });

  it('answers bare objects for nometadata', async () => {
    const { body } = await get(`${measures}(2)?$select=Title`, coordinator, 'application/json;odata=nometadata');
    expect(body).toEqual({ Title: 'Interkulturelle Öffnung' });
  });

  it('projects lookups and persons with $select and $expand', async () => {
    const { body } = await get(`${measures}?$select=Id,LeadDepartment/Title,LeadDepartment/DepartmentNumber,Contact/Title,Contact/EMail,InvolvedDepartments/Title&$expand=LeadDepartment,Contact,InvolvedDepartments&$filter=Id eq 1`);
    expect(body.value).toHaveLength(1);
    const [item] = body.value;
    expect(item.LeadDepartment).toMatchObject({ Title: 'Jugend, Schule und Sport', DepartmentNumber: '50' });
    expect(item.Contact).toMatchObject({ Title: 'Anna Schmidt', EMail: 'anna.schmidt@stadt.example' });
    expect(item.InvolvedDepartments.map((d: { Title: string }) => d.Title)).toEqual(['Jugend, Schule und Sport', 'Ordnung und Bürgerservice']);
  });

  it('refuses a projection without $expand, like SharePoint', async () => {
    const { status, body } = await get(`${measures}?$select=LeadDepartment/Title`);
    expect(status).toBe(400);
    expect(body['odata.error'].message.value).toContain('$expand');
  });

  it('filters with comparisons, and/or/not, parentheses and functions', async () => {
    const cases: Array<[string, string[]]> = [
      ["MeasureStatus eq 'geplant' and FSObjType eq 0", ['Sprachkurse für Eltern', 'Ausbildungspaten', 'Interne Abstimmung']],
      ['TargetYear ge 2020 and TargetYear lt 2022', ['Sprachkurse für Eltern', "O'Brien-Programm"]],
      ["(LeadDepartment/Id eq 2 or LeadDepartmentId eq 1) and not (MeasureStatus eq 'umgesetzt')", ['Sprachkurse für Eltern', "O'Brien-Programm", 'Ausbildungspaten']],
      ["startswith(Title,'Aus')", ['Ausbildungspaten']],
      ["substringof('brien',Title)", ["O'Brien-Programm"]],
      ["Title eq 'O''Brien-Programm'", ["O'Brien-Programm"]],
      ['IsPriority eq 1', ['Sprachkurse für Eltern', "O'Brien-Programm"]],
      ["DueDate lt datetime'2021-04-01T00:00:00Z'", ['Sprachkurse für Eltern']],
      ['InvolvedDepartments/Id eq 2', ['Sprachkurse für Eltern', "O'Brien-Programm"]],
      ['ContactId eq null and FSObjType eq 0', ['Interkulturelle Öffnung', 'Ausbildungspaten', 'Interne Abstimmung']],
      ['ContactId ne null', ['Sprachkurse für Eltern', "O'Brien-Programm"]]
    ];
    for (const [filter, expected] of cases) {
      const { status, body } = await get(`${measures}?$select=Title&$filter=${encodeURIComponent(filter)}`);
      expect({ filter, status }).toEqual({ filter, status: 200 });
      expect({ filter, titles: titles(body).sort() }).toEqual({ filter, titles: [...expected].sort() });
    }
  });

  it('parses percent-encoded query options with + for spaces', async () => {
    const response = await call(emulator.api, coordinator, `${measures}?%24select=Title&%24filter=MeasureNumber+eq+%272.1%27`);
    expect(titles(await json(response))).toEqual(["O'Brien-Programm"]);
  });

  it('rejects unknown fields and malformed filters with 400', async () => {
    const unknown = await get(`${measures}?$filter=${encodeURIComponent("Nope eq 'x'")}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body['odata.error'].message.value).toContain("Column 'Nope' does not exist");
    const broken = await get(`${measures}?$filter=${encodeURIComponent("Title eq 'x")}`);
    expect(broken.status).toBe(400);
  });

  it('orders by several keys, ascending and descending', async () => {
    const { body } = await get(`${measures}?$select=Title&$filter=FSObjType eq 0&$orderby=MeasureStatus desc,Title asc`);
    // umgesetzt > in Umsetzung > geplant (descending), then by title.
    expect(titles(body)).toEqual(['Interkulturelle Öffnung', "O'Brien-Programm", 'Ausbildungspaten', 'Interne Abstimmung', 'Sprachkurse für Eltern']);
  });

  it('pages with $top and odata.nextLink that keeps the caller’s host', async () => {
    const seen: string[] = [];
    let next: string | undefined = `${emulator.api}${measures}?$select=Title&$top=3&$orderby=Title`;
    for (let page = 0; next && page < 10; page += 1) {
      const response = await call(emulator.api, coordinator, next);
      const body = await json(response);
      seen.push(...titles(body));
      next = body['odata.nextLink'];
      if (next) {
        expect(next.startsWith(emulator.url)).toBe(true);
        expect(decodeURIComponent(next)).toContain('$skiptoken=Paged=TRUE&p_Title=');
      }
    }
    expect(seen).toHaveLength(8);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('trims items the caller may not see and hides them by id', async () => {
    const { body } = await get(`${measures}?$select=Title&$filter=FSObjType eq 0`, department32);
    expect(titles(body)).not.toContain('Interne Abstimmung');
    expect(titles(body)).toHaveLength(4);
    const hidden = await get(`${measures}(5)`, department32);
    expect(hidden.status).toBe(404);
  });

  it('describes lists and fields', async () => {
    const list = await get("/web/lists/getbytitle('Ma%C3%9Fnahmen')");
    expect(list.body).toMatchObject({ Title: 'Maßnahmen', BaseTemplate: 100, Hidden: false, ItemCount: 8, EntityTypeName: 'MeasuresList', ListItemEntityTypeFullName: 'SP.Data.MeasuresListItem' });
    const byUrl = await get("/web/getList('/sites/integration/Lists/Measures')?$select=Id,Title");
    expect(byUrl.body.Id).toBe(list.body.Id);
    const byId = await get(`/web/lists(guid'${list.body.Id}')?$select=Title`);
    expect(byId.body.Title).toBe('Maßnahmen');
    const root = await get("/web/lists/getbytitle('Berichte')?$select=BaseTemplate,RootFolder/ServerRelativeUrl&$expand=RootFolder");
    expect(root.body).toMatchObject({ BaseTemplate: 101, RootFolder: { ServerRelativeUrl: '/sites/integration/Berichte' } });
    const fields = await get("/web/lists/getbytitle('Ma%C3%9Fnahmen')/fields?$filter=Hidden eq false and ReadOnlyField eq false");
    const status = fields.body.value.find((field: { InternalName: string }) => field.InternalName === 'MeasureStatus');
    expect(status).toMatchObject({ TypeAsString: 'Choice', Choices: ['geplant', 'in Umsetzung', 'umgesetzt'], Indexed: true, Required: false });
    const lead = fields.body.value.find((field: { InternalName: string }) => field.InternalName === 'LeadDepartment');
    const departments = await get("/web/lists/getbytitle('Fachbereiche')?$select=Id");
    expect(lead).toMatchObject({ TypeAsString: 'Lookup', LookupField: 'Title', LookupList: `{${departments.body.Id}}` });
    const key = await get("/web/lists/getbytitle('Ma%C3%9Fnahmen')/fields/getbyinternalnameortitle('ImportKey')");
    expect(key.body).toMatchObject({ EnforceUniqueValues: true, Indexed: true, TypeAsString: 'Text' });
  });

  it('filters collections of lists, fields, users, groups, permission levels, folders and role assignments on any property', async () => {
    const filter = async (path: string, expression: string) => {
      const { status, body } = await get(`${path}${path.includes('?') ? '&' : '?'}$filter=${encodeURIComponent(expression)}`, coordinator, 'application/json;odata=nometadata');
      expect(`${expression}: ${status}`).toBe(`${expression}: 200`);
      return body.value as Array<Record<string, unknown>>;
    };
    const departments = "/web/lists/getbytitle('Fachbereiche')";
    expect((await filter(`${departments}/fields`, 'Required eq true')).map((field) => field.InternalName)).toEqual(['Title', 'DepartmentNumber']);
    expect(await filter(`${departments}/fields?$select=InternalName`, "Required eq true and FromBaseType eq false and TypeAsString eq 'Text'")).toEqual([{ InternalName: 'DepartmentNumber' }]);
    expect((await filter("/web/lists/getbytitle('Ma%C3%9Fnahmen')/fields", 'EnforceUniqueValues eq true')).map((field) => field.InternalName)).toEqual(['ImportKey']);
    // A property the answer's $select leaves out still filters.
    expect(await filter('/web/lists?$select=Title', "ItemCount gt 5 and BaseTemplate eq 100 and ListItemEntityTypeFullName eq 'SP.Data.MeasuresListItem'")).toEqual([{ Title: 'Maßnahmen' }]);
    expect((await filter('/web/lists?$select=Title', "Created ge datetime'2019-01-01T00:00:00Z'")).length).toBeGreaterThan(2);
    expect(await filter('/web/lists?$select=Title', "Created gt datetime'2020-01-01T00:00:00Z'")).toEqual([]);
    expect((await filter('/web/lists?$select=Title', "RootFolder/ServerRelativeUrl eq '/sites/integration/Lists/Departments'"))).toEqual([{ Title: 'Fachbereiche' }]);
    expect((await filter('/web/siteusers', 'IsSiteAdmin eq true')).map((user) => user.Email)).toEqual(['koordination@stadt.example']);
    expect((await filter('/web/siteusers', "UserPrincipalName eq 'ben.mueller@stadt.example' or startswith(Title,'Anna')")).map((user) => user.Title)).toEqual(['Anna Schmidt', 'Ben Müller']);
    expect((await filter('/web/sitegroups', "substringof('FB ', Title)")).map((group) => group.Title)).toEqual(['FB 50 Mitglieder', 'FB 32 Mitglieder']);
    expect((await filter("/web/sitegroups/getbyname('Integrationsplanung Mitglieder')/users", "Email ne 'ben.mueller@stadt.example'")).map((user) => user.Email)).toEqual(['anna.schmidt@stadt.example']);
    const readers = await filter('/web/roledefinitions', 'RoleTypeKind eq 2 and Hidden eq false');
    expect(readers.map((role) => role.Name)).toEqual(['Read']);
    const measuresRoot = "/web/getFolderByServerRelativePath(decodedurl='/sites/integration/Lists/Measures')";
    expect((await filter(`${measuresRoot}/folders`, "Name eq '32' or ServerRelativePath/DecodedUrl eq '/sites/integration/Lists/Measures/50'")).map((folder) => folder.Name)).toEqual(['50', '32']);
    const owners = (await get("/web/sitegroups/getbyname('Integrationsplanung Besitzer')?$select=Id")).body.Id as number;
    expect((await filter('/web/roleassignments', `PrincipalId eq ${owners}`)).map((assignment) => assignment.PrincipalId)).toEqual([owners]);
  });

  it('refuses a property the entity does not have with SharePoint’s 400 message, also on an empty collection', async () => {
    const cases: Array<[string, string, string]> = [
      ["/web/lists/getbytitle('Fachbereiche')/fields", 'Nope eq true', "The property 'Nope' does not exist on type 'SP.Field"],
      ['/web/lists', "Nope eq 'x'", "The property 'Nope' does not exist on type 'SP.List'"],
      ['/web/sitegroups', 'Title/Nope eq 1', "The property 'Nope' does not exist on type 'Edm.String'"],
      ['/web/roledefinitions', 'BasePermissions/Nope eq 1', "The property 'Nope' does not exist on type 'SP.BasePermissions'"],
      ["/web/getFolderByServerRelativePath(decodedurl='/sites/integration/Lists/Measures/50')/folders", "Nope eq 'x'", "The property 'Nope' does not exist on type 'SP.Folder'"]
    ];
    for (const [path, expression, message] of cases) {
      const { status, body } = await get(`${path}?$filter=${encodeURIComponent(expression)}`);
      expect(`${path} ${status}`).toBe(`${path} 400`);
      expect(body['odata.error']).toMatchObject({ code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' });
      expect(body['odata.error'].message.value).toContain(message);
    }
  });

  it('answers a missing list with SharePoint’s 404 message', async () => {
    const { status, body } = await get("/web/lists/getbytitle('Gibt es nicht')/items");
    expect(status).toBe(404);
    expect(body['odata.error']).toMatchObject({ code: '-1, System.ArgumentException', message: { lang: 'en-US' } });
    expect(body['odata.error'].message.value).toContain("List 'Gibt es nicht' does not exist");
  });

  it('knows the web, the current user, site users and groups', async () => {
    const web = await get('/web?$select=Title,ServerRelativeUrl');
    expect(web.body).toMatchObject({ Title: 'Integrationsplanung', ServerRelativeUrl: '/sites/integration' });
    const me = await get('/web/currentuser', department32);
    expect(me.body).toMatchObject({ Title: 'Ben Müller', Email: 'ben.mueller@stadt.example', LoginName: 'i:0#.f|membership|ben.mueller@stadt.example' });
    const users = await get('/web/siteusers');
    expect(users.body.value).toHaveLength(3);
    const members = await get("/web/sitegroups/getbyname('FB 32 Mitglieder')/users");
    expect(members.body.value.map((user: { Email: string }) => user.Email)).toEqual(['ben.mueller@stadt.example']);
    const ensured = await call(emulator.api, coordinator, '/web/ensureuser', { body: { logonName: 'i:0#.f|membership|anna.schmidt@stadt.example' } });
    expect((await json(ensured)).Title).toBe('Anna Schmidt');
    const unknown = await call(emulator.api, coordinator, '/web/ensureuser', { body: { logonName: 'nobody@stadt.example' } });
    expect(unknown.status).toBe(404);
  });

  it('hands out a form digest', async () => {
    const response = await call(emulator.api, coordinator, '/contextinfo', { method: 'POST' });
    const body = await json(response);
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
    expect(body.WebFullUrl).toBe(`${emulator.url}/sites/integration`);
  });
});
