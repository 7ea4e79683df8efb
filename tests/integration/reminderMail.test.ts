import { coordinator, useTestEmulator } from './support/testEmulator';
import { MailService } from '../../src/scheduling/reminderMail';
import { ServiceError } from '../../src/http/serviceError';
import { loadDashboard } from '../../src/app/indicatorDashboard/dashboardData';
import { completenessOf, entryLink, reminderMail } from '../../src/app/indicatorDashboard/dashboardModel';

interface SentMessage {
  subject: string;
  from: { emailAddress: { address: string } };
  body: { contentType: string; content: string };
  toRecipients: Array<{ emailAddress: { address: string; name?: string } }>;
}

describe('reminder mail through the real Graph client against the local Graph', () => {
  const emulator = useTestEmulator();

  async function sentMail(): Promise<SentMessage[]> {
    const response = await fetch(`${emulator.url}/_emulator/mail`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { value: SentMessage[] }).value;
  }

  it('reminds a department of its missing values for a year, once, despite a 429 on the first attempt', async () => {
    const services = emulator.services(coordinator);
    const data = await loadDashboard(services, new Date());
    // The year being collected now: every department with reporting measures still owes all of its values.
    const year = data.reportingYear + 1;
    const completeness = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts);
    const row = completeness.departments.find((candidate) => candidate.missing.length > 0 && candidate.recipients.length > 0);
    expect(row).toBeDefined();
    const link = entryLink('http://127.0.0.1:3000/?view=excel&year={year}', year, row!.department);
    const before = (await sentMail()).length;

    await emulator.injectFault({ status: 429, retryAfter: 1, count: 1, path: '/v1\\.0/me/sendMail$' });
    await services.mail.send(reminderMail(row!, year, link, data.user.displayName));

    const sent = (await sentMail()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].from.emailAddress.address).toBe(coordinator);
    expect(sent[0].toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual(row!.recipients.map((recipient) => recipient.address));
    expect(sent[0].subject).toContain(`Kennzahlen ${year}`);
    expect(sent[0].body.contentType).toBe('html');
    expect(sent[0].body.content).toContain(`href="http://127.0.0.1:3000/?view=excel&amp;year=${year}"`);
    for (const missing of row!.missing) {
      expect(sent[0].body.content).toContain(missing.indicator.title.replace(/&/g, '&amp;'));
    }
  });

  it('answers sendMail with 202 and no body, as Graph does', async () => {
    const response = await fetch(`${emulator.url}/v1.0/me/sendMail`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: { subject: 'Test', body: { contentType: 'Text', content: 'Hallo' }, toRecipients: [{ emailAddress: { address: 'anna.schmidt@stadt.example' } }] } })
    });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    const last = (await sentMail()).at(-1)!;
    expect(last.subject).toBe('Test');
    expect(last.body).toEqual({ contentType: 'text', content: 'Hallo' });
  });

  it("refuses a message without valid recipients with Graph's error, and sends nothing", async () => {
    const mail = new MailService(emulator.graph(coordinator));
    const before = (await sentMail()).length;
    const failure = await mail.send({ to: [{ address: 'not an address' }], subject: 'x', html: '<p>x</p>' }).then(
      () => undefined,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).status).toBe(400);
    expect((failure as ServiceError).code).toBe('ErrorInvalidRecipients');
    expect((await sentMail()).length).toBe(before);
  });

  it('reports throttling that outlasts the retries, and nothing is sent', async () => {
    const mail = new MailService(emulator.graph(coordinator));
    const before = (await sentMail()).length;
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 10, path: '/v1\\.0/me/sendMail$' });
    const failure = await mail.send({ to: [{ address: 'anna.schmidt@stadt.example' }], subject: 'x', html: '<p>x</p>' }).then(
      () => undefined,
      (error: unknown) => error
    );
    expect((failure as ServiceError).isThrottled).toBe(true);
    await emulator.clearFaults();
    expect((await sentMail()).length).toBe(before);
  });

  it("rejects sending from someone else's mailbox", async () => {
    const response = await fetch(`${emulator.url}/v1.0/users/anna.schmidt@stadt.example/sendMail`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'ben.mueller@stadt.example' } }] } })
    });
    expect(response.status).toBe(403);
  });
});
