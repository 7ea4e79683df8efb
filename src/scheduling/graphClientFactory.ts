import {
  Client,
  Context,
  HTTPMessageHandler,
  Middleware,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler
} from '@microsoft/microsoft-graph-client';
import type { FetchOptions } from '@microsoft/microsoft-graph-client';
import { defaultRetryPolicy, mayRetry } from '../http/retryPolicy';
import { isRepeatableGraphRequest } from './graphBatch';

/** Where Graph is and how to get a token for it, outside SharePoint (local workbench, tests, scripts). */
export interface GraphEndpoint {
  /** `https://graph.microsoft.com` for the real service, the emulator's origin locally. */
  readonly baseUrl: string;
  readonly getToken: () => Promise<string>;
  /** Retries after the first try; default from the shared policy (the client's RetryHandler caps this at 10). */
  readonly maxRetries?: number;
  /** Initial back-off in seconds when the service sends no Retry-After; default from the shared policy. */
  readonly retryDelaySeconds?: number;
}

/**
 * Attaches the bearer token to requests for the configured Graph origin only.
 * The client's own AuthenticationHandler only does so for https hosts, which would leave the
 * local emulator (plain http on 127.0.0.1, so the browser needs no certificate) without a token.
 */
class BearerTokenHandler implements Middleware {
  private nextMiddleware: Middleware | undefined;

  public constructor(private readonly origin: string, private readonly getToken: () => Promise<string>) {}

  public async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin === this.origin) {
      const options = context.options ?? {};
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${await this.getToken()}`);
      options.headers = headers;
      context.options = options;
    }
    if (!this.nextMiddleware) {
      throw new Error('BearerTokenHandler needs a next middleware');
    }
    await this.nextMiddleware.execute(context);
  }

  public setNext(next: Middleware): void {
    this.nextMiddleware = next;
  }
}

/**
 * The client's RetryHandler, configured from the shared policy (src/http/retryPolicy): it
 * retries 429, 503 and 504 honouring Retry-After; `shouldRetry` keeps it from repeating a
 * request whose repeat could do the work twice (a POST without transactionId after a 503/504).
 */
export function graphRetryOptions(endpoint: Pick<GraphEndpoint, 'maxRetries' | 'retryDelaySeconds'> = {}): RetryHandlerOptions {
  const shouldRetry = (_delay: number, _attempt: number, request: RequestInfo, options: FetchOptions | undefined, response: Response): boolean => {
    const method = options?.method ?? (typeof request === 'string' ? 'GET' : request.method);
    const url = typeof request === 'string' ? request : request.url;
    return mayRetry(response.status, isRepeatableGraphRequest(method, new URL(url).pathname, options?.body));
  };
  const options = new RetryHandlerOptions(
    endpoint.retryDelaySeconds ?? defaultRetryPolicy.backoffMs / 1000,
    endpoint.maxRetries ?? defaultRetryPolicy.attempts - 1,
    shouldRetry
  );
  // The handler's own cap is 180 s; ours is the policy's. An own property, because the handler copies its options with Object.assign.
  options.getMaxDelay = () => defaultRetryPolicy.maxWaitMs / 1000;
  return options;
}

/** The Graph client with its documented middleware chain: auth → retry → redirect → telemetry → fetch. */
export function createGraphClient(endpoint: GraphEndpoint): Client {
  const origin = new URL(endpoint.baseUrl).origin;
  const chain: Middleware[] = [
    new BearerTokenHandler(origin, endpoint.getToken),
    new RetryHandler(graphRetryOptions(endpoint)),
    new RedirectHandler(),
    new TelemetryHandler(),
    new HTTPMessageHandler()
  ];
  for (let i = 0; i < chain.length - 1; i++) {
    chain[i].setNext!(chain[i + 1]);
  }
  return Client.initWithMiddleware({ middleware: chain[0], baseUrl: `${origin}/`, defaultVersion: 'v1.0' });
}
