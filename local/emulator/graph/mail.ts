import { randomUUID } from 'node:crypto';
import type { DurableState, EmulatorUser } from '../core/types';
import type { Journal } from '../core/journal';
import { GraphError, badRequest } from './errors';
import { readBoolean, readJsonObject } from './requestBody';
import type { GraphCall, GraphResult } from './types';

export const mailNamespace = 'mail';

export interface MailRecipient {
  readonly emailAddress: { readonly name?: string; readonly address: string };
}

/** A message as `sendMail` accepted it, with what the tests need to read it back. */
export interface SentMessage {
  readonly id: string;
  readonly sentDateTime: string;
  readonly from: MailRecipient;
  readonly subject: string;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly toRecipients: readonly MailRecipient[];
  readonly ccRecipients: readonly MailRecipient[];
  readonly bccRecipients: readonly MailRecipient[];
  readonly importance: string;
  readonly saveToSentItems: boolean;
}

interface MailOp {
  readonly kind: 'mail';
  readonly message: SentMessage;
}

function isMailOp(op: unknown): op is MailOp {
  const candidate = op as Partial<MailOp> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.kind === 'mail' && typeof candidate.message === 'object';
}

// Exchange's answers to the mistakes a client can make in a sendMail payload.
function invalidRecipients(message: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRecipients', message);
}

const addressPattern = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

function readRecipients(value: unknown, property: string): MailRecipient[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw badRequest(`The property '${property}' must be a collection of recipient objects.`);
  }
  return value.map((entry) => {
    const emailAddress = (entry as { emailAddress?: { name?: unknown; address?: unknown } } | null)?.emailAddress;
    const address = typeof emailAddress?.address === 'string' ? emailAddress.address.trim() : '';
    if (!addressPattern.test(address)) {
      throw invalidRecipients(`At least one recipient is not valid., Recipient '${address}' is not resolved. All recipients must be resolved before a message can be submitted.`);
    }
    return { emailAddress: { ...(typeof emailAddress?.name === 'string' ? { name: emailAddress.name } : {}), address } };
  });
}

function readBody(value: unknown): SentMessage['body'] {
  if (value === undefined || value === null) {
    return { contentType: 'text', content: '' };
  }
  const { contentType, content } = value as { contentType?: unknown; content?: unknown };
  const type = typeof contentType === 'string' ? contentType.toLowerCase() : 'text';
  if (type !== 'text' && type !== 'html') {
    throw badRequest(`Requested value '${String(contentType)}' was not found.`);
  }
  return { contentType: type, content: typeof content === 'string' ? content : '' };
}

/**
 * `POST /me/sendMail` (and `/users/{id}/sendMail` for oneself): accepted with 202 and no body, as
 * Graph does; the message is journalled so that tests can read what was sent
 * (`GET /_emulator/mail`). Nothing is delivered anywhere.
 */
export class MailOutbox implements DurableState {
  public readonly namespace = mailNamespace;
  private readonly messages: SentMessage[] = [];

  public constructor(private readonly journal: Journal) {
    journal.register(this);
  }

  public apply(op: unknown): void {
    if (!isMailOp(op)) {
      throw new Error(`Unknown ${mailNamespace} journal entry: ${JSON.stringify(op).slice(0, 200)}`);
    }
    this.messages.push(op.message);
  }

  public reset(): void {
    this.messages.length = 0;
  }

  public sendMail(call: GraphCall, sender: EmulatorUser): GraphResult {
    const payload = readJsonObject(call.body);
    const message = payload.message;
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      throw badRequest("The property 'message' is required and must be a message object.");
    }
    const fields = message as Record<string, unknown>;
    const toRecipients = readRecipients(fields.toRecipients, 'toRecipients');
    const ccRecipients = readRecipients(fields.ccRecipients, 'ccRecipients');
    const bccRecipients = readRecipients(fields.bccRecipients, 'bccRecipients');
    if (toRecipients.length + ccRecipients.length + bccRecipients.length === 0) {
      throw invalidRecipients('At least one recipient is required, but none were found.');
    }
    const sent: SentMessage = {
      id: randomUUID(),
      sentDateTime: call.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      from: { emailAddress: { name: sender.displayName, address: sender.mail } },
      subject: typeof fields.subject === 'string' ? fields.subject : '',
      body: readBody(fields.body),
      toRecipients,
      ccRecipients,
      bccRecipients,
      importance: typeof fields.importance === 'string' ? fields.importance : 'normal',
      saveToSentItems: payload.saveToSentItems === undefined ? true : readBoolean(payload.saveToSentItems, 'saveToSentItems')
    };
    this.journal.record(this.namespace, { kind: 'mail', message: sent } satisfies MailOp);
    return { status: 202 };
  }

  /** Every message sent since the last reset, oldest first. */
  public sent(): readonly SentMessage[] {
    return [...this.messages];
  }
}
