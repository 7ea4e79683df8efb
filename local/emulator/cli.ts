import path from 'node:path';
import type { SeedName } from '../seed';
import type { SeedBuilder } from './core/seeding';
import { parseTenantProperty, type StorageEntity } from './core/tenantProperties';
import { startEmulator } from './server';
import { regionalSettingsOf, type SiteLocale } from './sharepoint/regional';

interface CliOptions {
  port: number;
  dataDir: string;
  seed: SeedName;
  staticDir?: string;
  schemaDir?: string;
  seedModule?: string;
  siteLocale?: SiteLocale;
  tenantProperties: Record<string, StorageEntity>;
}

const usage = 'usage: emulator --port <port> --data <dir> [--seed demo|empty|large] [--static <dir>] [--schema <dir>] [--seed-module <file exporting buildSeed>] [--site-locale de-DE|en-US] [--tenant-property Key=Value …]';

function parseArgs(argv: readonly string[]): CliOptions {
  const options: Partial<CliOptions> = { seed: 'demo', tenantProperties: {} };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined) {
      throw new Error(`${name} needs a value.\n${usage}`);
    }
    switch (name) {
      case '--port':
        options.port = Number(value);
        break;
      case '--data':
        options.dataDir = path.resolve(value);
        break;
      case '--seed':
        if (!['demo', 'empty', 'large'].includes(value)) {
          throw new Error(`Unknown seed '${value}'.\n${usage}`);
        }
        options.seed = value as SeedName;
        break;
      case '--static':
        options.staticDir = path.resolve(value);
        break;
      case '--schema':
        options.schemaDir = path.resolve(value);
        break;
      case '--seed-module':
        options.seedModule = path.resolve(value);
        break;
      case '--site-locale':
        options.siteLocale = regionalSettingsOf(value as SiteLocale).locale;
        break;
      case '--tenant-property': {
        const [key, entry] = parseTenantProperty(value);
        options.tenantProperties![key] = entry;
        break;
      }
      default:
        throw new Error(`Unknown option ${name}.\n${usage}`);
    }
    i += 1;
  }
  if (options.port === undefined || !Number.isInteger(options.port) || options.port < 0 || options.port > 65535 || !options.dataDir) {
    throw new Error(usage);
  }
  return options as CliOptions;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  // Tests point the emulator at their own schema and seed; by default it uses the solution's.
  const seedBuilder = options.seedModule ? ((await import(options.seedModule)) as { buildSeed: SeedBuilder }).buildSeed : undefined;
  const emulator = await startEmulator({ port: options.port, dataDir: options.dataDir, seed: options.seed, staticDir: options.staticDir, schemaDir: options.schemaDir, seedBuilder, siteLocale: options.siteLocale, tenantProperties: options.tenantProperties });
  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Announced only once the signal handlers are in place, so a supervisor may stop it right away.
  console.log(`listening on ${emulator.url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
