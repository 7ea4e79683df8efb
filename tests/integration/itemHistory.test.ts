import { coordinator, useTestEmulator } from './support/testEmulator';
import { currentPlanPeriod } from '../../src/domain';
import { ServiceError } from '../../src/http/serviceError';

/** A measure changed by two people keeps both changes, with who and when, through the product's reader. */
describe('item history against the local SharePoint', () => {
  const emulator = useTestEmulator();

  it('shows who changed which column of a measure from what to what, newest first', async () => {
    const office = emulator.services(coordinator);
    const contact = emulator.people.anyContact();
    const departments = await office.departments.departments();
    const own = departments.find((department) => department.number === contact.department)!;
    const period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    const measure = (await office.catalogue.measures(period.id)).find((candidate) => candidate.leadDepartmentId === own.id && candidate.status !== 'inProgress')!;
    const before = Date.now();

    const mine = await emulator.services(contact.login).catalogue.updateMeasure(measure.id, measure.etag, { status: 'inProgress' });
    await office.catalogue.updateMeasure(measure.id, mine.etag, { description: 'Geprüft vom Büro' });

    const history = await office.history.history('Measures', measure.id, 'de');
    expect(history[0].editor).not.toBe(contact.displayName);
    expect(history[0].changes).toEqual([expect.objectContaining({ field: 'Beschreibung', after: 'Geprüft vom Büro' })]);
    expect(history[1].editor).toBe(contact.displayName);
    expect(history[1].changes).toEqual([expect.objectContaining({ field: 'Stand der Umsetzung', after: 'in Umsetzung' })]);
    expect(Date.parse(history[1].modified)).toBeGreaterThanOrEqual(before - 1000);
    expect(history[history.length - 1].created).toBe(true);
  });

  it("refuses the history of an item the user cannot read, like the item itself", async () => {
    const office = emulator.services(coordinator);
    const contact = emulator.people.anyContact();
    const own = (await office.departments.departments()).find((department) => department.number === contact.department)!;
    const period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    const measures = await office.catalogue.measures(period.id);
    const foreign = measures.find((measure) => measure.leadDepartmentId !== own.id)!;
    const readable = await emulator.services(contact.login).catalogue.measure(foreign.id).then(() => true, () => false);
    const history = await emulator.services(contact.login).history.history('Measures', foreign.id, 'de').then(() => true, (error: unknown) => error instanceof ServiceError);
    // Departments may read other departments' measures; the history follows the same rule.
    expect(history === true).toBe(readable);
  });
});
