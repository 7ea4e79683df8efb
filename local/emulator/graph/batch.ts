import type { IncomingHttpHeaders } from 'node:http';
import { badRequest, GraphError, graphErrorBody } from './errors';
import { readJsonObject } from './requestBody';
import type { GraphCall, GraphResult } from './types';
import type { InjectedFault } from '../core/faults';

/** Graph's JSON batching limit. */
export const maxBatchRequests = 20;

interface BatchStep {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

export type Dispatch = (call: GraphCall) => GraphResult;
export type TakeFault = (pathAndQuery: string) => InjectedFault | undefined;

const writeMethods = new Set(['POST', 'PATCH', 'PUT']);

function readSteps(json: Record<string, unknown>): BatchStep[] {
  const requests = json.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw badRequest('Invalid batch payload format.');
  }
  if (requests.length > maxBatchRequests) {
    throw badRequest(`The number of requests in a batch exceeds the limit of ${maxBatchRequests}.`);
  }
  const seen = new Set<string>();
  const steps = requests.map((entry): BatchStep => {
    const request = (entry ?? {}) as Record<string, unknown>;
    const id = request.id;
    if (typeof id !== 'string' || id === '') {
      throw badRequest('Each request in a batch needs a non-empty id.');
    }
    if (seen.has(id.toLowerCase())) {
      throw badRequest(`Batch request ids must be unique; '${id}' is used twice.`);
    }
    seen.add(id.toLowerCase());
    if (typeof request.method !== 'string' || typeof request.url !== 'string') {
      throw badRequest(`Batch request '${id}' needs a method and a url.`);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((request.headers ?? {}) as Record<string, unknown>)) {
      headers[name.toLowerCase()] = String(value);
    }
    const method = request.method.toUpperCase();
    // Graph refuses the whole batch when a write lacks its body or Content-Type.
    if (writeMethods.has(method) && (request.body === undefined || headers['content-type'] === undefined)) {
      throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
    }
    const dependsOn = request.dependsOn === undefined ? [] : request.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((dependency) => typeof dependency !== 'string')) {
      throw badRequest(`The dependsOn of batch request '${id}' must be a collection of request ids.`);
    }
    return { id, method, url: request.url, headers, body: request.body, dependsOn: dependsOn as string[] };
  });
  for (const step of steps) {
    for (const dependency of step.dependsOn) {
      if (!seen.has(dependency.toLowerCase()) || dependency.toLowerCase() === step.id.toLowerCase()) {
        throw badRequest(`Batch request '${step.id}' depends on '${dependency}', which is not in the batch.`);
      }
    }
  }
  return steps;
}

/** Steps in an order that runs every dependency first, otherwise in the order given; cycles are refused. */
function executionOrder(steps: readonly BatchStep[]): BatchStep[] {
  const ordered: BatchStep[] = [];
  const placed = new Set<string>();
  while (ordered.length < steps.length) {
    const next = steps.find((step) => !placed.has(step.id.toLowerCase()) && step.dependsOn.every((dependency) => placed.has(dependency.toLowerCase())));
    if (!next) {
      throw badRequest('The dependsOn of the batch requests form a cycle.');
    }
    ordered.push(next);
    placed.add(next.id.toLowerCase());
  }
  return ordered;
}

/** `/me/events`, `me/events`, `/v1.0/me/events` or an absolute URL → path and query below /v1.0. */
function innerTarget(url: string): { path: string; search: string } {
  let relative = url.trim().replace(/^[a-z]+:\/\/[^/]+/i, '');
  if (!relative.startsWith('/')) {
    relative = `/${relative}`;
  }
  relative = relative.replace(/^\/v1\.0(?=\/|\?|$)/i, '');
  const queryStart = relative.indexOf('?');
  const path = queryStart === -1 ? relative : relative.slice(0, queryStart);
  const search = queryStart === -1 ? '' : relative.slice(queryStart);
  return { path: path === '' ? '/' : path, search };
}

function bodyBuffer(body: unknown): Buffer {
  if (body === undefined || body === null) {
    return Buffer.alloc(0);
  }
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
}

/** Graph's codes and messages for the statuses tests inject. */
function faultError(status: number): { code: string; message: string } {
  switch (status) {
    case 429:
      return { code: 'TooManyRequests', message: 'Too many requests.' };
    case 503:
      return { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable.' };
    case 504:
      return { code: 'gatewayTimeout', message: 'The gateway timed out.' };
    default:
      return { code: 'generalException', message: 'The request failed (injected fault).' };
  }
}

/** An injected fault as the answer of one batch step; Graph throttles the steps of a batch one by one, each with its own Retry-After. */
function faultStepResult(fault: InjectedFault & { status: number }, now: Date): GraphResult {
  const { code, message } = faultError(fault.status);
  return {
    status: fault.status,
    headers: { 'Content-Type': 'application/json', ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}) },
    json: graphErrorBody(code, message, now)
  };
}

/**
 * POST /$batch: each request answered on its own, in request order, `{responses:[{id,status,headers,body}]}`.
 * A request whose dependency failed is not run and answers 424. Injected faults match each step's
 * `/v1.0/<path><query>`; an `afterProcessing` fault runs the step and then replaces its answer.
 */
export function executeBatch(call: GraphCall, dispatch: Dispatch, takeFault?: TakeFault): GraphResult {
  const steps = readSteps(readJsonObject(call.body));
  const outcomes = new Map<string, { status: number; headers: Record<string, string>; body?: unknown }>();
  for (const step of executionOrder(steps)) {
    const failedDependency = step.dependsOn.find((dependency) => (outcomes.get(dependency.toLowerCase())?.status ?? 0) >= 400);
    if (failedDependency !== undefined) {
      outcomes.set(step.id.toLowerCase(), {
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: graphErrorBody('FailedDependency', `The request was not executed because the request '${failedDependency}' it depends on failed.`, call.now)
      });
      continue;
    }
    const { path, search } = innerTarget(step.url);
    const fault = takeFault?.(`/v1.0${path}${search}`);
    let result: GraphResult;
    if (fault?.status !== undefined && !fault.afterProcessing) {
      result = faultStepResult({ ...fault, status: fault.status }, call.now);
    } else if (/^\/\$batch$/i.test(path)) {
      result = { status: 400, headers: {}, json: graphErrorBody('BadRequest', 'A batch request cannot contain another batch request.', call.now) };
    } else {
      const url = new URL(`${call.serviceRoot}${path}${search}`);
      const inner: GraphCall = {
        method: step.method,
        url,
        segments: path.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment)),
        query: new URLSearchParams(url.search),
        headers: step.headers as IncomingHttpHeaders,
        body: bodyBuffer(step.body),
        user: call.user,
        serviceRoot: call.serviceRoot,
        now: call.now
      };
      try {
        result = dispatch(inner);
      } catch (error) {
        if (!(error instanceof GraphError)) {
          throw error;
        }
        result = { status: error.status, headers: error.headers, json: graphErrorBody(error.code, error.message, call.now) };
      }
      if (fault?.status !== undefined) {
        result = faultStepResult({ ...fault, status: fault.status }, call.now);
      }
    }
    // The Graph client's BatchResponseContent only turns the body back into JSON when the key is exactly "Content-Type".
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(result.headers ?? {})) {
      headers[name.toLowerCase() === 'content-type' ? 'Content-Type' : name] = value;
    }
    if (result.json !== undefined && headers['Content-Type'] === undefined) {
      headers['Content-Type'] = 'application/json';
    }
    outcomes.set(step.id.toLowerCase(), result.json === undefined ? { status: result.status, headers } : { status: result.status, headers, body: result.json });
  }
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8' },
    json: { responses: steps.map((step) => ({ id: step.id, ...outcomes.get(step.id.toLowerCase()) })) }
  };
}
