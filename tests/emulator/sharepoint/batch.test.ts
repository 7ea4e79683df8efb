import { call, coordinator, department50, json, startFixtureEmulator, type Emulator } from './support/harness';

const list = "/web/lists/getbytitle('Ma%C3%9Fnahmen')";

/** A `$batch` body exactly as PnPjs 4.21 writes it: LF endings, absolute URLs, writes in one change set. */
function pnpBatchBody(batchId: string, changeSetId: string, api: string, requests: Array<{ method: string; path: string; body?: unknown; ifMatch?: string }>): string {
  const lines: string[] = [];
  let inChangeSet = false;
  for (const request of requests) {
    if (request.method === 'GET') {
      if (inChangeSet) {
        lines.push(`--changeset_${changeSetId}--\n\n`);
        inChangeSet = false;
      }
      lines.push(`--batch_${batchId}\n`);
    } else {
      if (!inChangeSet) {
        lines.push(`--batch_${batchId}\n`, `Content-Type: multipart/mixed; boundary="changeset_${changeSetId}"\n\n`);
        inChangeSet = true;
      }
      lines.push(`--changeset_${changeSetId}\n`);
    }
    lines.push('Content-Type: application/http\n', 'Content-Transfer-Encoding: binary\n\n');
    lines.push(`${request.method} ${api}${request.path} HTTP/1.1\n`);
    lines.push('accept: application/json\n', 'content-type: application/json;charset=utf-8\n');
    if (request.ifMatch) {
      lines.push(`if-match: ${request.ifMatch}\n`);
    }
    lines.push('\n');
    if (request.body !== undefined) {
      lines.push(`${JSON.stringify(request.body)}\n\n`);
    }
  }
  if (inChangeSet) {
    lines.push(`--changeset_${changeSetId}--\n\n`);
  }
  lines.push(`--batch_${batchId}--\n`);
  return lines.join('');
}

interface PartResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads a flat `--batchresponse_` multipart answer the way PnPjs' batch parser does. */
function parseBatchResponse(text: string): PartResponse[] {
  const boundary = /^--(batchresponse_[0-9a-f-]+)\r?$/m.exec(text)![1];
  expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  return text
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const lines = part.split(/\r?\n/);
      const statusIndex = lines.findIndex((line) => line.startsWith('HTTP/1.1'));
      const status = Number(lines[statusIndex].split(' ')[1]);
      const headers: Record<string, string> = {};
      let i = statusIndex + 1;
      for (; lines[i] !== ''; i += 1) {
        const [name, ...value] = lines[i].split(':');
        headers[name.toLowerCase()] = value.join(':').trim();
      }
      return { status, headers, body: lines.slice(i + 1).join('') };
    });
}

describe('SharePoint $batch', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startFixtureEmulator();
  });
  afterEach(() => emulator.close());

  const sendBatch = async (login: string, requests: Parameters<typeof pnpBatchBody>[3]) => {
    const batchId = '7c4e5a1b-0000-4000-8000-000000000001';
    const response = await call(emulator.api, login, '/$batch', {
      method: 'POST',
      body: pnpBatchBody(batchId, '7c4e5a1b-0000-4000-8000-0000000000cc', emulator.api, requests),
      headers: { 'Content-Type': `multipart/mixed; boundary=batch_${batchId}` }
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    return parseBatchResponse(await response.text());
  };

  it('answers every part on its own, in order; a failing part does not roll back the others', async () => {
    const parts = await sendBatch(coordinator, [
      { method: 'POST', path: `${list}/items`, body: { Title: 'Batch eins', ImportKey: 'B-1' } },
      { method: 'POST', path: `${list}/items`, body: { Title: 'Doppelt', ImportKey: 'M-1' } },
      { method: 'MERGE', path: `${list}/items(1)`, body: { Title: 'Batch geändert' }, ifMatch: '"1"' },
      { method: 'MERGE', path: `${list}/items(2)`, body: { Title: 'veraltet' }, ifMatch: '"7"' },
      { method: 'DELETE', path: `${list}/items(4)`, ifMatch: '*' },
      { method: 'GET', path: `${list}/items?$select=Title&$filter=ImportKey eq 'B-1'` }
    ]);
    expect(parts.map((part) => part.status)).toEqual([201, 400, 204, 412, 204, 200]);
    expect(JSON.parse(parts[0].body)).toMatchObject({ Title: 'Batch eins', Id: 9 });
    expect(JSON.parse(parts[1].body)['odata.error'].code).toContain('SPDuplicateValuesFoundException');
    expect(parts[2].headers.etag).toBe('"2"');
    expect(JSON.parse(parts[5].body).value).toEqual([expect.objectContaining({ Title: 'Batch eins' })]);

    expect((await json(await call(emulator.api, coordinator, `${list}/items(1)`))).Title).toBe('Batch geändert');
    expect((await json(await call(emulator.api, coordinator, `${list}/items(2)`))).Title).toBe('Interkulturelle Öffnung');
    expect((await call(emulator.api, coordinator, `${list}/items(4)`)).status).toBe(404);
  });

  it('applies permissions per part', async () => {
    const parts = await sendBatch(department50, [
      { method: 'MERGE', path: `${list}/items(1)`, body: { Title: 'eigener Fachbereich' }, ifMatch: '*' },
      { method: 'MERGE', path: `${list}/items(3)`, body: { Title: 'fremder Fachbereich' }, ifMatch: '*' }
    ]);
    expect(parts.map((part) => part.status)).toEqual([204, 403]);
    expect((await json(await call(emulator.api, coordinator, `${list}/items(3)`))).Title).toBe("O'Brien-Programm");
  });

  it('handles more than 100 requests in one batch', async () => {
    const requests = Array.from({ length: 120 }, (_, i) => ({ method: 'POST', path: `${list}/items`, body: { Title: `Massen ${i}`, ImportKey: `MASS-${i}` } }));
    const parts = await sendBatch(coordinator, requests);
    expect(parts).toHaveLength(120);
    expect(parts.every((part) => part.status === 201)).toBe(true);
    expect((await json(await call(emulator.api, coordinator, `${list}?$select=ItemCount`))).ItemCount).toBe(128);
  });
});
