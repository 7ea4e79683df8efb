import type { GraphApi } from './graphPaging';
import { ServiceError, toServiceError } from '../http/serviceError';
import { retryAfterOf, RetryPolicy } from '../http/retryPolicy';
import { BatchStep, BatchStepResult, CalendarService } from './calendarService';
import { sendGraphSteps } from './graphBatch';

export interface MailAddress {
  readonly address: string;
  readonly name?: string;
}

export interface OutgoingMail {
  readonly to: readonly MailAddress[];
  readonly subject: string;
  /** HTML, so that the link to the entry is one click. */
  readonly html: string;
}

/**
 * What became of one mail of a batch: accepted by Graph (`sent`), refused without being sent
 * (`failed`: bad recipients, no permission, throttled past the retries), or `unknown`: Graph
 * answered 5xx or the batch request carrying it got no answer, so the mail may have gone out.
 * An unknown mail is not sent again: the sender checks "Gesendete Elemente".
 */
export type MailDelivery =
  | { readonly kind: 'sent' }
  | { readonly kind: 'failed'; readonly error: ServiceError }
  | { readonly kind: 'unknown'; readonly error: ServiceError };

export interface MailBatchOptions {
  readonly retry?: Partial<RetryPolicy>;
  /** Waits between retry rounds; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** The number of mails with a final outcome, after each `$batch` request. */
  onSettled?(settled: number): void;
}

function sendMailBody(mail: OutgoingMail): unknown {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'HTML', content: mail.html },
      toRecipients: mail.to.map((recipient) => ({ emailAddress: { address: recipient.address, ...(recipient.name ? { name: recipient.name } : {}) } }))
    },
    saveToSentItems: true
  };
}

/**
 * A 503 that carries Retry-After is Graph's "come back later" (learn.microsoft.com/graph/throttling):
 * the mail was refused, not sent, and may go again after the wait. A 503 or 504 without it may
 * come after the mail went out, so it is not repeated.
 */
export function isRefusedForNow(answer: BatchStepResult | undefined): boolean {
  return answer !== undefined && answer.status === 503 && retryAfterOf(answer.headers) !== undefined;
}

/**
 * A final failure as the sender must read it: 4xx (429 included) and a 503 with Retry-After were
 * refusals; any other 5xx or no answer leaves open whether the mail went out.
 */
export function deliveryOf(error: ServiceError): MailDelivery {
  const isRefusal = error.status === 503 && error.retryAfterMs !== undefined;
  return !isRefusal && (error.status === 0 || error.status >= 500) ? { kind: 'unknown', error } : { kind: 'failed', error };
}

/** Mail from the signed-in user's Outlook mailbox through Microsoft Graph (delegated Mail.Send). */
export class MailService {
  private readonly batches: CalendarService;

  public constructor(private readonly client: GraphApi) {
    // The JSON `$batch` transport of the booking: one client for calendar and mail steps.
    this.batches = new CalendarService(client);
  }

  /**
   * `POST /me/sendMail`. Graph answers 202 with no body: accepted for delivery, no message id.
   * Throttling (429/503 with Retry-After) is retried by the client's RetryHandler; a request that
   * was refused never reached the outbox, so a retry cannot send twice.
   */
  public async send(mail: OutgoingMail): Promise<void> {
    if (mail.to.length === 0) {
      throw new Error('A mail needs at least one recipient.');
    }
    try {
      await this.client.api('/me/sendMail').post(sendMailBody(mail));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Sends each mail once, as `POST /me/sendMail` steps of JSON `$batch` requests (20 per request).
   * A step refused with 429, or 503 with Retry-After, goes again alone after the wait (the shared
   * policy's attempts); a step Graph accepted is never sent again. A `$batch` request that fails
   * as a whole is not repeated: its mails are `unknown`. One delivery per id.
   */
  public async sendEach(mails: ReadonlyArray<{ readonly id: string; readonly mail: OutgoingMail }>, options: MailBatchOptions = {}): Promise<Map<string, MailDelivery>> {
    const deliveries = new Map<string, MailDelivery>();
    const steps: BatchStep[] = [];
    const seen = new Set<string>();
    for (const { id, mail } of mails) {
      if (seen.has(id)) {
        throw new Error(`Two mails with the id ${id}: each mail of a batch needs its own.`);
      }
      seen.add(id);
      if (mail.to.length === 0) {
        deliveries.set(id, { kind: 'failed', error: new ServiceError(400, 'The mail has no recipient.', 'noRecipient') });
      } else {
        steps.push({ id, method: 'POST', url: '/me/sendMail', body: sendMailBody(mail) });
      }
    }
    if (steps.length === 0) {
      return deliveries;
    }
    const { outcomes } = await sendGraphSteps(this.batches, steps, {
      retry: options.retry,
      sleep: options.sleep,
      onSettled: options.onSettled,
      isRepeatable: (_step, answer) => isRefusedForNow(answer)
    });
    for (const step of steps) {
      const outcome = outcomes.get(step.id);
      if (!outcome) {
        deliveries.set(step.id, { kind: 'unknown', error: new ServiceError(0, 'Graph did not answer this mail.', 'missingResponse') });
      } else {
        deliveries.set(step.id, outcome.ok ? { kind: 'sent' } : deliveryOf(outcome.error));
      }
    }
    return deliveries;
  }
}
