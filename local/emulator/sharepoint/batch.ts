import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { spErrors } from './errors';

/** One request inside a `$batch` body. */
export interface BatchPart {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface BatchPartResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Requests per `$batch` accepted before refusing (SharePoint's documented limit is 100 per change set). */
export const maxBatchParts = 1000;

const reasons: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable'
};

export function reasonPhrase(status: number): string {
  return reasons[status] ?? 'Unknown';
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? match[1] ?? match[2] : undefined;
}

/** Splits `text` at `--boundary` lines; the closing `--boundary--` ends it. */
function splitMultipart(text: string, boundary: string): string[] {
  const lines = text.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) {
      if (current) {
        parts.push(current.join('\n'));
      }
      current = undefined;
      break;
    }
    if (trimmed === `--${boundary}`) {
      if (current) {
        parts.push(current.join('\n'));
      }
      current = [];
      continue;
    }
    current?.push(line.replace(/\r$/, ''));
  }
  if (current) {
    parts.push(current.join('\n'));
  }
  return parts;
}

function splitHead(text: string): { headers: IncomingHttpHeaders; rest: string } {
  const lines = text.split('\n');
  const headers: IncomingHttpHeaders = {};
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.trim() === '') {
      i += 1;
      break;
    }
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return { headers, rest: lines.slice(i).join('\n') };
}

function parseHttpPart(text: string): BatchPart {
  const { rest } = splitHead(text);
  const lines = rest.split('\n');
  const requestLine = lines.shift() ?? '';
  const match = /^([A-Z]+)\s+(.+?)\s+HTTP\/\d\.\d$/i.exec(requestLine.trim());
  if (!match) {
    throw spErrors.badRequest(`The batch request line '${requestLine.trim()}' is not valid.`);
  }
  const { headers, rest: body } = splitHead(lines.join('\n'));
  return { method: match[1].toUpperCase(), url: match[2], headers, body: Buffer.from(body.replace(/\n+$/, ''), 'utf8') };
}

/**
 * Parses a `$batch` body as PnPjs 4 sends it: LF line endings, absolute URLs, writes grouped
 * in change sets, the verb (MERGE, DELETE) on the request line.
 */
export function parseBatch(contentType: string | undefined, body: Buffer): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) {
    throw spErrors.badRequest('The $batch request needs a multipart/mixed Content-Type with a boundary.');
  }
  const parts: BatchPart[] = [];
  for (const part of splitMultipart(body.toString('utf8'), boundary)) {
    const { headers, rest } = splitHead(part);
    const changeSet = boundaryOf(String(headers['content-type'] ?? ''));
    if (changeSet && String(headers['content-type']).toLowerCase().startsWith('multipart/mixed')) {
      for (const inner of splitMultipart(rest, changeSet)) {
        parts.push(parseHttpPart(inner));
      }
    } else if (part.trim() !== '') {
      parts.push(parseHttpPart(part));
    }
    if (parts.length > maxBatchParts) {
      throw spErrors.badRequest(`A $batch may hold at most ${maxBatchParts} requests.`);
    }
  }
  return parts;
}

/**
 * The flat response SharePoint sends: one `--batchresponse_…` part per request, in order,
 * each with its own status line, even for requests that were sent in a change set.
 */
export function formatBatchResponse(responses: readonly BatchPartResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const crlf = '\r\n';
  const chunks: string[] = [];
  for (const response of responses) {
    chunks.push(`--${boundary}${crlf}Content-Type: application/http${crlf}Content-Transfer-Encoding: binary${crlf}${crlf}`);
    chunks.push(`HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}${crlf}`);
    for (const [name, value] of Object.entries(response.headers)) {
      chunks.push(`${name}: ${value}${crlf}`);
    }
    chunks.push(`${crlf}${response.body}${crlf}`);
  }
  chunks.push(`--${boundary}--${crlf}`);
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: chunks.join('') };
}
