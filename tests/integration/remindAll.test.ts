import { coordinator, useTestEmulator } from './support/testEmulator';
import { rawRest, type RawRestAnswer } from './support/rawRest';
import { loadDashboard, DashboardData } from '../../src/app/indicatorDashboard/dashboardData';
import { completenessOf } from '../../src/app/indicatorDashboard/dashboardModel';
import { remindDepartments } from '../../src/app/indicatorDashboard/reminderDispatch';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import { reminderKey } from '../../src/domain';

/**
 * "Alle erinnern" against the local Graph and SharePoint, with the product's real clients: every
 * department that owes values gets exactly one mail of its own, linking its workbook refreshed just
 * before, also when Graph throttles parts of
 * the `$batch` or loses the answer of a whole one, and who was reminded is recorded once. A
 * department contact reads the records, and SharePoint refuses the contact's own writes.
 */

interface SentMessage {
  readonly subject: string;
  readonly body: { readonly content: string };
  readonly toRecipients: ReadonlyArray<{ readonly emailAddress: { readonly address: string } }>;
}

const remindersUrl = '/sites/integration/Lists/Reminders';
const sendMailPath = '/v1\\.0/me/sendMail$';
const entryLinkTemplate = 'http://127.0.0.1:3000/?view=excel&year={year}&fb={department}';

describe('remind all departments that owe values', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator);
  let data: DashboardData;

  const rest = (login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> =>
    rawRest(emulator.siteUrl, login, method, path, body, headers);

  async function mailbox(): Promise<SentMessage[]> {
    return ((await (await fetch(`${emulator.url}/_emulator/mail`)).json()) as { value: SentMessage[] }).value;
  }

  /** How many of `sent` went to each department, by the department named in the subject. */
  function perDepartment(sent: readonly SentMessage[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const message of sent) {
      const number = /Fachbereich (\S+)/.exec(message.subject)?.[1] ?? '?';
      counts.set(number, (counts.get(number) ?? 0) + 1);
    }
    return counts;
  }

  const remind = (year: number, clickId: string) =>
    remindDepartments({
      services: office(),
      rows: completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts).departments,
      year,
      deadline: `${year + 1}-03-31`,
      entryLinkTemplate,
      senderName: data.user.displayName,
      clickId
    });

  beforeAll(async () => {
    data = await loadDashboard(office(), new Date());
  }, 60_000);

  it('sends each of 12 owing departments exactly one mail of its own while Graph throttles parts of the batch, and records each once', async () => {
    // The year being collected now: all 12 departments of the demo owe all of their values.
    const year = data.reportingYear + 1;
    const owing = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts).departments;
    expect(owing.filter((row) => row.missing.length > 0)).toHaveLength(12);
    const before = (await mailbox()).length;
    // Five of the twelve sendMail parts are throttled on the first round: three 429, two 503 with Retry-After.
    await emulator.injectFault({ status: 429, retryAfter: 1, count: 3, path: sendMailPath });
    await emulator.injectFault({ status: 503, retryAfter: 1, count: 2, path: sendMailPath });
    const clickId = newCreateKey();

    const results = await remind(year, clickId);

    expect(results.map((result) => [result.outcome, result.isWorkbookLink])).toEqual(Array(12).fill(['sent', true]));
    const sent = (await mailbox()).slice(before);
    expect(sent).toHaveLength(12);
    expect(perDepartment(sent)).toEqual(new Map(owing.map((row) => [row.department.number, 1])));
    for (const row of owing) {
      const message = sent.find((candidate) => candidate.subject.includes(`Fachbereich ${row.department.number} `))!;
      expect(message.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual(row.recipients.map((recipient) => recipient.address));
      expect(message.subject).toContain(`bis 31.03.${year + 1}`);
      expect(message.body.content).toContain(`bis zum 31.03.${year + 1}`);
      // The department's own workbook, refreshed just before, opened in Excel.
      const workbook = await office().departmentWorkbooks.find(row.department.number, year);
      expect(workbook).toBeDefined();
      expect(message.body.content).toContain(`href="${workbook!.openLink.replace(/&/g, '&amp;')}"`);
      expect(workbook!.openLink).toContain(`/Kennzahlenmappen/${row.department.number}/`);
      for (const missing of row.missing) expect(message.body.content).toContain(missing.indicator.title.replace(/&/g, '&amp;'));
    }
    const records = await office().reminders.remindersOf(year);
    expect(records).toHaveLength(12);
    expect(new Set(records.map((record) => record.departmentId))).toEqual(new Set(owing.map((row) => row.department.id)));
    expect(records.every((record) => record.outcome === 'sent' && record.sentBy === data.user.displayName)).toBe(true);
    expect(results.every((result) => result.reminder !== undefined)).toBe(true);
  }, 60_000);

  it('mails no department that owes nothing for the year', async () => {
    const year = data.reportingYear;
    const rows = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts).departments;
    const owing = rows.filter((row) => row.missing.length > 0);
    const complete = rows.filter((row) => row.missing.length === 0);
    expect(owing.length).toBeGreaterThan(0);
    expect(complete.length).toBeGreaterThan(0);
    const before = (await mailbox()).length;
    // The demo has reminded some departments of this year already.
    const recordsBefore = (await office().reminders.remindersOf(year)).length;
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 1, path: sendMailPath });

    const results = await remind(year, newCreateKey());

    const sent = (await mailbox()).slice(before);
    expect(perDepartment(sent)).toEqual(new Map(owing.map((row) => [row.department.number, 1])));
    expect(results.map((result) => result.row.department.number).sort()).toEqual(owing.map((row) => row.department.number).sort());
    const records = (await office().reminders.remindersOf(year)).slice(recordsBefore);
    expect(records.map((record) => record.departmentId).sort()).toEqual(owing.map((row) => row.department.id).sort());
  }, 60_000);

  it('does not resend a batch whose answer was lost: its departments are "unklar", each got one mail, and each is recorded once', async () => {
    const year = data.reportingYear + 1;
    const before = (await mailbox()).length;
    const recordsBefore = (await office().reminders.remindersOf(year)).length;
    // Graph runs the batch (the mails go out), and the client hears a 504.
    await emulator.injectFault({ status: 504, count: 1, path: '/v1\\.0/\\$batch$', afterProcessing: true });
    const clickId = newCreateKey();

    const results = await remind(year, clickId);

    expect(results.map((result) => result.outcome)).toEqual(Array(12).fill('unknown'));
    expect(results[0].error?.status).toBe(504);
    const sent = (await mailbox()).slice(before);
    expect([...perDepartment(sent).values()]).toEqual(Array(12).fill(1));
    const records = (await office().reminders.remindersOf(year)).slice(recordsBefore);
    expect(records).toHaveLength(12);
    expect(records.every((record) => record.outcome === 'unknown')).toBe(true);
    // The record's key is the click's and the department's: writing the same click again stores nothing new.
    const again = await office().reminders.record([{ departmentId: results[0].row.department.id, year, sentAt: new Date().toISOString(), missingCount: 1, outcome: 'unknown', createKey: reminderKey(clickId, results[0].row.department.id) }]);
    expect(again[0].ok).toBe(true);
    expect((await office().reminders.remindersOf(year)).length).toBe(recordsBefore + 12);
  }, 60_000);

  it("lets a department contact read who was reminded, but SharePoint refuses the contact's create, change and delete (403)", async () => {
    const contact = emulator.people.anyContact();
    const items = `web/GetList('${encodeURIComponent(remindersUrl)}')/items`;
    const before = await rest(coordinator, 'GET', `${items}?$select=Id,Outcome,MissingCount&$top=5000`);
    expect(before.status).toBe(200);
    const known = before.json.value as Array<{ Id: number; Outcome: string; MissingCount: number }>;
    expect(known.length).toBeGreaterThan(0);
    expect((await rest(contact.login, 'GET', `${items}?$select=Id&$top=5000`)).status).toBe(200);

    const department = data.departments.find((candidate) => candidate.number === contact.department)!;
    const create = await rest(contact.login, 'POST', items, {
      Title: 'vom Fachbereich selbst',
      DepartmentId: department.id,
      ReportingYear: data.reportingYear,
      SentAt: new Date().toISOString(),
      MissingCount: 0,
      Outcome: 'gesendet',
      CreateKey: newCreateKey()
    });
    expect(create.status).toBe(403);
    const target = known[0].Id;
    expect((await rest(contact.login, 'POST', `${items}(${target})`, { MissingCount: 0 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(403);
    expect((await rest(contact.login, 'POST', `${items}(${target})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(403);

    const after = await rest(coordinator, 'GET', `${items}?$select=Id,Outcome,MissingCount&$top=5000`);
    expect(after.json.value).toEqual(known);
  });
});
