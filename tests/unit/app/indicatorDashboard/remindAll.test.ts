import type { Department, Indicator, Measure, NewReminder, ReportingYear, Reminder } from '../../../../src/domain';
import { deadlineStatus, latestReminders, preselectedYear, reminderKey, yearsByDeadline } from '../../../../src/domain';
import { DepartmentCompleteness, reminderMail, sortByMissing } from '../../../../src/app/indicatorDashboard/dashboardModel';
import { germanDay } from '../../../../src/domain';
import { remindDepartments, ReminderProgress, ReminderServices } from '../../../../src/app/indicatorDashboard/reminderDispatch';
import { idleRemindAll, remindAll, remindAllReducer, RemindAllEvent, RemindAllState, resultCounts } from '../../../../src/app/indicatorDashboard/remindAll';
import type { MailDelivery, OutgoingMail } from '../../../../src/scheduling/reminderMail';
import { ServiceError } from '../../../../src/http/serviceError';

function department(id: number, number: string, name: string): Department {
  return { id, number, name, groupName: `FB ${number} Mitglieder` };
}

function row(id: number, number: string, name: string, missingTitles: readonly string[], expected = missingTitles.length + 1, withRecipient = true): DepartmentCompleteness {
  const missing = missingTitles.map((title, index) => ({
    indicator: { id: id * 100 + index, title, departmentId: id, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: false } as Indicator,
    measure: { id: id * 10 + index, number: `${index + 1}.1.${id}`, title: `Maßnahme ${name}` } as Measure
  }));
  return {
    department: department(id, number, name),
    expected,
    delivered: expected - missing.length,
    missing,
    ratio: (expected - missing.length) / expected,
    recipients: withRecipient ? [{ address: `fb${number}@stadt.example`, name: `FB ${number}` }] : []
  };
}

const social = row(7, '50', 'Soziales', ['Teilnehmende Sprachkurse', 'Beratungen <Migration>']);
const school = row(4, '40', 'Schule und Bildung', ['Kita-Plätze']);
const culture = row(5, '41', 'Kultur', [], 3);
const sport = row(9, '52', 'Sport', ['Vereinsmitglieder'], 2, false);
const entry = 'https://stadt.sharepoint.com/sites/integration/SitePages/Kennzahlen.aspx?year={year}&fb={department}';

/** Mail and records as the reminder path sees them, every mail answered by `deliver`. */
function fakeServices(deliver: (id: string) => MailDelivery = () => ({ kind: 'sent' }), workbooks?: ReminderServices['departmentWorkbooks']) {
  const batches: Array<Array<{ id: string; mail: OutgoingMail }>> = [];
  const records: NewReminder[][] = [];
  const services: ReminderServices = {
    mail: {
      sendEach: async (mails, options) => {
        batches.push([...mails]);
        options?.onSettled?.(mails.length);
        return new Map(mails.map((entry) => [entry.id, deliver(entry.id)]));
      }
    },
    reminders: {
      record: async (drafts) => {
        records.push([...drafts]);
        return drafts.map((draft, index) => ({ ok: true as const, reminder: { id: index + 1, departmentId: draft.departmentId, year: draft.year, sentAt: draft.sentAt, missingCount: draft.missingCount, outcome: draft.outcome, sentBy: 'Büro für Integration' } }));
      }
    },
    ...(workbooks ? { departmentWorkbooks: workbooks } : {})
  };
  return { services, batches, records };
}

const now = () => new Date('2026-03-19T09:00:00Z');

describe("each department's reminder mail", () => {
  it('names exactly what that department is missing (indicator and measure), the deadline and its own link, in German', () => {
    const mail = reminderMail(social, 2025, 'https://x/Kennzahlen%202025.xlsx?web=1', 'Büro für Integration', { deadline: '2026-03-31', today: '2026-03-19', isWorkbookLink: true });
    expect(mail.to).toEqual([{ address: 'fb50@stadt.example', name: 'FB 50' }]);
    expect(mail.subject).toBe('Kennzahlen 2025: noch 2 Werte offen bis 31.03.2026 – Fachbereich 50 Soziales');
    expect(mail.html).toContain('für das Berichtsjahr 2025 fehlen aus dem Fachbereich 50 Soziales noch 2 von 3 Kennzahlwerten');
    expect(mail.html).toContain('<li>Teilnehmende Sprachkurse (Maßnahme 1.1.7 Maßnahme Soziales)</li>');
    expect(mail.html).toContain('<li>Beratungen &lt;Migration&gt; (Maßnahme 2.1.7 Maßnahme Soziales)</li>');
    expect(mail.html).toContain('Bitte tragen Sie die Werte <strong>bis zum 31.03.2026</strong> ein.');
    expect(mail.html).toContain('<a href="https://x/Kennzahlen%202025.xlsx?web=1">Kennzahlenmappe 2025 öffnen</a>');
    expect(mail.html).not.toContain('Kita-Plätze');
  });

  it('says when the deadline has passed, and links the entry page where there is no workbook', () => {
    const mail = reminderMail(school, 2025, 'https://x/?year=2025', 'Büro', { deadline: '2026-03-31', today: '2026-04-02' });
    expect(mail.html).toContain('Die Abgabefrist war der 31.03.2026.');
    expect(mail.html).toContain('<a href="https://x/?year=2025">Kennzahlen 2025 erfassen</a>');
    expect(reminderMail(school, 2025, 'l', 'Büro').html).not.toContain('Abgabefrist');
    expect(germanDay('2026-03-01')).toBe('01.03.2026');
  });
});

describe('reminding departments in one click', () => {
  it('refreshes and links each department\'s workbook, sends one mail per department in one call, and records sent mails by click and department', async () => {
    const refreshed: string[] = [];
    const { services, batches, records } = fakeServices(undefined, {
      refresh: async ({ department: shown, year }) => (refreshed.push(`${shown.number}/${year}`), { openLink: `https://x/Kennzahlenmappen/${shown.number}/Kennzahlen%20${year}.xlsx?web=1` })
    });
    const progress: ReminderProgress[] = [];
    const results = await remindDepartments({ services, rows: [social, school, culture, sport, social], year: 2025, deadline: '2026-03-31', entryLinkTemplate: entry, senderName: 'Büro', clickId: 'click-1', now, onProgress: (step) => progress.push(step) });
    // Culture owes nothing, sport has no contact with an address, social is listed twice.
    expect(refreshed).toEqual(['50/2025', '40/2025']);
    expect(batches).toHaveLength(1);
    expect(batches[0].map((entry) => entry.id)).toEqual(['7', '4']);
    expect(batches[0][0].mail.html).toContain('https://x/Kennzahlenmappen/50/Kennzahlen%202025.xlsx?web=1');
    expect(batches[0][1].mail.html).toContain('https://x/Kennzahlenmappen/40/Kennzahlen%202025.xlsx?web=1');
    expect(results.map((result) => [result.row.department.number, result.outcome, result.isWorkbookLink])).toEqual([
      ['50', 'sent', true],
      ['40', 'sent', true]
    ]);
    expect(records).toEqual([
      [
        { departmentId: 7, year: 2025, sentAt: '2026-03-19T09:00:00.000Z', missingCount: 2, outcome: 'sent', createKey: 'click-1:7' },
        { departmentId: 4, year: 2025, sentAt: '2026-03-19T09:00:00.000Z', missingCount: 1, outcome: 'sent', createKey: 'click-1:4' }
      ]
    ]);
    expect(results[0].reminder).toMatchObject({ departmentId: 7, sentBy: 'Büro für Integration' });
    expect(progress.map((step) => step.phase)).toEqual(['workbooks', 'workbooks', 'sending', 'sending', 'recording', 'recording']);
  });

  it("mails a department whose workbook fails with the entry page's link, and its result says why", async () => {
    const failure = new ServiceError(403, 'Access denied to Kennzahlenmappen.');
    const { services, batches } = fakeServices(undefined, {
      refresh: async ({ department: shown }) => {
        if (shown.number === '40') throw failure;
        return { openLink: 'https://x/mappe.xlsx?web=1' };
      }
    });
    const results = await remindDepartments({ services, rows: [social, school], year: 2025, entryLinkTemplate: entry, senderName: 'Büro', clickId: 'c', now });
    expect(batches[0][1].mail.html).toContain('Kennzahlen.aspx?year=2025&amp;fb=40');
    expect(results[1]).toMatchObject({ outcome: 'sent', isWorkbookLink: false, workbookProblem: failure });
    expect(results[0]).toMatchObject({ outcome: 'sent', isWorkbookLink: true });
    expect(results[0].workbookProblem).toBeUndefined();
  });

  it('records unknown mails as "unklar", failed ones not at all, and keeps the error with each result', async () => {
    const throttled = new ServiceError(429, 'Too many requests.');
    const lost = new ServiceError(504, 'The gateway timed out.');
    const { services, records } = fakeServices((id) => (id === '7' ? { kind: 'failed', error: throttled } : { kind: 'unknown', error: lost }));
    const results = await remindDepartments({ services, rows: [social, school], year: 2025, entryLinkTemplate: entry, senderName: 'Büro', clickId: 'c', now });
    expect(results.map((result) => [result.outcome, result.error])).toEqual([
      ['failed', throttled],
      ['unknown', lost]
    ]);
    expect(records).toEqual([[expect.objectContaining({ departmentId: 4, outcome: 'unknown', createKey: 'c:4' })]]);
    expect(resultCounts(results)).toEqual({ sent: 0, failed: 1, unknown: 1 });
  });

  it('writes nothing when every mail was refused', async () => {
    const { services, records } = fakeServices(() => ({ kind: 'failed', error: new ServiceError(400, 'bad') }));
    await remindDepartments({ services, rows: [school], year: 2025, entryLinkTemplate: entry, senderName: 'Büro', clickId: 'c', now });
    expect(records).toEqual([]);
  });
});

describe('the remind-all flow', () => {
  function recorder(initial: RemindAllState = idleRemindAll) {
    const seen = [initial];
    return { dispatch: (event: RemindAllEvent) => seen.push(remindAllReducer(seen[seen.length - 1], event)), current: () => seen[seen.length - 1], seen };
  }

  it('asks, runs with progress, and ends with a result per department and the records handed on', async () => {
    const run = recorder();
    run.dispatch({ type: 'asked' });
    expect(run.current().phase).toBe('confirming');
    const { services } = fakeServices();
    const recorded: Reminder[] = [];
    await remindAll({ services, rows: [social, school], year: 2025, entryLinkTemplate: entry, senderName: 'Büro', now }, run.dispatch, (reminders) => recorded.push(...reminders));
    expect(run.seen.map((state) => state.phase)).toEqual(['idle', 'confirming', 'running', 'running', 'running', 'running', 'running', 'running', 'running', 'done']);
    expect(run.current().results.map((result) => result.outcome)).toEqual(['sent', 'sent']);
    expect(recorded.map((reminder) => reminder.departmentId)).toEqual([7, 4]);
    run.dispatch({ type: 'dismissed' });
    expect(run.current()).toEqual(idleRemindAll);
  });

  it('starts once per confirmation: a second start, a cancel or a new question while running change nothing', () => {
    const run = recorder();
    run.dispatch({ type: 'asked' });
    run.dispatch({ type: 'started' });
    const running = run.current();
    for (const event of [{ type: 'started' }, { type: 'cancelled' }, { type: 'asked' }, { type: 'dismissed' }] as RemindAllEvent[]) {
      run.dispatch(event);
      expect(run.current()).toBe(running);
    }
    // Without a confirmation nothing starts.
    expect(remindAllReducer(idleRemindAll, { type: 'started' })).toBe(idleRemindAll);
  });

  it('ends with the error when the run fails before any result', async () => {
    const run = recorder({ phase: 'confirming', results: [] });
    const failure = new Error('no batch');
    const services: ReminderServices = { mail: { sendEach: async () => Promise.reject(failure) }, reminders: { record: async () => [] } };
    await remindAll({ services, rows: [school], year: 2025, entryLinkTemplate: entry, senderName: 'Büro', now }, run.dispatch, () => undefined);
    expect(run.current()).toEqual({ phase: 'done', results: [], error: failure });
  });
});

describe('deadlines and order of the completeness view', () => {
  const years: ReportingYear[] = [
    { year: 2023, isLocked: true, deadline: '2024-03-31' },
    { year: 2024, isLocked: false, deadline: '2025-03-31' },
    { year: 2025, isLocked: false, deadline: '2026-03-31' },
    { year: 2026, isLocked: false }
  ];

  it('tells the days left, today and days overdue', () => {
    expect(deadlineStatus('2026-03-31', '2026-03-19')).toEqual({ kind: 'open', deadline: '2026-03-31', daysLeft: 12 });
    expect(deadlineStatus('2026-03-31', '2026-03-31')).toEqual({ kind: 'today', deadline: '2026-03-31' });
    expect(deadlineStatus('2026-03-31', '2026-04-02')).toEqual({ kind: 'overdue', deadline: '2026-03-31', daysOverdue: 2 });
    expect(deadlineStatus(undefined, '2026-04-02')).toEqual({ kind: 'none' });
    // Across the clock change: calendar days, not 24-hour periods.
    expect(deadlineStatus('2026-03-30', '2026-03-28')).toMatchObject({ daysLeft: 2 });
  });

  it('offers the nearest open deadline first and opens it; then overdue open years; then the rest, newest first', () => {
    expect(yearsByDeadline([2026, 2025, 2024, 2023, 2022], years, '2026-03-19')).toEqual([2025, 2024, 2026, 2023, 2022]);
    expect(preselectedYear([2026, 2025, 2024, 2023], years, '2026-03-19', 2025)).toBe(2025);
    // Past every deadline: the reporting year, as before deadlines existed.
    expect(yearsByDeadline([2026, 2025, 2024], years, '2026-05-01')).toEqual([2025, 2024, 2026]);
    expect(preselectedYear([2026, 2025, 2024], years, '2026-05-01', 2025)).toBe(2025);
    expect(preselectedYear([2026, 2025], [{ year: 2026, isLocked: false, deadline: '2027-03-31' }], '2026-05-01', 2025)).toBe(2026);
  });

  it('lists departments that owe values first, most missing first, then by number', () => {
    expect(sortByMissing([culture, school, social, sport]).map((shown) => shown.department.number)).toEqual(['50', '40', '52', '41']);
  });

  it('knows the latest reminder per department, and keys each record by click and department', () => {
    const reminders: Reminder[] = [
      { id: 1, departmentId: 7, year: 2025, sentAt: '2026-03-01T08:00:00Z', missingCount: 3, outcome: 'sent' },
      { id: 2, departmentId: 7, year: 2025, sentAt: '2026-03-10T08:00:00Z', missingCount: 2, outcome: 'unknown' },
      { id: 3, departmentId: 4, year: 2025, sentAt: '2026-03-05T08:00:00Z', missingCount: 1, outcome: 'sent' }
    ];
    expect([...latestReminders(reminders).entries()].map(([id, reminder]) => [id, reminder.id])).toEqual([
      [7, 2],
      [4, 3]
    ]);
    expect(reminderKey('abc', 7)).toBe('abc:7');
  });
});
