import { defaultRetryPolicy, mayRetry, retryAfterOf, RetryPolicy, retryWaitMs } from './retryPolicy';
import { ServiceError, toServiceError } from './serviceError';

/** One part's answer inside a batch answer: its own status and headers (Retry-After included). */
export interface PartAnswer {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
}

/** A part's final answer (2xx or a refusal that would not change), or the failure of the batch request that carried it. */
export type SettledPart<A extends PartAnswer> = { readonly answer: A } | { readonly error: ServiceError };

export interface PartRetryOptions<P, A extends PartAnswer = PartAnswer> {
  /** Parts per batch request (Graph: 20). */
  readonly chunkSize: number;
  /**
   * Whether a part may be sent again after a 503, 504 or no answer (see mayRetry); 429 always may.
   * The part's answer is given where one came, for parts that tell a refusal by it.
   */
  isRepeatable(part: P, answer?: A): boolean;
  readonly policy?: Partial<RetryPolicy>;
  /** Waits between rounds; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** The number of parts with a final answer, after each batch request. */
  onSettled?(settled: number): void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the parts in batch requests of `chunkSize` and sends the failed parts again, alone, in
 * the next round, after the longest Retry-After among them: the client's RetryHandler only
 * sees the batch request, whose answer is 200 even when every part in it was throttled. At most
 * `policy.attempts` rounds. A batch request that fails as a whole has been retried by the client
 * already, so its parts fail with that error instead of a second loop on top.
 * `roundTrips` counts the batch requests sent.
 */
export async function sendWithPartRetries<P extends { readonly id: string }, A extends PartAnswer>(
  parts: readonly P[],
  send: (chunk: readonly P[]) => Promise<A[]>,
  options: PartRetryOptions<P, A>
): Promise<{ settled: Map<string, SettledPart<A>>; roundTrips: number }> {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.policy };
  const sleep = options.sleep ?? defaultSleep;
  const settled = new Map<string, SettledPart<A>>();
  let roundTrips = 0;
  let pending = parts;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const again: P[] = [];
    let wait = 0;
    for (let offset = 0; offset < pending.length; offset += options.chunkSize) {
      const chunk = pending.slice(offset, offset + options.chunkSize);
      roundTrips += 1;
      let answers: A[];
      try {
        answers = await send(chunk);
      } catch (error) {
        const failure = await toServiceError(error);
        chunk.forEach((part) => settled.set(part.id, { error: failure }));
        options.onSettled?.(settled.size);
        continue;
      }
      const byId = new Map(answers.map((answer) => [answer.id, answer]));
      for (const part of chunk) {
        const answer = byId.get(part.id);
        if (!answer) {
          settled.set(part.id, { error: new ServiceError(0, 'The batch answer has no response for this request.', 'missingResponse') });
        } else if (attempt < policy.attempts && mayRetry(answer.status, options.isRepeatable(part, answer))) {
          again.push(part);
          wait = Math.max(wait, retryWaitMs(attempt, retryAfterOf(answer.headers), policy));
        } else {
          settled.set(part.id, { answer });
        }
      }
      options.onSettled?.(settled.size);
    }
    if (again.length > 0) {
      await sleep(wait);
    }
    pending = again;
  }
  return { settled, roundTrips };
}
