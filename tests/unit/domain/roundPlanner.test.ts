import { planRound, wallMinutes, RoundInput, RoundSettings, DepartmentToPlan } from '../../../src/domain/roundPlanner';

// 2027-03-01 is a Monday.
const settings: RoundSettings = {
  firstDay: '2027-03-01',
  lastDay: '2027-03-07',
  dayStartMinutes: 8 * 60,
  dayEndMinutes: 16 * 60,
  meetingMinutes: 90,
  bufferMinutes: 30,
  maxMeetingsPerDay: 2,
  stepMinutes: 30,
  closedDays: new Set<string>()
};

const coordinator = 'koordination@stadt.example';
const department = (id: number): DepartmentToPlan => ({ departmentId: id, name: `FB ${id}`, attendees: [`fb${id}@stadt.example`] });
const departments = (count: number): DepartmentToPlan[] => Array.from({ length: count }, (_, index) => department(index + 1));
const input = (overrides: Partial<RoundInput> = {}): RoundInput => ({ settings, coordinator, departments: departments(3), busy: new Map(), ...overrides });

describe('planning the round of goal-agreement meetings', () => {
  it('places meetings on working days within working hours, at most N a day, without overlaps and with buffers', () => {
    const plan = planRound(input({ departments: departments(12) }));
    expect(plan.placed).toHaveLength(10); // five working days × two
    expect(plan.unplaced).toEqual([
      { departmentId: 11, reason: 'daysFull' },
      { departmentId: 12, reason: 'daysFull' }
    ]);
    const spans = plan.placed.map((entry) => ({ start: wallMinutes(entry.slot.start), end: wallMinutes(entry.slot.end), day: entry.slot.start.slice(0, 10) }));
    for (const span of spans) {
      const weekday = new Date(`${span.day}T12:00:00Z`).getUTCDay();
      expect(weekday).toBeGreaterThanOrEqual(1);
      expect(weekday).toBeLessThanOrEqual(5);
      expect(span.end - span.start).toBe(90);
      expect(span.start).toBeGreaterThanOrEqual(wallMinutes(`${span.day}T08:00`));
      expect(span.end).toBeLessThanOrEqual(wallMinutes(`${span.day}T16:00`));
    }
    for (let i = 1; i < spans.length; i += 1) {
      expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end + 30);
    }
    const perDay = new Map<string, number>();
    spans.forEach((span) => perDay.set(span.day, (perDay.get(span.day) ?? 0) + 1));
    expect(Math.max(...perDay.values())).toBe(2);
  });

  it('skips public holidays and weekends', () => {
    const plan = planRound(input({ departments: departments(2), settings: { ...settings, closedDays: new Set(['2027-03-01']), maxMeetingsPerDay: 1 } }));
    expect(plan.placed.map((entry) => entry.slot.start.slice(0, 10))).toEqual(['2027-03-02', '2027-03-03']);
  });

  it("keeps to everybody's free time: the coordinator's and every contact's", () => {
    const busy = new Map([
      [coordinator, [{ start: '2027-03-01T08:00', end: '2027-03-01T10:00' }]],
      ['fb1@stadt.example', [{ start: '2027-03-01T10:00', end: '2027-03-01T12:00' }]]
    ]);
    const plan = planRound(input({ departments: [department(1)], busy }));
    expect(plan.placed).toEqual([{ departmentId: 1, slot: { start: '2027-03-01T12:00', end: '2027-03-01T13:30' }, isFixed: false }]);
  });

  it('places the department with the fewest possible slots first', () => {
    // Department 2 is free on Monday only; department 1 any day. One meeting a day.
    const busy = new Map([['fb2@stadt.example', [{ start: '2027-03-02T00:00', end: '2027-03-08T00:00' }]]]);
    const plan = planRound(input({ departments: departments(2), busy, settings: { ...settings, maxMeetingsPerDay: 1 } }));
    expect(plan.unplaced).toEqual([]);
    expect(plan.placed.map((entry) => [entry.departmentId, entry.slot.start.slice(0, 10)])).toEqual([
      [2, '2027-03-01'],
      [1, '2027-03-02']
    ]);
  });

  it('says why a department could not be placed', () => {
    const busy = new Map([['fb1@stadt.example', [{ start: '2027-03-01T00:00', end: '2027-03-08T00:00' }]]]);
    const plan = planRound(input({ departments: [department(1), { departmentId: 2, name: 'FB 2', attendees: [] }], busy }));
    expect(plan.placed).toEqual([]);
    expect(plan.unplaced).toEqual([
      { departmentId: 1, reason: 'noCommonFreeTime' },
      { departmentId: 2, reason: 'noAttendees' }
    ]);
  });

  it("keeps the coordinator's fixed slots and plans around them", () => {
    const fixed = [{ departmentId: 3, slot: { start: '2027-03-01T08:00', end: '2027-03-01T09:30' } }];
    const plan = planRound(input({ fixed, settings: { ...settings, maxMeetingsPerDay: 1 } }));
    expect(plan.placed).toEqual([
      { departmentId: 3, slot: fixed[0].slot, isFixed: true },
      { departmentId: 1, slot: { start: '2027-03-02T08:00', end: '2027-03-02T09:30' }, isFixed: false },
      { departmentId: 2, slot: { start: '2027-03-03T08:00', end: '2027-03-03T09:30' }, isFixed: false }
    ]);
  });

  it('gives the same plan whatever order the departments come in', () => {
    const busy = new Map([['fb4@stadt.example', [{ start: '2027-03-01T08:00', end: '2027-03-03T12:00' }]]]);
    const forward = planRound(input({ departments: departments(8), busy }));
    const backward = planRound(input({ departments: departments(8).reverse(), busy }));
    expect(backward).toEqual(forward);
  });

  it("places a follow-up near its preferred day, twelve months after last year's meeting", () => {
    const plan = planRound(input({ departments: [{ ...department(1), preferredDay: '2027-03-04' }, department(2)] }));
    expect(plan.placed.find((entry) => entry.departmentId === 1)?.slot).toEqual({ start: '2027-03-04T08:00', end: '2027-03-04T09:30' });
    expect(plan.placed.find((entry) => entry.departmentId === 2)?.slot.start).toBe('2027-03-01T08:00');
  });

  it('takes the nearest working day when the preferred day is a weekend, the earlier one on a tie', () => {
    const plan = planRound(input({ departments: [{ ...department(1), preferredDay: '2027-03-06' }], settings: { ...settings, lastDay: '2027-03-10' } }));
    // Saturday 6 March: Friday the 5th is one day away, Monday the 8th two.
    expect(plan.placed[0].slot.start).toBe('2027-03-05T08:00');
  });

  it('offers the next free slot after a decline: the declined time is avoided, the other meetings stay', () => {
    const declined = { start: '2027-03-01T08:00', end: '2027-03-01T09:30' };
    const fixed = [{ departmentId: 2, slot: { start: '2027-03-01T10:00', end: '2027-03-01T11:30' } }];
    const plan = planRound(input({ departments: [{ ...department(1), avoid: [declined] }], fixed }));
    expect(plan.placed).toEqual([
      { departmentId: 2, slot: fixed[0].slot, isFixed: true },
      { departmentId: 1, slot: { start: '2027-03-01T12:00', end: '2027-03-01T13:30' }, isFixed: false }
    ]);
  });
});
