import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { toServiceError } from '../../src/http/serviceError';

const measuresUrl = '/sites/integration/Lists/Measures';

interface MeasureRow {
  Id: number;
  Title: string;
  'odata.etag': string;
  LeadDepartment: { DepartmentNumber: string };
}

describe('PnPjs against the local SharePoint: department write scope', () => {
  const emulator = useTestEmulator();
  let contact: { login: string; department: string };

  beforeAll(() => {
    contact = emulator.people.anyContact();
  });

  async function measures(login: string): Promise<MeasureRow[]> {
    return emulator
      .sp(login)
      .web.getList(measuresUrl)
      .items.select('Id', 'Title', 'LeadDepartment/DepartmentNumber')
      .expand('LeadDepartment')
      .top(500)();
  }

  it('lets a department contact edit a measure of their own department', async () => {
    const own = (await measures(coordinator)).find((row) => row.LeadDepartment.DepartmentNumber === contact.department)!;
    const list = emulator.sp(contact.login).web.getList(measuresUrl);
    await list.items.getById(own.Id).update({ Description: 'Stand aus dem Fachbereich' });
    const read = await list.items.getById(own.Id).select('Description')();
    expect(read.Description).toBe('Stand aus dem Fachbereich');
  });

  it("refuses with 403 and SharePoint's error message when a department writes another department's measure; nothing changes", async () => {
    const other = (await measures(coordinator)).find((row) => row.LeadDepartment.DepartmentNumber !== contact.department)!;
    const failure = await emulator
      .sp(contact.login)
      .web.getList(measuresUrl)
      .items.getById(other.Id)
      .update({ Title: 'Übernommen' })
      .then(
        () => undefined,
        (error: unknown) => toServiceError(error)
      );
    expect(failure?.status).toBe(403);
    expect(failure?.serviceMessage).toMatch(/Access denied/);
    const after = await emulator.sp(coordinator).web.getList(measuresUrl).items.getById(other.Id).select('Title')();
    expect(after.Title).toBe(other.Title);
  });

  it('tells the office from a department contact by their permissions on the site', async () => {
    const asOffice = emulator.services(coordinator);
    const asContact = emulator.services(contact.login);
    expect(await asOffice.users.currentUser()).toMatchObject({ role: 'coordinator' });
    expect(await asContact.users.currentUser()).toMatchObject({ role: 'department', departmentNumber: contact.department });
  });
});
