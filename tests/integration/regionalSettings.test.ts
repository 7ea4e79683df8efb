import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SiteLocale } from '../../local/emulator/sharepoint/regional';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { SiteLists } from '../../src/data/sp/siteLists';
import { writeInBatches } from '../../src/data/sp/batchWriter';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { ReportingYearRepository } from '../../src/data/reportingYearRepository';

const sitePath = '/sites/integration';
const year = 2033; // no seeded values in this year

describe.each<[string, SiteLocale | undefined]>([
  ['an en-US site', 'en-US'],
  ['the default German site', undefined]
])('decimal values on %s', (_name, siteLocale) => {
  const emulator = useTestEmulator('demo', { siteLocale });

  it('stores 3.5 as 3.5 (not 35) and reads it back as 3.5, through the services the hosts compose', async () => {
    const office = emulator.sp(coordinator);
    const departments = await new DepartmentRepository(new SiteLists(office, sitePath)).departments();
    const department = departments.find((candidate) => emulator.people.contacts().some((person) => person.department === candidate.number));
    if (!department) {
      throw new Error('the seed has no department with a contact');
    }
    const lists = new SiteLists(office, sitePath);
    const created = await writeInBatches(office, [
      { kind: 'add', listUrl: lists.url('Indicators'), fields: { Title: 'Quote Sprachkurs', DepartmentId: department.id, Unit: 'Prozent', IsGenderSplit: true } }
    ]);
    if (!created[0].ok) {
      throw created[0].error;
    }
    const indicatorId = created[0].id;

    // Form values (with the site's decimal separator) are only sent where the office creates a value
    // directly in an opened year, here for an indicator added after the opening; departments fill in
    // prepared items with a MERGE of JSON numbers.
    await new ReportingYearRepository(lists).open({ year, state: 'open', departments, indicators: [] });
    const values = emulator.services(coordinator).indicatorValues;
    const [result] = await values.write([
      { action: 'create', key: `${indicatorId}-${year}`, value: { indicatorId, year, departmentId: department.id, total: 3.5, female: 1.25, male: 2.25, diverse: 0, notStated: 0 } }
    ]);
    expect(result).toMatchObject({ kind: 'created' });

    // What SharePoint stored, read by the office with plain REST: not 35, not 125.
    const [row] = (await office.web.getList(lists.url('IndicatorValues')).items.select('Total', 'Female', 'Male').filter(`ValueKey eq '${indicatorId}-${year}'`)()) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ Total: 3.5, Female: 1.25, Male: 2.25 });

    const [stored] = await values.valuesOf([indicatorId], [year]);
    expect(stored).toMatchObject({ indicatorId, year, total: 3.5, female: 1.25, male: 2.25 });

    // A correction is a MERGE with JSON numbers, read the same on every site.
    const [updated] = await values.write([{ action: 'update', key: `${indicatorId}-${year}`, value: { ...stored, total: 4.75, female: 2.5 }, existing: stored }]);
    expect(updated).toMatchObject({ kind: 'updated' });
    expect(await values.valuesOf([indicatorId], [year])).toEqual([expect.objectContaining({ total: 4.75, female: 2.5, male: 2.25 })]);
  });
});
