import type { Department, ReportingYear } from '../../../../src/domain';
import type { OutgoingMail } from '../../../../src/scheduling/reminderMail';
import { ServiceError } from '../../../../src/http/serviceError';
import type { DashboardServices } from '../../../../src/app/indicatorDashboard/dashboardData';
import type { DepartmentCompleteness } from '../../../../src/app/indicatorDashboard/dashboardModel';
import { reminderReducer, ReminderEvent, ReminderState, sendReminder } from '../../../../src/app/indicatorDashboard/reminders';
import { changeYearLock, idleYearLock, yearLockReducer, YearLockEvent, YearLockState } from '../../../../src/app/indicatorDashboard/yearLock';

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

describe('completeness reminders', () => {
  it('mails the department with a link for the shown year, then closes the dialog with a notice', async () => {
    const mails: OutgoingMail[] = [];
    const services = { mail: { send: async (mail: OutgoingMail) => void mails.push(mail) } } as unknown as Pick<DashboardServices, 'mail'>;
    const run = recorder<ReminderState, ReminderEvent>(reminderReducer, { year: 2025, isSending: false });
    run.dispatch({ type: 'yearPicked', year: 2024 });
    run.dispatch({ type: 'asked', row });
    await sendReminder({ services, row, year: run.current().year, entryLinkTemplate: 'https://x/Kennzahlen.aspx?year={year}&department={department}', senderName: 'Büro', dispatch: run.dispatch });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('Kennzahlen 2024');
    expect(mails[0].html).toContain('year=2024');
    expect(run.seen.map((state) => state.isSending)).toEqual([false, false, false, true, false]);
    expect(run.current()).toMatchObject({ confirming: undefined, notice: { kind: 'sent', row } });
  });

  it('keeps the dialog open while sending and reports a failure with its error', async () => {
    const error = new ServiceError(429, 'Too many requests');
    const run = recorder<ReminderState, ReminderEvent>(reminderReducer, { year: 2025, isSending: false });
    run.dispatch({ type: 'asked', row });
    run.dispatch({ type: 'sending' });
    run.dispatch({ type: 'cancelled' });
    expect(run.current().confirming).toBe(row);
    const services = { mail: { send: async () => Promise.reject(error) } } as unknown as Pick<DashboardServices, 'mail'>;
    await sendReminder({ services, row, year: 2025, entryLinkTemplate: '{year}', senderName: 'Büro', dispatch: run.dispatch });
    expect(run.current()).toMatchObject({ isSending: false, confirming: undefined, notice: { kind: 'failed', row, error } });
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
