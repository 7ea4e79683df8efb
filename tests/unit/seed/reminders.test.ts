import { buildSeed } from '../../../local/seed';
import { withReminders } from '../../../local/seed/reminders';

const today = new Date('2026-11-23T08:00:00Z');

describe('demo seed: deadline of the year being collected and earlier reminders', () => {
  it('gives last year a deadline four weeks ahead, as midnight of the council day, and records three reminders two weeks ago', () => {
    const demo = buildSeed('demo', today);
    expect(demo.lists.ReportingYears?.find((item) => item.fields.ReportingYear === 2025)?.fields.Deadline).toBe('2026-12-20T23:00:00.000Z');
    const reminders = (demo.lists.Reminders ?? []).map((item) => item.fields);
    expect(reminders).toHaveLength(3);
    expect(reminders[0]).toEqual({
      Title: 'Erinnerung 2025',
      DepartmentId: 1,
      ReportingYear: 2025,
      SentAt: '2026-11-09T08:15:00.000Z',
      SentBy: 'koordination@stadt.example',
      MissingCount: 3,
      Outcome: 'gesendet',
      CreateKey: 'seed-reminder-1'
    });
  });

  it('keeps a deadline the seed already has, and adds none to other years', () => {
    const lists = { ReportingYears: [{ fields: { ReportingYear: 2025, IsLocked: false, Deadline: '2026-03-30T22:00:00.000Z' } }, { fields: { ReportingYear: 2024, IsLocked: true } }] };
    const seeded = withReminders(lists, 2025, { year: 2026, month: 11, day: 23 });
    expect(seeded.ReportingYears.map((item) => item.fields.Deadline)).toEqual(['2026-03-30T22:00:00.000Z', undefined]);
  });
});
