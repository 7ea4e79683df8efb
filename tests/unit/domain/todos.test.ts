import {
  contactTodos,
  officeTodos,
  openReportingYear,
  ordered,
  reviewsDue,
  todoDate,
  unansweredInvitations,
  type ContactTodoFacts,
  type OfficeTodoFacts,
  type Todo
} from '../../../src/domain/todos';
import type { GoalAgreement, ReportingYear, ValueReview } from '../../../src/domain';

const today = '2026-12-03';
const locked2024: ReportingYear = { year: 2024, isLocked: true };
const open2025: ReportingYear = { year: 2025, isLocked: false, deadline: '2026-12-24' };

const contact = (facts: Partial<ContactTodoFacts>): ContactTodoFacts => ({ today, reportingYears: [locked2024, open2025], owedValues: [], reviews: [], agreements: [], invitations: [], ...facts });
const office = (facts: Partial<OfficeTodoFacts>): OfficeTodoFacts => ({
  today,
  reportingYears: [locked2024, open2025],
  completeness: [],
  departmentIds: [],
  roundMeetings: [],
  agreements: [],
  sessions: [
    { body: 'steeringGroup', date: '2026-03-10', status: 'held' },
    { body: 'steeringGroup', date: '2026-09-15', status: 'held' }
  ],
  ...facts
});
const review = (valueKey: string, decision: ValueReview['decision'], reviewedETag: string, id = 1): ValueReview => ({
  id,
  valueKey,
  indicatorId: Number(valueKey.split('-')[0]),
  year: 2025,
  departmentId: 4,
  decision,
  reviewedETag,
  reviewedAt: `2026-11-0${id}T10:00:00Z`,
  ...(decision === 'returned' ? { comment: 'Bitte prüfen' } : {})
});
const agreement = (departmentId: number, year: number, status: GoalAgreement['status'], meetingStart?: string): GoalAgreement => ({
  title: `Zielvereinbarung ${departmentId} ${year}`,
  departmentId,
  year,
  status,
  ...(meetingStart ? { meeting: { start: meetingStart, end: meetingStart } } : {})
});
const kinds = (todos: readonly Todo[]): string[] => todos.map((todo) => todo.kind);

describe('the open reporting year', () => {
  it.each<[string, ReportingYear[], number | undefined]>([
    ['the latest year with a deadline that is not locked', [locked2024, open2025, { year: 2023, isLocked: false, deadline: '2024-03-31' }], 2025],
    ['none without a deadline', [locked2024, { year: 2025, isLocked: false }], undefined],
    ['none when the year with a deadline is locked', [{ ...open2025, isLocked: true }], undefined],
    ['none without any entry', [], undefined]
  ])('%s', (_, years, expected) => {
    expect(openReportingYear(years)?.year).toBe(expected);
  });
});

describe("a department contact's to-dos", () => {
  it('counts the values owed for the open year, with the deadline', () => {
    const owedValues = [{ indicatorId: 1, valueKey: '1-2025' }, { indicatorId: 2, valueKey: '2-2025' }, { indicatorId: 3, valueKey: '3-2025', stored: { total: 4, etag: '"1"' } }];
    const [todo] = contactTodos(contact({ owedValues }));
    expect(todo).toMatchObject({ kind: 'valuesOwed', count: 2, year: 2025, due: '2026-12-24', isOverdue: false, target: 'workbook', urgency: 60 });
    expect(todo.text.de).toBe('2 Kennzahlwerte 2025 fehlen – Abgabefrist: 24.12.2026');
    expect(todo.text.en).toBe('2 indicator values for 2025 are missing – deadline: 24 Dec 2026');
  });

  it.each<[string, string, boolean, number]>([
    ['marks values overdue after the deadline', '2026-12-25', true, 100],
    ['makes them urgent two weeks before', '2026-12-10', false, 85],
    ['keeps them ordinary earlier', '2026-11-01', false, 60]
  ])('%s', (_, day, isOverdue, urgency) => {
    const [todo] = contactTodos(contact({ today: day, owedValues: [{ indicatorId: 1, valueKey: '1-2025' }] }));
    expect(todo).toMatchObject({ kind: 'valuesOwed', isOverdue, urgency });
    expect(todo.text.de).toContain(isOverdue ? 'Abgabefrist überschritten' : 'Abgabefrist: 24.12.2026');
  });

  it('asks for no values without an open year', () => {
    expect(contactTodos(contact({ reportingYears: [locked2024], owedValues: [{ indicatorId: 1, valueKey: '1-2025' }] }))).toEqual([]);
  });

  it('counts returned values only while the returned version is still the stored one', () => {
    const owedValues = [
      { indicatorId: 1, valueKey: '1-2025', stored: { total: 3, etag: '"2"' } },
      { indicatorId: 2, valueKey: '2-2025', stored: { total: 5, etag: '"7"' } },
      { indicatorId: 3, valueKey: '3-2025', stored: { total: 5, etag: '"1"' } }
    ];
    // 1: returned on its current version; 2: returned, then changed (submitted again); 3: accepted.
    const reviews = [review('1-2025', 'returned', '"2"', 1), review('2-2025', 'returned', '"6"', 2), review('3-2025', 'accepted', '"1"', 3)];
    const todos = contactTodos(contact({ owedValues, reviews }));
    expect(todos).toHaveLength(1);
    expect(todos[0]).toMatchObject({ kind: 'valuesReturned', count: 1, urgency: 90, target: 'workbook' });
    expect(todos[0].text.de).toBe('1 Wert 2025 vom Büro zurückgegeben – bitte korrigieren');
  });

  it('names the review of last year’s agreement when its meeting lies ten months back, overdue from twelve', () => {
    const due = contactTodos(contact({ agreements: [agreement(4, 2026, 'agreed', '2026-02-02T09:00:00Z'), agreement(4, 2025, 'reviewed', '2025-02-02T09:00:00Z')] }));
    expect(due).toEqual([expect.objectContaining({ kind: 'agreementReviewDue', year: 2026, isOverdue: false, urgency: 55, target: 'agreement' })]);
    const overdue = contactTodos(contact({ agreements: [agreement(4, 2025, 'agreed', '2025-02-02T09:00:00Z')] }));
    expect(overdue[0]).toMatchObject({ kind: 'agreementReviewDue', isOverdue: true, urgency: 75 });
    expect(overdue[0].text.en).toBe('The review of the 2025 goal agreement is due');
    expect(contactTodos(contact({ agreements: [agreement(4, 2026, 'agreed', '2026-03-05T09:00:00Z'), agreement(4, 2026, 'draft')] }))).toEqual([]);
  });

  it('names an unanswered invitation of a meeting ahead, with its day and Outlook link', () => {
    const invitations = [
      { subject: 'Zielvereinbarungsgespräch FB 40', start: '2026-12-14T09:00:00Z', response: 'notResponded' as const, webLink: 'https://outlook.example/item' },
      { subject: 'Zielvereinbarungsgespräch FB 40 (alt)', start: '2026-11-14T09:00:00Z', response: 'notResponded' as const },
      { subject: 'Abgesagt', start: '2026-12-15T09:00:00Z', response: 'none' as const, isCancelled: true },
      { subject: 'Zugesagt', start: '2026-12-16T09:00:00Z', response: 'accepted' as const }
    ];
    const todos = contactTodos(contact({ invitations }));
    expect(todos).toEqual([expect.objectContaining({ kind: 'invitationUnanswered', count: 1, due: '2026-12-14', link: 'https://outlook.example/item', target: 'round' })]);
    expect(todos[0].text.de).toBe('Einladung zum Zielvereinbarungsgespräch unbeantwortet (14.12.2026)');
  });

  it('orders the to-dos by urgency', () => {
    const todos = contactTodos(
      contact({
        today: '2026-12-20',
        owedValues: [{ indicatorId: 1, valueKey: '1-2025' }, { indicatorId: 2, valueKey: '2-2025', stored: { total: 1, etag: '"3"' } }],
        reviews: [review('2-2025', 'returned', '"3"')],
        agreements: [agreement(4, 2025, 'agreed', '2025-02-02T09:00:00Z')],
        invitations: [{ subject: 'Z', start: '2027-01-10T09:00:00Z', response: 'none' }]
      })
    );
    expect(kinds(todos)).toEqual(['valuesReturned', 'valuesOwed', 'invitationUnanswered', 'agreementReviewDue']);
  });

  it('has nothing to do when all is done', () => {
    expect(contactTodos(contact({ owedValues: [{ indicatorId: 1, valueKey: '1-2025', stored: { total: 2, etag: '"1"' } }] }))).toEqual([]);
  });
});

describe("the office's to-dos", () => {
  it('counts the departments that still owe values of the open year', () => {
    const todos = officeTodos(office({ completeness: [{ departmentId: 1, missing: 3 }, { departmentId: 2, missing: 0 }, { departmentId: 3, missing: 1 }] }));
    expect(todos).toEqual([expect.objectContaining({ kind: 'departmentsWithoutValues', count: 2, year: 2025, due: '2026-12-24', target: 'dashboard', urgency: 60 })]);
    expect(todos[0].text.de).toBe('2 Fachbereiche haben noch nicht alle Kennzahlen 2025 geliefert – Abgabefrist: 24.12.2026');
    expect(officeTodos(office({ today: '2027-01-05', completeness: [{ departmentId: 1, missing: 3 }] }))[0]).toMatchObject({ isOverdue: true, urgency: 95 });
    expect(officeTodos(office({ reportingYears: [locked2024], completeness: [{ departmentId: 1, missing: 3 }] }))).toEqual([]);
  });

  it('counts the departments without a booked meeting in the round', () => {
    const todos = officeTodos(
      office({
        departmentIds: [1, 2, 3, 4],
        roundMeetings: [
          { departmentId: 1, state: 'booked' },
          { departmentId: 2, state: 'proposed' },
          { departmentId: 3, state: 'cancelled' }
        ]
      })
    );
    expect(todos).toEqual([expect.objectContaining({ kind: 'departmentsWithoutMeeting', count: 3, year: 2026, target: 'round' })]);
    expect(todos[0].text.en).toBe('3 departments without a booked goal agreement meeting in 2026');
  });

  it('counts the reviews due across departments', () => {
    const todos = officeTodos(office({ agreements: [agreement(1, 2025, 'agreed', '2025-02-03T09:00:00Z'), agreement(2, 2025, 'reviewed', '2025-02-03T09:00:00Z'), agreement(3, 2026, 'agreed', '2026-01-20T09:00:00Z'), agreement(4, 2026, 'agreed', '2026-02-10T09:00:00Z')] }));
    expect(todos).toEqual([expect.objectContaining({ kind: 'reviewsDue', count: 2, isOverdue: true, urgency: 70, target: 'agreement' })]);
  });

  it('warns when the steering group has met fewer than twice this year, more urgently late in the year', () => {
    const sessions = [
      { body: 'steeringGroup' as const, date: '2026-03-10', status: 'held' as const },
      { body: 'steeringGroup' as const, date: '2026-12-20', status: 'planned' as const },
      { body: 'committee' as const, date: '2026-05-10', status: 'held' as const }
    ];
    const [late] = officeTodos(office({ sessions }));
    expect(late).toMatchObject({ kind: 'steeringSessionsShort', count: 1, urgency: 65, target: 'steering', year: 2026 });
    expect(late.text.de).toBe('Steuerungsgruppe 2026: 1 von mindestens 2 Sitzungen');
    expect(officeTodos(office({ today: '2026-04-01', sessions }))[0]).toMatchObject({ kind: 'steeringSessionsShort', urgency: 35 });
  });

  it('orders by urgency and has nothing to do when all is done', () => {
    const todos = officeTodos(
      office({
        today: '2026-12-28',
        completeness: [{ departmentId: 1, missing: 1 }],
        departmentIds: [1],
        agreements: [agreement(1, 2025, 'agreed', '2025-02-03T09:00:00Z')],
        sessions: []
      })
    );
    expect(kinds(todos)).toEqual(['departmentsWithoutValues', 'reviewsDue', 'steeringSessionsShort', 'departmentsWithoutMeeting']);
    expect(officeTodos(office({}))).toEqual([]);
  });
});

describe('helpers', () => {
  it('counts an agreement without a meeting from the start of its year', () => {
    expect(reviewsDue([agreement(1, 2026, 'agreed')], '2026-11-01')).toEqual([expect.objectContaining({ dueFrom: '2026-11-01', isOverdue: false })]);
    expect(reviewsDue([agreement(1, 2026, 'agreed')], '2026-10-31')).toEqual([]);
  });

  it('keeps unanswered invitations of today and later, earliest first', () => {
    const list = unansweredInvitations(
      [
        { subject: 'b', start: '2026-12-10T09:00:00Z', response: 'none' },
        { subject: 'a', start: '2026-12-03T07:00:00Z', response: 'notResponded' },
        { subject: 'c', start: '2026-12-02T09:00:00Z', response: 'notResponded' }
      ],
      today
    );
    expect(list.map((invitation) => invitation.subject)).toEqual(['a', 'b']);
  });

  it('orders equal urgency by kind, then year', () => {
    const base = { count: 1, urgency: 50, target: 'agreement' as const, isOverdue: false, text: { de: '', en: '' } };
    expect(ordered([{ ...base, kind: 'reviewsDue', year: 2026 }, { ...base, kind: 'agreementReviewDue', year: 2026 }, { ...base, kind: 'agreementReviewDue', year: 2025 }]).map((todo) => `${todo.kind}${todo.year}`)).toEqual([
      'agreementReviewDue2025',
      'agreementReviewDue2026',
      'reviewsDue2026'
    ]);
  });

  it('writes dates the German and the English way', () => {
    expect(todoDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(todoDate('2026-03-01', 'en')).toBe('1 Mar 2026');
  });
});
