import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorResponse } from './types';

/** Requests larger than this are refused (uploads of generated reports are far smaller). */
const maxBodyBytes = 64 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('Request body too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The URL as the client called it: links the emulator emits (paging, ids) must keep its scheme and host. */
export function requestUrl(req: IncomingMessage, fallbackHost: string): URL {
  const host = typeof req.headers.host === 'string' && req.headers.host !== '' ? req.headers.host : fallbackHost;
  return new URL(req.url ?? '/', `http://${host}`);
}

export function send(res: ServerResponse, response: EmulatorResponse): void {
  const body = response.body === undefined ? undefined : Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
  const headers: Record<string, string | number> = { ...(response.headers ?? {}) };
  if (body !== undefined) {
    headers['Content-Length'] = body.length;
  } else if (response.status !== 204 && response.status !== 304) {
    headers['Content-Length'] = 0;
  }
  res.writeHead(response.status, headers);
  res.end(body);
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
