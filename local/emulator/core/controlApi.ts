import type { IncomingHttpHeaders } from 'node:http';
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

/**
 * The header every state-changing control request must carry. A web page on another origin
 * cannot add a custom header without a CORS preflight, which the emulator never grants, so an
 * open browser tab cannot reset or fault the user's local data.
 */
export const controlHeader = 'X-Emulator-Control';

/** Hosts the control routes answer to: a page reached through a rebound DNS name carries its own host. */
const loopbackHostnames = ['127.0.0.1', 'localhost', '[::1]'];

/** The request as the control routes see it. */
export interface ControlRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
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

function isLoopbackHost(host: string | undefined, port: number): boolean {
  const value = (host ?? '').toLowerCase();
  return loopbackHostnames.some((name) => value === `${name}:${port}`);
}

/** Why a control request is refused, or undefined when it may go on. */
function refusal(request: ControlRequest, port: number): string | undefined {
  if (!isLoopbackHost(request.headers.host, port)) {
    return `Control requests are answered only for Host 127.0.0.1:${port}, localhost:${port} or [::1]:${port}.`;
  }
  const safe = request.method === 'GET' || request.method === 'HEAD';
  if (!safe && request.headers[controlHeader.toLowerCase()] !== '1') {
    return `State-changing control requests need the header '${controlHeader}: 1'.`;
  }
  return undefined;
}

/**
 * `/_emulator/*`: health, users, reset and seed, fault injection, simulated attendee responses, sent mail.
 * No user token, but a loopback Host with the emulator's own port, and `X-Emulator-Control: 1` on
 * anything but GET.
 */
export async function handleControl(deps: ControlDeps, request: ControlRequest, port: number): Promise<EmulatorResponse> {
  const { method, body } = request;
  const route = `${method} ${request.path.replace(/\/+$/, '')}`;
  const refused = refusal(request, port);
  if (refused !== undefined) {
    return json(403, { error: refused });
  }
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
