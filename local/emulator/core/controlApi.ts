import type { SeedName } from '../../seed';
import { FaultInjector } from './faults';
import { json } from './http';
import type { EmulatorResponse, EmulatorUser } from './types';

export interface ControlDeps {
  readonly faults: FaultInjector;
  users(): EmulatorUser[];
  reset(seed: SeedName | undefined): Promise<void>;
  simulateResponse(body: unknown): EmulatorResponse;
  sentMail(): readonly unknown[];
}

const seedNames = new Set<string>(['demo', 'empty', 'large']);

function parseBody(body: Buffer): unknown {
  const text = body.toString('utf8').trim();
  return text === '' ? {} : JSON.parse(text);
}

function seedOf(body: unknown, required: boolean): SeedName | undefined {
  const seed = (body as { seed?: unknown } | null)?.seed;
  if (seed === undefined && !required) {
    return undefined;
  }
  if (typeof seed !== 'string' || !seedNames.has(seed)) {
    throw new Error('"seed" must be one of demo, empty, large.');
  }
  return seed as SeedName;
}

/** `/_emulator/*`: health, users, reset and seed, fault injection, simulated attendee responses, sent mail. No token needed. */
export async function handleControl(deps: ControlDeps, method: string, path: string, body: Buffer): Promise<EmulatorResponse> {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /_emulator/health':
        return json(200, { ok: true });
      case 'GET /_emulator/users':
        return json(
          200,
          deps.users().map((user) => ({ login: user.login, displayName: user.displayName, role: user.role, department: user.department }))
        );
      case 'POST /_emulator/reset':
        await deps.reset(seedOf(parseBody(body), false));
        return json(200, { ok: true });
      case 'POST /_emulator/seed':
        await deps.reset(seedOf(parseBody(body), true));
        return json(200, { ok: true });
      case 'POST /_emulator/faults':
        deps.faults.add(FaultInjector.validate(parseBody(body)));
        return json(200, { ok: true });
      case 'DELETE /_emulator/faults':
        deps.faults.clear();
        return json(200, { ok: true });
      case 'GET /_emulator/mail':
        return json(200, { value: deps.sentMail() });
      case 'POST /_emulator/responses':
        return deps.simulateResponse(parseBody(body));
      default:
        return json(404, { error: `No control endpoint ${route}.` });
    }
  } catch (error) {
    return json(400, { error: error instanceof Error ? error.message : String(error) });
  }
}
