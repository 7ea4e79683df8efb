import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { ServiceError } from '../../src/http/serviceError';
import { loadSheetModel } from '../../src/app/indicatorEntry/sheetModelSource';
import { readIndicatorSheet } from '../../src/indicatorSheet/sheetReader';
import { columnIndex, sheetMatrix } from '../../src/indicatorSheet/sheetLayout';
import { startSubmission, submitPending } from '../../src/indicatorSheet/submission';
import { acceptRequest } from '../../src/app/indicatorDashboard/correctionRequests';
import { MemoryPendingStore } from '../support/memoryPendingStore';

/** The demo seed locks the year before last; values are collected for last year. */
const thisYear = new Date().getFullYear();
const seededLockedYear = thisYear - 2;
const reportingYear = thisYear - 1;

describe('reporting years against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let contact: { login: string; department: string };

  beforeAll(() => {
    office = emulator.services(coordinator);
    // A contact of department 50, whose measures report values in every seeded year.
    contact = emulator.people.contactOf('50');
  });

  it('reads the seeded lock of the year before last with who locked it and when', async () => {
    const years = await office.reportingYears.years();
    expect(years).toEqual([
      expect.objectContaining({ year: seededLockedYear, isLocked: true, lockedBy: 'Büro für Integration', lockedAt: `${thisYear - 1}-03-31T09:30:00Z` }),
      // The open year carries the deadline the office set when it opened it.
      expect.objectContaining({ year: seededLockedYear + 1, isLocked: false, deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    ]);
    // Department contacts read the lock too: their sheets depend on it.
    expect((await emulator.services(contact.login).reportingYears.yearOf(seededLockedYear))?.isLocked).toBe(true);
  });

  it('lets the office lock and unlock a year, keeping one item per year', async () => {
    const me = await office.users.currentUser();
    const locked = await office.reportingYears.lock(reportingYear, me.siteUserId, new Date('2026-02-01T10:00:00Z'));
    expect(locked).toMatchObject({ year: reportingYear, isLocked: true, lockedBy: me.displayName, lockedAt: '2026-02-01T10:00:00Z' });
    const unlocked = await office.reportingYears.unlock(reportingYear, me.siteUserId);
    expect(unlocked).toMatchObject({ year: reportingYear, isLocked: false });
    expect(unlocked.lockedBy).toBeUndefined();
    await office.reportingYears.lock(reportingYear, me.siteUserId);
    const years = await office.reportingYears.years();
    expect(years.filter((year) => year.year === reportingYear)).toHaveLength(1);
    expect(years.find((year) => year.year === reportingYear)?.isLocked).toBe(true);
    await office.reportingYears.unlock(reportingYear, me.siteUserId);
  });

  it("refuses a department contact's lock and unlock with 403 and changes nothing", async () => {
    const services = emulator.services(contact.login);
    const me = await services.users.currentUser();
    const lockRefused = await services.reportingYears.lock(reportingYear, me.siteUserId).catch((error: unknown) => error);
    expect(lockRefused).toBeInstanceOf(ServiceError);
    expect((lockRefused as ServiceError).status).toBe(403);
    const unlockRefused = await services.reportingYears.unlock(seededLockedYear, me.siteUserId).catch((error: unknown) => error);
    expect((unlockRefused as ServiceError).status).toBe(403);
    const years = await office.reportingYears.years();
    expect(years.find((year) => year.year === seededLockedYear)?.isLocked).toBe(true);
    expect(years.find((year) => year.year === reportingYear)?.isLocked ?? false).toBe(false);
  });

  it('reads the budget products of the indicators', async () => {
    const indicators = await office.indicators.indicators();
    expect(indicators.filter((indicator) => indicator.budgetProduct === '1.31.01 Integration').length).toBeGreaterThan(0);
    expect(indicators.some((indicator) => indicator.budgetProduct === undefined)).toBe(true);
  });

  it("stores a department's correction to a locked year only with its reason, as a request the office accepts, and keeps it marked", async () => {
    // The seeded lock lies in the previous plan period, whose sheet is empty; the office locks last year instead.
    const officeUser = await office.users.currentUser();
    await office.reportingYears.lock(reportingYear, officeUser.siteUserId);
    // The department's year folder is read-only now (valuePermissions.test.ts): its change becomes a request.
    const services = emulator.services(contact.login);
    const me = await emulator.services(contact.login).users.currentUser();
    const model = await loadSheetModel(services, me.departmentId!, reportingYear);
    expect(model.lockedYear).toMatchObject({ year: reportingYear, isLocked: true, lockedBy: 'Büro für Integration' });
    const rowIndex = model.rows.findIndex((row) => row.stored !== undefined && !row.stored.isCorrection);
    expect(rowIndex).toBeGreaterThanOrEqual(0);
    const row = model.rows[rowIndex];
    const matrix = sheetMatrix(model, 'de');
    const r = rowIndex + 1;
    matrix[r][columnIndex('total')] = row.stored!.total + 1;
    if (row.indicator.isGenderSplit) {
      // The parts must still add up to the total.
      matrix[r][columnIndex('notStated')] = (row.stored!.notStated ?? 0) + 1;
    }

    const unexplained = readIndicatorSheet(matrix, undefined, model, 'de');
    // Unchanged rows read as before; the changed one is held back.
    expect(unexplained.values.map((value) => value.indicatorId)).not.toContain(row.indicator.id);
    expect(unexplained.values.every((value) => !value.isCorrection)).toBe(true);
    expect(unexplained.problems).toEqual([expect.objectContaining({ row: r, column: 'comment' })]);

    matrix[r][columnIndex('comment')] = 'Nachmeldung der Außenstelle';
    const explained = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(explained.problems).toEqual([]);
    // The department's change is a request; the office accepts it and thereby applies the correction.
    const outcomes = await submitPending(services.indicatorValues, startSubmission(model, explained.values), new MemoryPendingStore(), { requests: services.correctionRequests });
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome.kind !== 'unchanged')).toEqual([[`${row.indicator.id}-${reportingYear}`, { kind: 'requested' }]]);
    expect((await office.indicatorValues.valuesOf([row.indicator.id], [reportingYear]))[0]).toMatchObject({ total: row.stored!.total });
    const request = (await office.correctionRequests.openRequests()).find((open) => open.indicatorId === row.indicator.id && open.year === reportingYear)!;
    await acceptRequest(office, request, officeUser.siteUserId);

    const [stored] = await office.indicatorValues.valuesOf([row.indicator.id], [reportingYear]);
    expect(stored).toMatchObject({ total: row.stored!.total + 1, isCorrection: true, correctionReason: 'Nachmeldung der Außenstelle' });

    // Reopened and submitted unchanged: nothing is written, the mark stays.
    const reopened = await loadSheetModel(services, me.departmentId!, reportingYear);
    const again = readIndicatorSheet(sheetMatrix(reopened, 'de'), undefined, reopened, 'de');
    expect(again.problems).toEqual([]);
    const outcomesAgain = await submitPending(services.indicatorValues, startSubmission(reopened, again.values), new MemoryPendingStore());
    expect(Object.values(outcomesAgain).every((outcome) => outcome.kind === 'unchanged')).toBe(true);
    expect((await office.indicatorValues.valuesOf([row.indicator.id], [reportingYear]))[0]).toMatchObject({ isCorrection: true, correctionReason: 'Nachmeldung der Außenstelle' });
  });
});
