import type { Department } from '../../../../src/domain';
import type { CurrentUser } from '../../../../src/data/userRepository';
import type { IndicatorEntryServices } from '../../../../src/app/indicatorEntry/entryServices';
import { canSubmitUpload, checkUpload, modelForResume, startEntry, Upload } from '../../../../src/app/indicatorEntry/uploadCommands';
import { demoModel } from '../../indicatorSheet/fixtures';

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
