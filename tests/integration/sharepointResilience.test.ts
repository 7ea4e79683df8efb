import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { toServiceError } from '../../src/http/serviceError';
import { writeInBatches } from '../../src/data/sp/batchWriter';
import { readIndicatorValues } from '../../src/data/indicatorValueQueries';
import { MeetingRepository } from '../../src/data/meetingRepository';
import { SiteLists, serverRelativeUrlOf } from '../../src/data/sp/siteLists';
import { newTransactionId, type NewMeetingRecord } from '../../src/domain/meetings';

const sitePath = '/sites/integration';
const batchPath = '_api/\\$batch';

describe('PnPjs against the local SharePoint: throttling', () => {
  const emulator = useTestEmulator();

  it('retries a 429 after the Retry-After the service asks for, to success', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 1, count: 2, path: 'Lists(/|%2F)Departments' });
    const started = Date.now();
    const departments = await emulator.sp(coordinator).web.getList('/sites/integration/Lists/Departments').items.select('Title')();
    expect(departments.length).toBeGreaterThan(0);
    // Two throttled answers, each asking to wait one second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('gives up after its bounded attempts and reports the 429 to the caller', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 10, path: 'Lists(/|%2F)Goals' });
    const failure = await emulator
      .sp(coordinator)
      .web.getList('/sites/integration/Lists/Goals')
      .items()
      .then(
        () => undefined,
        (error: unknown) => toServiceError(error)
      );
    expect(failure?.status).toBe(429);
    expect(failure?.isThrottled).toBe(true);
  });

  async function conceptTitles(prefix: string): Promise<string[]> {
    const rows = await emulator.sp(coordinator).web.getList(`${sitePath}/Lists/Concepts`).items.select('Title').filter(`startswith(Title,'${prefix}')`)<Array<{ Title: string }>>();
    return rows.map((row) => row.Title);
  }

  it('repeats a throttled create (429): SharePoint refused it before doing anything', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 1, path: 'Lists(/|%2F)Concepts' });
    await emulator.sp(coordinator).web.getList(`${sitePath}/Lists/Concepts`).items.add({ Title: 'Konzept gedrosselt', ConceptYear: 2030 });
    expect(await conceptTitles('Konzept gedrosselt')).toEqual(['Konzept gedrosselt']);
  });

  it('does not repeat a create without key whose answer was lost (503): one item, and the caller hears of the 503', async () => {
    await emulator.injectFault({ status: 503, count: 1, path: 'Lists(/|%2F)Concepts', afterProcessing: true });
    const failure = await emulator
      .sp(coordinator)
      .web.getList(`${sitePath}/Lists/Concepts`)
      .items.add({ Title: 'Konzept verloren', ConceptYear: 2030 })
      .then(() => undefined, toServiceError);
    expect(failure?.status).toBe(503);
    expect(await conceptTitles('Konzept verloren')).toEqual(['Konzept verloren']);
  });

  it('does not repeat a $batch of creates without key after a 503: each item once, each part reported failed', async () => {
    await emulator.injectFault({ status: 503, count: 1, path: batchPath, afterProcessing: true });
    const listUrl = `${sitePath}/Lists/Concepts`;
    const outcomes = await writeInBatches(
      emulator.sp(coordinator),
      [1, 2, 3].map((i) => ({ kind: 'add' as const, listUrl, fields: { Title: `Konzept Stapel ${i}`, ConceptYear: 2030 } }))
    );
    expect(outcomes.map((outcome) => !outcome.ok && outcome.error.status)).toEqual([503, 503, 503]);
    expect((await conceptTitles('Konzept Stapel')).sort()).toEqual(['Konzept Stapel 1', 'Konzept Stapel 2', 'Konzept Stapel 3']);
  });

  it('repeats a $batch of creates keyed by a unique column after a lost answer, and the read-back finds every record once', async () => {
    const repository = new MeetingRepository(new SiteLists(emulator.sp(coordinator), serverRelativeUrlOf(emulator.siteUrl)));
    const meetings: NewMeetingRecord[] = [1, 2, 3].map((i) => ({
      kind: 'agreement',
      subject: `Schlüsseltermin ${i}`,
      departmentId: i,
      year: 2031,
      start: `2031-03-0${i}T10:00`,
      end: `2031-03-0${i}T11:00`,
      attendees: ['fb50@stadt.example'],
      isOnlineMeeting: false,
      transactionId: newTransactionId('agreement', 2031, i, () => crypto.randomUUID())
    }));
    await emulator.injectFault({ status: 503, count: 1, path: batchPath, afterProcessing: true });
    const recorded = await repository.record(meetings);
    expect(recorded.map((record) => record.transactionId)).toEqual(meetings.map((meeting) => meeting.transactionId));
    const stored = (await repository.meetingsOf(2031)).filter((record) => record.subject.startsWith('Schlüsseltermin'));
    expect(stored.map((record) => record.subject).sort()).toEqual(['Schlüsseltermin 1', 'Schlüsseltermin 2', 'Schlüsseltermin 3']);
    expect(new Set(recorded.map((record) => record.id))).toEqual(new Set(stored.map((record) => record.id)));

    // Without a lost answer: the repeat is what stores them (a failed part would fail the call).
    const more = meetings.map((meeting, i) => ({ ...meeting, subject: `Schlüsseltermin ${i + 4}`, transactionId: newTransactionId('agreement', 2031, i + 4, () => crypto.randomUUID()) }));
    await emulator.injectFault({ status: 503, count: 1, path: batchPath });
    expect((await repository.record(more)).map((record) => record.subject)).toEqual(['Schlüsseltermin 4', 'Schlüsseltermin 5', 'Schlüsseltermin 6']);
  });

  it('repeats a $batch of reads after a 503', async () => {
    const lists = new SiteLists(emulator.sp(coordinator), serverRelativeUrlOf(emulator.siteUrl));
    const indicatorIds = (await emulator.sp(coordinator).web.getList(`${sitePath}/Lists/Indicators`).items.select('Id').top(5)<Array<{ Id: number }>>()).map((row) => row.Id);
    const before = await readIndicatorValues(lists, indicatorIds, 2000);
    expect(before.length).toBeGreaterThan(0);
    await emulator.injectFault({ status: 503, count: 1, path: batchPath });
    const after = await readIndicatorValues(lists, indicatorIds, 2000);
    expect(after.map((value) => value.id).sort()).toEqual(before.map((value) => value.id).sort());
  });
});
