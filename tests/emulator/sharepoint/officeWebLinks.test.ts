import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import { officeWebLocation } from '../../../local/emulator/sharepoint/officeWebLinks';
import { fixtureSchemaDir, fixtureSeed } from './support/harness';

const workbook = '/sites/integration/Kennzahlenmappen/50/Kennzahlen 2025 – Fachbereich 50.xlsx';
/** As `workbookOpenLink` writes it into a mail: every path segment encoded. */
const encoded = workbook.split('/').map(encodeURIComponent).join('/');

/**
 * A workbook's `?web=1` link opens it in Excel for the web instead of downloading it; the local
 * stand-in for Excel for the web is the workbench's Excel page with that file.
 */
describe('SharePoint: Office for the web takes over `?web=1` links of workbooks', () => {
  describe('the rule', () => {
    const at = (pathAndQuery: string, method = 'GET'): string | undefined => officeWebLocation(method, new URL(`http://127.0.0.1:1${pathAndQuery}`));

    it('leads a workbook of a library to the workbench Excel page with its decoded server-relative URL', () => {
      const location = at(`${encoded}?web=1`);
      expect(location).toBe(`/?view=excel&file=${encodeURIComponent(workbook).replace(/%20/g, '+')}`);
      expect(new URLSearchParams(location!.slice(1)).get('file')).toBe(workbook);
      expect(at(`${encoded.replace('.xlsx', '.XLSX')}?web=1`)).toBeDefined();
      expect(at(`${encoded}?web=1`, 'HEAD')).toBeDefined();
    });

    it('leaves everything else alone: no web=1, other file types, the REST API, paths outside the site, POST', () => {
      expect(at(encoded)).toBeUndefined();
      expect(at(`${encoded}?web=0`)).toBeUndefined();
      expect(at(`${encoded.replace('.xlsx', '.docx')}?web=1`)).toBeUndefined();
      expect(at('/sites/integration/_api/web/x.xlsx?web=1')).toBeUndefined();
      expect(at('/sites/integration/_layouts/15/x.xlsx?web=1')).toBeUndefined();
      expect(at('/sites/other/Dokumente/x.xlsx?web=1')).toBeUndefined();
      expect(at('/sites/integration/x.xlsx?web=1')).toBeUndefined();
      expect(at('/sites/integration/Kennzahlenmappen/../x.xlsx?web=1')).toBeUndefined();
      expect(at(`${encoded}?web=1`, 'POST')).toBeUndefined();
      expect(at('/sites/integration/Kennzahlenmappen/%E0%A4%A.xlsx?web=1')).toBeUndefined();
    });
  });

  describe('the running emulator', () => {
    let dataDir: string;
    let staticDir: string;
    let url: string;
    let close: () => Promise<void>;

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-officeweb-'));
      staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-officeweb-static-'));
      fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Workbench</title>');
      const emulator = await startEmulator({ port: 0, dataDir, seed: 'empty', staticDir, schemaDir: fixtureSchemaDir, seedBuilder: fixtureSeed });
      url = emulator.url;
      close = emulator.close;
    });
    afterAll(async () => {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(staticDir, { recursive: true, force: true });
    });

    it('answers the mail link with a redirect (no sign-in needed for it), which the browser follows to the workbench', async () => {
      const answer = await fetch(`${url}${encoded}?web=1`, { redirect: 'manual' });
      expect(answer.status).toBe(302);
      const location = answer.headers.get('location')!;
      expect(new URL(location, url).searchParams.get('view')).toBe('excel');
      expect(new URL(location, url).searchParams.get('file')).toBe(workbook);
      const followed = await fetch(`${url}${encoded}?web=1`);
      expect(followed.status).toBe(200);
      expect(followed.url).toBe(`${url}${location}`);
      expect(await followed.text()).toContain('<title>Workbench</title>');
    });

    it('does not take over the file itself, nor the REST API', async () => {
      expect((await fetch(`${url}${encoded}`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${url}/sites/integration/_api/web?web=1`, { redirect: 'manual' })).status).toBe(401);
    });
  });
});
