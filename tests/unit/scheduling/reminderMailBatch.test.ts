import type { GraphApi, GraphRequestLike } from '../../../src/scheduling/graphPaging';
import { MailService, OutgoingMail } from '../../../src/scheduling/reminderMail';
import { ServiceError } from '../../../src/http/serviceError';

interface Step {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly body: { message: { subject: string } };
}
type StepAnswer = { status: number; headers?: Record<string, string> };
/** Per `$batch` request (1-based) and step id: the step's answer; or `'lost'`: the request fails as a whole after the mails went out. */
type Script = (call: number, id: string) => StepAnswer | 'lost';

/**
 * A Graph client whose `$batch` answers from a script, keeping what reached "the outbox": a step
 * answered 2xx, or any step of a batch whose answer was lost, counts as a mail sent.
 */
function scriptedGraph(script: Script): { graph: GraphApi; batches: Step[][]; delivered: string[] } {
  const batches: Step[][] = [];
  const delivered: string[] = [];
  const request = (path: string): GraphRequestLike => ({
    header: () => request(path),
    headers: () => request(path),
    get: async () => undefined,
    patch: async () => undefined,
    delete: async () => undefined,
    post: async (content: unknown) => {
      expect(path).toBe('/$batch');
      const steps = (content as { requests: Step[] }).requests;
      expect(steps.length).toBeLessThanOrEqual(20);
      batches.push(steps);
      const call = batches.length;
      const answers = steps.map((step) => ({ step, answer: script(call, step.id) }));
      if (answers.some(({ answer }) => answer === 'lost')) {
        delivered.push(...steps.map((step) => step.id));
        throw new ServiceError(504, 'The gateway timed out.');
      }
      const responses = answers.map(({ step, answer }) => {
        const { status, headers } = answer as StepAnswer;
        if (status >= 200 && status < 300) delivered.push(step.id);
        return { id: step.id, status, headers: headers ?? {}, body: status >= 400 ? { error: { code: `e${status}`, message: `failed with ${status}` } } : undefined };
      });
      return { responses };
    }
  });
  return { graph: { api: request }, batches, delivered };
}

const mail = (n: number): { id: string; mail: OutgoingMail } => ({ id: String(n), mail: { to: [{ address: `fb${n}@stadt.example` }], subject: `Kennzahlen FB ${n}`, html: '<p>x</p>' } });
const noWait = { sleep: async () => undefined };
const counts = (ids: readonly string[]): Map<string, number> => ids.reduce((map, id) => map.set(id, (map.get(id) ?? 0) + 1), new Map<string, number>());

describe('reminder mails as JSON $batch of sendMail', () => {
  it('sends 25 mails in batches of 20 and 5, each as POST /me/sendMail with its own subject', async () => {
    const { graph, batches, delivered } = scriptedGraph(() => ({ status: 202 }));
    const deliveries = await new MailService(graph).sendEach(Array.from({ length: 25 }, (_, index) => mail(index + 1)), noWait);
    expect(batches.map((batch) => batch.length)).toEqual([20, 5]);
    expect(batches[0][0]).toMatchObject({ method: 'POST', url: '/me/sendMail', body: { message: { subject: 'Kennzahlen FB 1' }, saveToSentItems: true } });
    expect([...deliveries.values()].every((delivery) => delivery.kind === 'sent')).toBe(true);
    expect(delivered).toHaveLength(25);
  });

  it('retries a part throttled with 429 or 503 + Retry-After alone, after the longest wait asked for, and never resends a sent part', async () => {
    const waits: number[] = [];
    const { graph, batches, delivered } = scriptedGraph((call, id) => {
      if (call === 1 && id === '2') return { status: 429, headers: { 'Retry-After': '3' } };
      if (call === 1 && id === '3') return { status: 503, headers: { 'Retry-After': '5' } };
      if (call === 2 && id === '3') return { status: 429, headers: { 'Retry-After': '1' } };
      return { status: 202 };
    });
    const deliveries = await new MailService(graph).sendEach([1, 2, 3, 4].map(mail), { sleep: async (ms) => void waits.push(ms) });
    expect(batches.map((batch) => batch.map((step) => step.id))).toEqual([['1', '2', '3', '4'], ['2', '3'], ['3']]);
    expect(waits).toEqual([5000, 1000]);
    expect([...deliveries.entries()].map(([id, delivery]) => [id, delivery.kind])).toEqual([['1', 'sent'], ['2', 'sent'], ['3', 'sent'], ['4', 'sent']]);
    expect([...counts(delivered).values()].every((times) => times === 1)).toBe(true);
  });

  it('gives up on a part still throttled after the policy\'s attempts: failed, not sent', async () => {
    const { graph, batches } = scriptedGraph((_call, id) => (id === '1' ? { status: 429, headers: { 'Retry-After': '0' } } : { status: 202 }));
    const deliveries = await new MailService(graph).sendEach([1, 2].map(mail), { ...noWait, retry: { attempts: 3 } });
    expect(batches.map((batch) => batch.length)).toEqual([2, 1, 1]);
    expect(deliveries.get('1')).toMatchObject({ kind: 'failed', error: { status: 429 } });
    expect(deliveries.get('2')).toEqual({ kind: 'sent' });
  });

  it('does not repeat a part answered 503 without Retry-After or 504: its outcome is unknown', async () => {
    const { graph, batches } = scriptedGraph((_call, id) => (id === '1' ? { status: 503 } : id === '2' ? { status: 504 } : { status: 202 }));
    const deliveries = await new MailService(graph).sendEach([1, 2, 3].map(mail), noWait);
    expect(batches).toHaveLength(1);
    expect(deliveries.get('1')).toMatchObject({ kind: 'unknown', error: { status: 503 } });
    expect(deliveries.get('2')).toMatchObject({ kind: 'unknown', error: { status: 504 } });
    expect(deliveries.get('3')).toEqual({ kind: 'sent' });
  });

  it('reports a refused part (400) as failed and sends it no more', async () => {
    const { graph, batches } = scriptedGraph((_call, id) => (id === '1' ? { status: 400 } : { status: 202 }));
    const deliveries = await new MailService(graph).sendEach([1, 2].map(mail), noWait);
    expect(batches).toHaveLength(1);
    expect(deliveries.get('1')).toMatchObject({ kind: 'failed', error: { status: 400, serviceMessage: 'failed with 400' } });
  });

  it('does not repeat a batch request that failed as a whole: its mails are unknown, the other batches are unaffected, and no mail goes twice', async () => {
    const { graph, batches, delivered } = scriptedGraph((call, id) => (call === 1 ? 'lost' : id === '22' && call === 2 ? { status: 429, headers: { 'Retry-After': '0' } } : { status: 202 }));
    const deliveries = await new MailService(graph).sendEach(Array.from({ length: 24 }, (_, index) => mail(index + 1)), noWait);
    expect(batches.map((batch) => batch.length)).toEqual([20, 4, 1]);
    for (let n = 1; n <= 20; n++) expect(deliveries.get(String(n))).toMatchObject({ kind: 'unknown', error: { status: 504 } });
    for (let n = 21; n <= 24; n++) expect(deliveries.get(String(n))).toEqual({ kind: 'sent' });
    // Never two mails to one recipient: each id reached the outbox exactly once.
    expect(counts(delivered)).toEqual(new Map(Array.from({ length: 24 }, (_, index) => [String(index + 1), 1])));
  });

  it('sends nothing for a mail without recipients, and refuses two mails with one id', async () => {
    const { graph, batches } = scriptedGraph(() => ({ status: 202 }));
    const service = new MailService(graph);
    const deliveries = await service.sendEach([{ id: 'x', mail: { to: [], subject: 's', html: '' } }], noWait);
    expect(deliveries.get('x')).toMatchObject({ kind: 'failed', error: { code: 'noRecipient' } });
    expect(batches).toHaveLength(0);
    await expect(service.sendEach([mail(1), mail(1)], noWait)).rejects.toThrow('Two mails with the id 1');
    expect(batches).toHaveLength(0);
  });
});
