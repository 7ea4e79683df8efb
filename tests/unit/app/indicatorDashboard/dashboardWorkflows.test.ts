import type { Department, ReportingYear } from '../../../../src/domain';
import type { MailDelivery, OutgoingMail } from '../../../../src/scheduling/reminderMail';
import type { ReminderServices } from '../../../../src/app/indicatorDashboard/reminderDispatch';
import type { NewReminder } from '../../../../src/domain';
import { ServiceError } from '../../../../src/http/serviceError';
import type { DashboardServices } from '../../../../src/app/indicatorDashboard/dashboardData';
import type { DepartmentCompleteness } from '../../../../src/app/indicatorDashboard/dashboardModel';
import { reminderReducer, ReminderEvent, ReminderState, sendReminder } from '../../../../src/app/indicatorDashboard/reminders';
import { changeYearLock, idleYearLock, openReportingYear, yearLockReducer, YearLockEvent, YearLockState } from '../../../../src/app/indicatorDashboard/yearLock';
import type { YearOpeningPlan, YearOpeningResult } from '../../../../src/data/reportingYearRepository';
import { YearLockIncompleteError } from '../../../../src/data/reportingYearRepository';
import type { Indicator, Measure, PlanPeriod } from '../../../../src/domain';

function recorder<S, E>(reducer: (state: S, event: E) => S, initial: S): { dispatch: (event: E) => void; current: () => S; seen: S[] } {
  const seen = [initial];
  return { dispatch: (event) => seen.push(reducer(seen[seen.length - 1], event)), current: () => seen[seen.length - 1], seen };
}

const row: DepartmentCompleteness = {
  department: { id: 50, number: '50', name: 'Soziales' } as Department,
  expected: 3,
  delivered: 1,
  missing: [{ indicator: { id: 4, title: 'Kennzahl 4' } } as DepartmentCompleteness['missing'][number]],
  ratio: 1 / 3,
  recipients: [{ address: 'soziales@stadt.example', name: 'FB 50' }]
};

/** Mail and records as the reminder path sees them: every mail answered by `deliver`, every record stored. */
function reminderServices(deliver: (id: string) => MailDelivery): { services: ReminderServices; mails: OutgoingMail[]; records: NewReminder[] } {
  const mails: OutgoingMail[] = [];
  const records: NewReminder[] = [];
  const services: ReminderServices = {
    mail: {
      sendEach: async (batch) => {
        mails.push(...batch.map((entry) => entry.mail));
        return new Map(batch.map((entry) => [entry.id, deliver(entry.id)]));
      }
    },
    reminders: {
      record: async (drafts) => {
        records.push(...drafts);
        return drafts.map((draft, index) => ({ ok: true as const, reminder: { id: index + 1, departmentId: draft.departmentId, year: draft.year, sentAt: draft.sentAt, missingCount: draft.missingCount, outcome: draft.outcome, sentBy: 'Büro' } }));
      }
    }
  };
  return { services, mails, records };
}

describe('completeness reminders', () => {
  it('mails the department with a link for the shown year, records it, then closes the dialog with a notice', async () => {
    const { services, mails, records } = reminderServices(() => ({ kind: 'sent' }));
    const run = recorder<ReminderState, ReminderEvent>(reminderReducer, { year: 2025, isSending: false });
    run.dispatch({ type: 'yearPicked', year: 2024 });
    run.dispatch({ type: 'asked', row });
    const recorded: unknown[] = [];
    await sendReminder({
      services,
      row,
      year: run.current().year,
      entryLinkTemplate: 'https://x/Kennzahlen.aspx?year={year}&department={department}',
      senderName: 'Büro',
      dispatch: run.dispatch,
      onRecorded: (reminders) => recorded.push(...reminders)
    });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('Kennzahlen 2024');
    expect(mails[0].html).toContain('year=2024');
    expect(records).toEqual([expect.objectContaining({ departmentId: 50, year: 2024, missingCount: 1, outcome: 'sent' })]);
    expect(recorded).toHaveLength(1);
    expect(run.seen.map((state) => state.isSending)).toEqual([false, false, false, true, false]);
    expect(run.current()).toMatchObject({ confirming: undefined, notice: { kind: 'result', row, result: { outcome: 'sent' } } });
  });

  it('keeps the dialog open while sending and reports a failure with its error, recording nothing', async () => {
    const error = new ServiceError(429, 'Too many requests');
    const run = recorder<ReminderState, ReminderEvent>(reminderReducer, { year: 2025, isSending: false });
    run.dispatch({ type: 'asked', row });
    run.dispatch({ type: 'sending' });
    run.dispatch({ type: 'cancelled' });
    expect(run.current().confirming).toBe(row);
    const { services, records } = reminderServices(() => ({ kind: 'failed', error }));
    await sendReminder({ services, row, year: 2025, entryLinkTemplate: '{year}', senderName: 'Büro', dispatch: run.dispatch });
    expect(run.current()).toMatchObject({ isSending: false, confirming: undefined, notice: { kind: 'result', row, result: { outcome: 'failed', error } } });
    expect(records).toEqual([]);
    run.dispatch({ type: 'noticeDismissed' });
    expect(run.current().notice).toBeUndefined();
  });
});

describe('year lock', () => {
  it('locks the year as the signed-in user and hands the stored lock on', async () => {
    const lock: ReportingYear = { year: 2024, isLocked: true, lockedBy: 'Büro', lockedAt: '2026-03-01T10:00:00Z' } as ReportingYear;
    const calls: unknown[] = [];
    const services = { reportingYears: { lock: async (...args: unknown[]) => (calls.push(['lock', ...args]), lock) } } as unknown as Pick<DashboardServices, 'reportingYears'>;
    const run = recorder<YearLockState, YearLockEvent>(yearLockReducer, idleYearLock);
    run.dispatch({ type: 'asked', action: 'lock' });
    const changed: ReportingYear[] = [];
    await changeYearLock({ services, action: 'lock', year: 2024, siteUserId: 7, dispatch: run.dispatch, onChanged: (year) => changed.push(year) });
    expect(calls).toEqual([['lock', 2024, 7]]);
    expect(changed).toEqual([lock]);
    expect(run.current()).toEqual({ asking: undefined, lastAsked: 'lock', isSaving: false, notice: { kind: 'saved', action: 'lock' } });
    run.dispatch({ type: 'yearChanged' });
    expect(run.current().notice).toBeUndefined();
  });

  it('keeps the dialog texts of the last question while it fades out, and reports a refused unlock', async () => {
    const error = new ServiceError(403, 'Access denied');
    const services = { reportingYears: { unlock: async () => Promise.reject(error) } } as unknown as Pick<DashboardServices, 'reportingYears'>;
    const run = recorder<YearLockState, YearLockEvent>(yearLockReducer, idleYearLock);
    run.dispatch({ type: 'asked', action: 'unlock' });
    await changeYearLock({ services, action: 'unlock', year: 2023, siteUserId: 7, dispatch: run.dispatch, onChanged: () => undefined });
    expect(run.current()).toMatchObject({ asking: undefined, lastAsked: 'unlock', notice: { kind: 'failed', error } });
  });
});

describe('opening a reporting year', () => {
  const periods = [{ id: 1, startYear: 2025, endYear: 2027 } as PlanPeriod, { id: 2, startYear: 2022, endYear: 2024 } as PlanPeriod];
  const measures: Record<number, Measure[]> = { 1: [{ id: 10 } as Measure, { id: 11 } as Measure], 2: [{ id: 20 } as Measure] };
  const indicators = [
    { id: 100, measureId: 10, departmentId: 50 },
    { id: 101, measureId: 11, departmentId: 51 },
    { id: 200, measureId: 20, departmentId: 50 },
    { id: 300, goalId: 3, departmentId: 50 }
  ] as Indicator[];
  const departments = [{ id: 50, number: '50' }, { id: 51, number: '51' }] as Department[];

  function services(years: ReportingYear[], open: (plan: YearOpeningPlan, onProgress?: (progress: { done: number; total: number }) => void) => Promise<YearOpeningResult>) {
    return {
      catalogue: { planPeriods: async () => periods, measures: async (periodId: number) => measures[periodId] ?? [] },
      indicators: { indicators: async () => indicators },
      departments: { departments: async () => departments },
      reportingYears: { years: async () => years, open }
    } as unknown as Parameters<typeof openReportingYear>[0]['services'];
  }

  it("prepares every department's folder and the year's indicators of the plan period, with progress", async () => {
    const plans: YearOpeningPlan[] = [];
    const result: YearOpeningResult = { foldersCreated: 2, foldersChanged: 2, itemsCreated: 2, itemsKept: 0, failures: [] };
    const run = recorder<YearLockState, YearLockEvent>(yearLockReducer, idleYearLock);
    run.dispatch({ type: 'asked', action: 'open' });
    await openReportingYear({
      services: services([], async (plan, onProgress) => {
        plans.push(plan);
        onProgress?.({ done: 1, total: 4 });
        return result;
      }),
      year: 2025,
      dispatch: run.dispatch
    });
    expect(plans).toEqual([
      {
        year: 2025,
        state: 'open',
        departments: [{ id: 50, number: '50' }, { id: 51, number: '51' }],
        indicators: [{ id: 100, departmentId: 50 }, { id: 101, departmentId: 51 }]
      }
    ]);
    expect(run.seen.some((state) => state.isSaving && state.progress?.done === 1 && state.progress.total === 4)).toBe(true);
    expect(run.current()).toEqual({ asking: undefined, lastAsked: 'open', isSaving: false, progress: undefined, notice: { kind: 'opened', result } });
  });

  it('opens a locked year read-only, and reports a failure', async () => {
    const plans: YearOpeningPlan[] = [];
    const error = new ServiceError(403, 'Access denied');
    const run = recorder<YearLockState, YearLockEvent>(yearLockReducer, idleYearLock);
    await openReportingYear({
      services: services([{ year: 2025, isLocked: true }], async (plan) => {
        plans.push(plan);
        throw error;
      }),
      year: 2025,
      dispatch: run.dispatch
    });
    expect(plans[0].state).toBe('locked');
    expect(run.current()).toMatchObject({ isSaving: false, notice: { kind: 'failed', error } });
  });

  it('shows an unlock whose folders were not all switched back as unlocked, and reports what is left', async () => {
    const saved: ReportingYear = { year: 2024, isLocked: false };
    const error = new YearLockIncompleteError(2024, 'unlock', { switched: ['50'], failed: [{ department: '51', error: new ServiceError(500, 'Boom') }] }, saved);
    const services = { reportingYears: { unlock: async () => Promise.reject(error) } } as unknown as Pick<DashboardServices, 'reportingYears'>;
    const changed: ReportingYear[] = [];
    const run = recorder<YearLockState, YearLockEvent>(yearLockReducer, idleYearLock);
    await changeYearLock({ services, action: 'unlock', year: 2024, siteUserId: 7, dispatch: run.dispatch, onChanged: (year) => changed.push(year) });
    expect(changed).toEqual([saved]);
    expect(run.current().notice).toEqual({ kind: 'failed', error });
    expect(error.status).toBe(500);
    expect(error.serviceMessage).toContain('51 (500 Boom)');
  });
});
