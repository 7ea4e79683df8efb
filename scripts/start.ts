// `npm start`: the local workbench on demo data. Builds the workbench page, starts the local
// SharePoint/Graph emulator with it on one origin (so the browser needs neither CORS nor a
// certificate) and keeps the data in .data/ between runs.
import path from 'node:path';
import { startEmulator } from '../local/emulator/server';
import { siteUrlPropertyKey } from '../src/hosts/siteUrlProperty';
import { writeDemoWorkbooks } from './demoWorkbooks';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWorkbench } = require('./buildWorkbench');

const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4800);
  const staticDir = path.join(root, 'temp', 'workbench');
  process.stdout.write('Building the workbench page … ');
  await buildWorkbench(staticDir);
  console.log('done.');
  // The set-up script stores the site's URL as a tenant property (for personal tabs, which run
  // on the root site); the local SharePoint answers it on the host the browser called.
  const emulator = await startEmulator({ port, dataDir: path.join(root, '.data', 'emulator'), seed: 'demo', staticDir, tenantProperties: { [siteUrlPropertyKey]: '/sites/integration' } });
  console.log(`listening on ${emulator.url}`);
  console.log('');
  console.log(`Integrationsplanung 365 – local workbench: ${emulator.url}/`);
  console.log('Demo data lives in .data/ (delete the folder to start afresh). Stop with Ctrl+C.');
  // As the office's "open year" would: each department's workbook of the open year, with the pane's parts.
  writeDemoWorkbooks(emulator.url).then(console.log, (error: unknown) => console.error(`Department workbooks not written: ${error instanceof Error ? error.message : String(error)}`));
  const stop = (): void => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (/EADDRINUSE/.test(message)) {
    console.error(`Port ${process.env.PORT ?? 4800} is in use. Start on another one with: PORT=4801 npm start`);
  } else {
    console.error(message);
  }
  process.exit(1);
});
