import { buildSeed } from '../../../local/seed';

const today = new Date('2026-11-23T08:00:00Z');

describe('demo seed: earlier reminders', () => {
  it('records that the office reminded the first three departments of the year being collected two weeks ago', () => {
    const reminders = (buildSeed('demo', today).lists.Reminders ?? []).map((item) => item.fields);
    expect(reminders.map((fields) => fields.DepartmentId)).toEqual([1, 2, 3]);
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

  it("'empty' has none", () => {
    expect(buildSeed('empty', today).lists.Reminders).toBeUndefined();
  });
});
