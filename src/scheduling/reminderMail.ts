import type { GraphApi } from './graphPaging';
import { toServiceError } from '../http/serviceError';

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

/** Mail from the signed-in user's Outlook mailbox through Microsoft Graph (delegated Mail.Send). */
export class MailService {
  public constructor(private readonly client: GraphApi) {}

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
      await this.client.api('/me/sendMail').post({
        message: {
          subject: mail.subject,
          body: { contentType: 'HTML', content: mail.html },
          toRecipients: mail.to.map((recipient) => ({ emailAddress: { address: recipient.address, ...(recipient.name ? { name: recipient.name } : {}) } }))
        },
        saveToSentItems: true
      });
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
