import type { Department, Indicator, Measure, PlanPeriod, ReportingYear } from '../../../../src/domain';
import { ServiceError } from '../../../../src/http/serviceError';
import { deadlineProblem, idleYearLock, openReportingYear, proposedDeadline, yearLockReducer, YearLockEvent, YearLockState } from '../../../../src/app/indicatorDashboard/yearLock';
import type { YearOpeningResult } from '../../../../src/data/reportingYearRepository';
import type { DepartmentWorkbookRefreshAll } from '../../../../src/data/departmentWorkbookRepository';

function recorder(): { dispatch: (event: YearLockEvent) => void; current: () => YearLockState; seen: YearLockState[] } {
  const seen = [idleYearLock];
  return { dispatch: (event) => seen.push(yearLockReducer(seen[seen.length - 1], event)), current: () => seen[seen.length - 1], seen };
}

const now = new Date('2026-12-03T09:00:00Z');
const periods = [{ id: 1, startYear: 2025, endYear: 2027 } as PlanPeriod];
const measures = [{ id: 10 } as Measure, { id: 11 } as Measure];
const indicators = [{ id: 100, measureId: 10, departmentId: 50 }, { id: 101, measureId: 11, departmentId: 51 }] as Indicator[];
const departments = [{ id: 50, number: '50' }, { id: 51, number: '51' }, { id: 52, number: '52' }] as Department[];
const opened: YearOpeningResult = { foldersCreated: 3, foldersChanged: 3, itemsCreated: 2, itemsKept: 0, failures: [] };

function services(calls: string[], workbooks: (year: number, owing: readonly Department[], onProgress?: (progress: { done: number; total: number }) => void) => Promise<DepartmentWorkbookRefreshAll>) {
  return {
    catalogue: { planPeriods: async () => periods, measures: async () => measures },
    indicators: { indicators: async () => indicators },
    departments: { departments: async () => departments },
    reportingYears: {
      years: async () => [],
      setDeadline: async (year: number, deadline: string) => {
        calls.push(`deadline ${year} ${deadline}`);
        return { id: 4, year, isLocked: false, deadline } as ReportingYear;
      },
      open: async () => {
        calls.push('open');
        return opened;
      }
    },
    departmentWorkbooks: {
      refreshAll: async (year: number, owing: readonly Department[], onProgress?: (progress: { done: number; total: number }) => void) => {
        calls.push(`workbooks ${owing.map((department) => department.number).join(',')}`);
        return workbooks(year, owing, onProgress);
      }
    }
  } as unknown as Parameters<typeof openReportingYear>[0]['services'];
}

describe('opening a year sets its deadline and writes the workbooks', () => {
  it('writes the deadline first, opens the year, then writes the workbook of every owing department with progress', async () => {
    const calls: string[] = [];
    const changed: ReportingYear[] = [];
    const run = recorder();
    run.dispatch({ type: 'asked', action: 'open' });
    const written: DepartmentWorkbookRefreshAll = { refreshed: [], failed: [] };
    await openReportingYear({
      services: services(calls, async (_year, owing, onProgress) => {
        onProgress?.({ done: 1, total: owing.length });
        return written;
      }),
      year: 2026,
      deadline: '2027-03-31',
      dispatch: run.dispatch,
      onChanged: (year) => changed.push(year),
      now
    });
    // Department 52 owes nothing in 2026: it gets no workbook.
    expect(calls).toEqual(['deadline 2026 2027-03-31', 'open', 'workbooks 50,51']);
    expect(changed.map((year) => year.deadline)).toEqual(['2027-03-31']);
    expect(run.seen.some((state) => state.progress?.phase === 'workbooks' && state.progress.done === 1 && state.progress.total === 2)).toBe(true);
    expect(run.current().notice).toEqual({ kind: 'opened', result: opened, workbooks: written, deadline: expect.objectContaining({ deadline: '2027-03-31' }) });
  });

  it('lists the departments whose workbook failed, so that a repeat finishes them', async () => {
    const calls: string[] = [];
    const run = recorder();
    const failure = { departmentNumber: '51', error: new ServiceError(503, 'Server busy') };
    await openReportingYear({ services: services(calls, async () => ({ refreshed: [], failed: [failure] })), year: 2026, deadline: '2027-03-31', dispatch: run.dispatch, now });
    expect(run.current().notice).toEqual(expect.objectContaining({ kind: 'opened', workbooks: { refreshed: [], failed: [failure] } }));
    expect(run.current().isSaving).toBe(false);
  });

  it('refuses a deadline in the past before anything is written', async () => {
    const calls: string[] = [];
    const run = recorder();
    await openReportingYear({ services: services(calls, async () => ({ refreshed: [], failed: [] })), year: 2026, deadline: '2026-12-02', dispatch: run.dispatch, now });
    expect(calls).toEqual([]);
    expect(run.current().notice).toEqual({ kind: 'failed', error: expect.objectContaining({ status: 400 }) });
  });

  it('checks and proposes the deadline: required, a real day, not in the past; 31 March of the next year by default', () => {
    expect(deadlineProblem(undefined, now)).toBe('missing');
    expect(deadlineProblem('2027-02-30', now)).toBe('invalid');
    expect(deadlineProblem('2026-12-02', now)).toBe('past');
    expect(deadlineProblem('2026-12-03', now)).toBeUndefined();
    expect(proposedDeadline(2026, [], now)).toBe('2027-03-31');
    expect(proposedDeadline(2026, [{ year: 2026, isLocked: false, deadline: '2027-02-15' }], now)).toBe('2027-02-15');
    // Last year's 31 March has passed: four weeks from today instead.
    expect(proposedDeadline(2025, [], now)).toBe('2026-12-31');
  });
});
