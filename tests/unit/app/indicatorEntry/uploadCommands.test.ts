import type { Department, IndicatorValueUpsert } from '../../../../src/domain';
import type { CurrentUser } from '../../../../src/data/userRepository';
import type { IndicatorEntryServices } from '../../../../src/app/indicatorEntry/entryServices';
import type { IndicatorValueWriteResult } from '../../../../src/indicatorSheet/submission';
import { LocalPendingStore } from '../../../../src/app/indicatorEntry/localPendingStore';
import { initialSubmissionState, submissionCommands, SubmissionFlowState, submissionReducer } from '../../../../src/app/indicatorEntry/submissionFlow';
import { canSubmitUpload, checkUpload, modelForResume, startEntry, Upload, uploadLockCheck } from '../../../../src/app/indicatorEntry/uploadCommands';
import { demoModel } from '../../indicatorSheet/fixtures';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLocStrings } = require('../../../../scripts/locStrings');

const german = readLocStrings('IndicatorEntryWebPartStrings', 'de-de') as IIndicatorEntryWebPartStrings;

const departments: Department[] = [
  { id: 3, number: '50', name: 'Soziales' },
  { id: 4, number: '51', name: 'Jugend' }
] as Department[];

function services(user: Partial<CurrentUser>, calls: string[] = []): IndicatorEntryServices {
  return {
    locale: 'de-DE',
    users: { currentUser: async () => ({ siteUserId: 1, login: 'ben@stadt.example', displayName: 'Ben', email: '', role: 'department', ...user }) },
    departments: { departments: async () => departments },
    catalogue: {
      planPeriods: async () => {
        calls.push('planPeriods');
        return [];
      }
    }
  } as unknown as IndicatorEntryServices;
}

const texts = {
  NoIndicators: 'Keine Kennzahlen {0}',
  Downloaded: '{0} mit {1} Kennzahlen',
  FileEmpty: 'Die Datei „{0}“ ist leer.',
  NotXlsx: 'Die Datei „{0}“ ist keine Excel-Arbeitsmappe (.xlsx).',
  Unreadable: 'Die Datei „{0}“ ist beschädigt.',
  NoSheet: 'In „{0}“ fehlt das Blatt.',
  Problems: '{0} Probleme in „{1}“',
  CheckNothing: 'Keine Werte in „{0}“',
  CheckClean: 'Keine Probleme in „{0}“: {1} Werte'
};

describe('the upload in the web part', () => {
  it('lets a contact enter only their own department, whatever the link says; a coordinator follows the link', async () => {
    expect((await startEntry(services({ departmentId: 4 }), '50')).departmentId).toBe(4);
    expect((await startEntry(services({ role: 'coordinator' }), '50')).departmentId).toBe(3);
    expect((await startEntry(services({ role: 'coordinator', departmentId: 4 }), '99')).departmentId).toBe(4);
    expect((await startEntry(services({ role: 'coordinator' }), undefined)).departmentId).toBeUndefined();
  });

  it('refuses a file that is no workbook before reading anything from the lists', async () => {
    const calls: string[] = [];
    const file = (name: string, text: string) => ({ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer });
    const notXlsx = await checkUpload(services({ departmentId: 3 }, calls), 3, 2026, file('Kennzahlen.csv', 'a;b'), 'de', texts);
    expect(notXlsx).toEqual({ status: { kind: 'warning', text: 'Die Datei „Kennzahlen.csv“ ist keine Excel-Arbeitsmappe (.xlsx).' } });
    const empty = await checkUpload(services({ departmentId: 3 }, calls), 3, 2026, file('Kennzahlen.xlsx', ''), 'de', texts);
    expect(empty.status).toEqual({ kind: 'warning', text: 'Die Datei „Kennzahlen.xlsx“ ist leer.' });
    expect(calls).toEqual([]);
  });

  it('submits only a clean upload with values while no conflict is open', () => {
    const model = demoModel();
    const clean: Upload = { fileName: 'a.xlsx', model, reading: { values: [{ indicatorId: 11, year: 2026, total: 1 }], problems: [] } };
    expect(canSubmitUpload(clean, 0)).toBe(true);
    expect(canSubmitUpload(clean, 1)).toBe(false);
    expect(canSubmitUpload({ ...clean, reading: { values: [], problems: [] } }, 0)).toBe(false);
    expect(canSubmitUpload({ ...clean, reading: { ...clean.reading, problems: [{ row: 1, column: 'total', message: 'x' }] } }, 0)).toBe(false);
    expect(canSubmitUpload(undefined, 0)).toBe(false);
  });

  it('resumes with the model at hand, without a department with none', async () => {
    const model = demoModel();
    expect(await modelForResume(services({}), model, 3, 2026)).toBe(model);
    expect(await modelForResume(services({}), undefined, undefined, 2026)).toBeUndefined();
  });
});

describe('the lock of the year, read again before an upload is sent', () => {
  /** The reporting year as the office sets it meanwhile, and the values list; every write is recorded. */
  function site(isLocked: boolean) {
    const state = { isLocked, lockReads: 0, writes: [] as IndicatorValueUpsert[], isBusy: false };
    const services = {
      reportingYears: {
        yearOf: async (year: number) => {
          state.lockReads += 1;
          return { year, isLocked: state.isLocked };
        }
      }
    } as unknown as IndicatorEntryServices;
    const writer = {
      write: async (plan: readonly IndicatorValueUpsert[]): Promise<IndicatorValueWriteResult[]> => {
        if (state.isBusy) {
          return plan.map((step) => ({ key: step.key, kind: 'failed', status: 503, message: 'Server busy' }));
        }
        state.writes.push(...plan);
        return plan.map((step, index) =>
          step.action === 'unchanged' ? { key: step.key, kind: 'unchanged', stored: step.existing } : { key: step.key, kind: 'created', stored: { ...step.value, id: 900 + index, etag: '"1"' } }
        );
      }
    };
    return { state, services, writer };
  }

  /** The web part's flow: its lock check and texts, and the browser's storage for the pending submission. */
  function uploadFlow(services: IndicatorEntryServices, writer: { write(plan: readonly IndicatorValueUpsert[]): Promise<IndicatorValueWriteResult[]> }, storage = new Map<string, string>()) {
    let state: SubmissionFlowState = initialSubmissionState;
    const store = new LocalPendingStore(
      { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value), removeItem: (key) => void storage.delete(key) },
      'ben@stadt.example',
      3,
      2026
    );
    const commands = submissionCommands(
      { writer, store, texts: german, lockCheck: uploadLockCheck(services, german), side: { settle: async (model) => ({ model, conflicts: [] }) } },
      () => state,
      (action) => {
        state = submissionReducer(state, action);
      }
    );
    return { commands, store, state: () => state };
  }

  const upload: Upload = { fileName: 'Kennzahlen 2026.xlsx', model: demoModel(), reading: { values: [{ indicatorId: 11, year: 2026, total: 120, female: 60, male: 55, diverse: 1, notStated: 4 }], problems: [] } };

  it('sends an upload of an open year after asking SharePoint that it is still open', async () => {
    const { state, services, writer } = site(false);
    const flow = uploadFlow(services, writer);
    await flow.commands.submit(upload.model, upload.model, upload.reading.values);
    expect(state.lockReads).toBe(1);
    expect(state.writes.map((step) => step.key)).toEqual(['11-2026']);
    expect(flow.state().status.kind).toBe('success');
  });

  it('writes nothing when the office locked the year after the upload was checked, tells the user to upload again and keeps the file\'s values', async () => {
    const { state, services, writer } = site(true);
    const flow = uploadFlow(services, writer);
    await flow.commands.submit(upload.model, upload.model, upload.reading.values);
    expect(state.writes).toEqual([]);
    expect(flow.state().status).toEqual({
      kind: 'warning',
      text: 'Das Berichtsjahr 2026 wurde inzwischen gesperrt. Es wurde nichts gesendet. Bitte laden Sie die Datei erneut hoch; Änderungen sind dann Korrekturen und brauchen eine Begründung im Kommentar.'
    });
    // The checked upload is still there: nothing the user entered is dropped.
    expect(canSubmitUpload(upload, flow.state().conflicts.length)).toBe(true);
  });

  it('writes nothing when the year was unlocked since a locked year\'s upload was checked', async () => {
    const { state, services, writer } = site(false);
    const flow = uploadFlow(services, writer);
    const model = { ...upload.model, lockedYear: { year: 2026, isLocked: true } };
    await flow.commands.submit(model, model, upload.reading.values);
    expect(state.writes).toEqual([]);
    expect(flow.state().status).toEqual({ kind: 'warning', text: 'Die Sperre des Berichtsjahres 2026 wurde inzwischen aufgehoben. Es wurde nichts gesendet. Bitte laden Sie die Datei erneut hoch und senden Sie dann.' });
  });

  it('reads the lock again before continuing an interrupted send, and keeps the pending values in the browser while it changed', async () => {
    const { state, services, writer } = site(false);
    state.isBusy = true;
    const flow = uploadFlow(services, writer);
    await flow.commands.submit(upload.model, upload.model, upload.reading.values);
    expect(flow.state().resumable).toBeDefined();

    state.isBusy = false;
    state.isLocked = true;
    await flow.commands.resume(() => upload.model);
    expect(state.lockReads).toBe(2);
    expect(state.writes).toEqual([]);
    expect(flow.state().status).toMatchObject({ kind: 'warning', text: expect.stringContaining('Das Berichtsjahr 2026 wurde inzwischen gesperrt.') });
    expect((await flow.store.load())?.entries.map((entry) => entry.value.total)).toEqual([120]);

    state.isLocked = false;
    await flow.commands.resume(() => upload.model);
    expect(state.writes.map((step) => step.key)).toEqual(['11-2026']);
    expect(await flow.store.load()).toBeUndefined();
  });

  it('after a reload, compares SharePoint\'s lock with the one the stored values were checked with, not with the model loaded afresh', async () => {
    const { state, services, writer } = site(false);
    state.isBusy = true;
    const browser = new Map<string, string>();
    await uploadFlow(services, writer, browser).commands.submit(upload.model, upload.model, upload.reading.values);
    expect(browser.size).toBe(1);

    // The page is reloaded after the office locked the year: the model the web part loads now is a locked one.
    state.isBusy = false;
    state.isLocked = true;
    const reloaded = uploadFlow(services, writer, browser);
    const lockedNow = { ...upload.model, lockedYear: { year: 2026, isLocked: true } };
    await reloaded.commands.resume(() => lockedNow);
    expect(state.writes).toEqual([]);
    expect(reloaded.state().status).toMatchObject({ kind: 'warning', text: expect.stringContaining('Das Berichtsjahr 2026 wurde inzwischen gesperrt.') });
    expect(await reloaded.store.load()).toBeDefined();
  });
});
