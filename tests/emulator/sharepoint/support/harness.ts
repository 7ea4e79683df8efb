import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SeedData, SeedItem } from '../../../../local/seed/types';
import type { SeedName } from '../../../../local/seed';
import { startEmulator } from '../../../../local/emulator/server';

export const coordinator = 'koordination@stadt.example';
export const department50 = 'anna.schmidt@stadt.example';
export const department32 = 'ben.mueller@stadt.example';
export const fixtureSchemaDir = path.join(__dirname, 'schema');

/** Measures in the 'large' fixture seed: just above SharePoint's list view threshold. */
export const largeMeasureCount = 5100;

const ownersGroup = 'Integrationsplanung Besitzer';
const membersGroup = 'Integrationsplanung Mitglieder';

/** A small, deterministic seed in the shape of local/seed, independent of the product's demo data. */
export function fixtureSeed(name: SeedName): SeedData {
  const departmentFolder = (number: string) => ({
    list: 'Measures',
    name: number,
    roleAssignments: [
      { group: ownersGroup, role: 'Full Control' as const },
      { group: `FB ${number} Mitglieder`, role: 'Contribute' as const },
      { group: membersGroup, role: 'Read' as const }
    ]
  });
  const measures: SeedItem[] =
    name === 'empty'
      ? []
      : [
          { folder: '50', fields: { Title: 'Sprachkurse für Eltern', MeasureNumber: '1.1', LeadDepartmentId: 1, InvolvedDepartmentsId: [1, 2], MeasureStatus: 'geplant', Contact: department50, ImportKey: 'M-1', TargetYear: 2021, IsPriority: true, DueDate: '2021-03-15T00:00:00Z' } },
          { folder: '50', fields: { Title: 'Interkulturelle Öffnung', MeasureNumber: '1.2', LeadDepartmentId: 1, InvolvedDepartmentsId: [], MeasureStatus: 'umgesetzt', ImportKey: 'M-2', TargetYear: 2019, IsPriority: false } },
          { folder: '32', fields: { Title: "O'Brien-Programm", MeasureNumber: '2.1', LeadDepartmentId: 2, InvolvedDepartmentsId: [2], MeasureStatus: 'in Umsetzung', Contact: department32, ImportKey: 'M-3', TargetYear: 2020, IsPriority: true } },
          { folder: '32', fields: { Title: 'Ausbildungspaten', MeasureNumber: '2.2', LeadDepartmentId: 2, MeasureStatus: 'geplant', ImportKey: 'M-4', TargetYear: 2022 } },
          { folder: 'intern', fields: { Title: 'Interne Abstimmung', MeasureNumber: '9.9', MeasureStatus: 'geplant', ImportKey: 'M-5' } }
        ];
  if (name === 'large') {
    for (let i = 0; i < largeMeasureCount - 5; i += 1) {
      const department = i % 2 === 0 ? '50' : '32';
      measures.push({ folder: department, fields: { Title: `Maßnahme ${i}`, MeasureNumber: `L.${i}`, LeadDepartmentId: department === '50' ? 1 : 2, MeasureStatus: i % 3 === 0 ? 'umgesetzt' : 'geplant', ImportKey: `L-${i}`, TargetYear: 2000 + (i % 30) } });
    }
  }
  return {
    roleDefinitions: [],
    users: [
      { login: coordinator, displayName: 'Büro für Integration', role: 'coordinator', department: null },
      { login: department50, displayName: 'Anna Schmidt', role: 'department', department: '50', jobTitle: 'Sachbearbeiterin' },
      { login: department32, displayName: 'Ben Müller', role: 'department', department: '32' }
    ],
    groups: [
      { title: ownersGroup, members: [coordinator] },
      { title: membersGroup, members: [department50, department32] },
      { title: 'FB 50 Mitglieder', members: [department50] },
      { title: 'FB 32 Mitglieder', members: [department32] }
    ],
    webRoleAssignments: [
      { group: ownersGroup, role: 'Full Control' },
      { group: membersGroup, role: 'Read' }
    ],
    folders: [departmentFolder('50'), departmentFolder('32'), { list: 'Measures', name: 'intern', roleAssignments: [{ group: ownersGroup, role: 'Full Control' }] }],
    lists: {
      Departments: [
        { fields: { Title: 'Jugend, Schule und Sport', DepartmentNumber: '50' } },
        { fields: { Title: 'Ordnung und Bürgerservice', DepartmentNumber: '32' } }
      ],
      Measures: measures
    },
    calendars: {}
  };
}

export interface Emulator {
  readonly url: string;
  readonly api: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function startFixtureEmulator(seed: SeedName = 'demo', dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-emulator-'))): Promise<Emulator> {
  const emulator = await startEmulator({ port: 0, dataDir, seed, schemaDir: fixtureSchemaDir, seedBuilder: fixtureSeed });
  return {
    url: emulator.url,
    api: `${emulator.url}/sites/integration/_api`,
    dataDir,
    async close() {
      await emulator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

export interface CallOptions {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly accept?: string;
}

/** A raw REST call as `login`; JSON bodies are serialised, light JSON is asked for unless `accept` says otherwise. */
export async function call(base: string, login: string | undefined, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json', ...(options.headers ?? {}) };
  if (login) {
    headers.Authorization = `Bearer ${login}`;
  }
  let body: string | Buffer | undefined;
  if (options.body !== undefined) {
    body = Buffer.isBuffer(options.body) || typeof options.body === 'string' ? (options.body as string | Buffer) : JSON.stringify(options.body);
    headers['Content-Type'] = headers['Content-Type'] ?? 'application/json;charset=utf-8';
  }
  return fetch(path.startsWith('http') ? path : `${base}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
}

export async function json<T = any>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`Not JSON (${response.status}): ${text.slice(0, 300)}`);
  }
}
