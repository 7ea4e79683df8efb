import { sendWithPartRetries } from '../http/batchStepRetry';
import { retryAfterOf, RetryPolicy } from '../http/retryPolicy';
import { ServiceError, serviceMessageOf } from '../http/serviceError';
import { BatchStep, BatchStepResult, CalendarService, graphBatchLimit } from './calendarService';

/** Graph actions that only read although they are sent as POST. */
const readActions = /\/(calendar\/getSchedule|findMeetingTimes)$/i;

/**
 * Whether Graph may get the same request twice after a 503, 504 or a lost answer: reads (GET and
 * the read actions sent as POST), and creates carrying a `transactionId`, which Graph answers
 * with the existing event the second time. A PATCH, a cancel, a mail or a create without one may
 * already have happened, so it is not repeated.
 */
export function isRepeatableGraphRequest(method: string, url: string, body: unknown): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') {
    return true;
  }
  if (verb !== 'POST') {
    return false;
  }
  const path = url.split('?')[0];
  if (readActions.test(path)) {
    return true;
  }
  const json = typeof body === 'string' ? parseJson(body) : body;
  if (/\/\$batch$/i.test(path)) {
    const requests = (json as { requests?: unknown } | undefined)?.requests;
    return Array.isArray(requests) && requests.every((request: { method?: string; url?: string; body?: unknown }) => isRepeatableGraphRequest(request.method ?? '', request.url ?? '', request.body));
  }
  const transactionId = (json as { transactionId?: unknown } | undefined)?.transactionId;
  return typeof transactionId === 'string' && transactionId !== '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A failed batch step as a ServiceError with Graph's code, message and Retry-After. */
export function stepError(result: BatchStepResult): ServiceError {
  const { message, code } = serviceMessageOf(result.body);
  return new ServiceError(result.status, message ?? `Graph answered ${result.status}.`, code, retryAfterOf(result.headers));
}

export type StepOutcome = { readonly ok: true; readonly result: BatchStepResult } | { readonly ok: false; readonly error: ServiceError };

export interface StepSendOptions {
  readonly retry?: Partial<RetryPolicy>;
  sleep?(ms: number): Promise<void>;
  /** The number of steps with a final answer. */
  onSettled?(settled: number): void;
  /**
   * Whether a step answered 503 or 504 may be sent again; by default what `isRepeatableGraphRequest`
   * says of the request. A step whose answer proves the service refused it (a throttling 503 with
   * Retry-After) may say so here.
   */
  isRepeatable?(step: BatchStep, answer: BatchStepResult | undefined): boolean;
}

/**
 * Sends the steps as JSON `$batch` requests of 20 and retries the failed steps alone, with the
 * shared policy; one outcome per step id, and the number of `$batch` requests sent.
 */
export async function sendGraphSteps(calendar: CalendarService, steps: readonly BatchStep[], options: StepSendOptions = {}): Promise<{ outcomes: Map<string, StepOutcome>; roundTrips: number }> {
  const { settled, roundTrips } = await sendWithPartRetries(steps, (chunk) => calendar.batch(chunk), {
    chunkSize: graphBatchLimit,
    isRepeatable: (step, answer) => isRepeatableGraphRequest(step.method, step.url, step.body) || (options.isRepeatable?.(step, answer) ?? false),
    policy: options.retry,
    sleep: options.sleep,
    onSettled: options.onSettled
  });
  const outcomes = new Map<string, StepOutcome>();
  for (const [id, part] of settled) {
    if ('error' in part) {
      outcomes.set(id, { ok: false, error: part.error });
    } else if (part.answer.status >= 200 && part.answer.status < 300) {
      outcomes.set(id, { ok: true, result: part.answer });
    } else {
      outcomes.set(id, { ok: false, error: stepError(part.answer) });
    }
  }
  return { outcomes, roundTrips };
}
