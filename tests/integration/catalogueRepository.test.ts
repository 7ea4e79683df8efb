import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { currentPlanPeriod } from '../../src/domain';
import { ServiceError } from '../../src/http/serviceError';
import type { Measure } from '../../src/domain';

describe('catalogue repository against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let measures: Measure[];

  beforeAll(async () => {
    office = emulator.services(coordinator);
    const period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    measures = await office.catalogue.measures(period.id);
  });

  it('reads the measures of the current plan period with their goals, lead departments and ETags', async () => {
    expect(measures.length).toBeGreaterThan(30);
    const goals = new Set((await office.catalogue.goals(measures[0].planPeriodId)).map((goal) => goal.id));
    const departments = new Set((await office.departments.departments()).map((department) => department.id));
    for (const measure of measures) {
      expect(goals.has(measure.goalId)).toBe(true);
      expect(departments.has(measure.leadDepartmentId)).toBe(true);
      expect(measure.etag).toBeTruthy();
    }
  });

  it('saves a change with the ETag it was read with, and refuses a stale one with 412 without overwriting', async () => {
    const measure = measures[0];
    const saved = await office.catalogue.updateMeasure(measure.id, measure.etag!, { status: 'implemented', description: 'Abgeschlossen im Herbst' });
    expect(saved).toMatchObject({ status: 'implemented', description: 'Abgeschlossen im Herbst' });
    expect(saved.etag).not.toBe(measure.etag);

    const conflict = await office.catalogue.updateMeasure(measure.id, measure.etag!, { status: 'dropped' }).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ServiceError);
    expect((conflict as ServiceError).status).toBe(412);
    expect(await office.catalogue.measure(measure.id)).toMatchObject({ status: 'implemented' });
  });

  it("refuses a department contact's change to another department's measure with 403", async () => {
    const contact = emulator.people.anyContact();
    const departments = await office.departments.departments();
    const own = departments.find((department) => department.number === contact.department)!;
    const foreign = measures.find((measure) => measure.leadDepartmentId !== own.id)!;
    const refused = await emulator.services(contact.login)
      .catalogue.updateMeasure(foreign.id, foreign.etag, { title: 'Fremd geändert' })
      .catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(403);
    expect((await office.catalogue.measure(foreign.id)).title).toBe(foreign.title);
  });

  it('refuses a change without the version it is based on (428) instead of overwriting with If-Match: *', async () => {
    const measure = await office.catalogue.measure(measures[1].id);
    for (const etag of [undefined, '*']) {
      const refused = await office.catalogue.updateMeasure(measure.id, etag, { title: 'Blind überschrieben' }).catch((error: unknown) => error);
      expect((refused as ServiceError).status).toBe(428);
    }
    expect(await office.catalogue.measure(measure.id)).toEqual(measure);
  });
});
