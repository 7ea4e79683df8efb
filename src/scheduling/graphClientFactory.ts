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

/** Where Graph is and how to get a token for it, outside SharePoint (local workbench, tests, scripts). */
export interface GraphEndpoint {
  /** `https://graph.microsoft.com` for the real service, the emulator's origin locally. */
  readonly baseUrl: string;
  readonly getToken: () => Promise<string>;
  /** Retries on 429/503/504, honouring Retry-After (the client's RetryHandler caps this at 10). */
  readonly maxRetries?: number;
  /** Initial back-off in seconds when the service sends no Retry-After. */
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

/** The Graph client with its documented middleware chain: auth → retry → redirect → telemetry → fetch. */
export function createGraphClient(endpoint: GraphEndpoint): Client {
  const origin = new URL(endpoint.baseUrl).origin;
  const chain: Middleware[] = [
    new BearerTokenHandler(origin, endpoint.getToken),
    new RetryHandler(new RetryHandlerOptions(endpoint.retryDelaySeconds ?? 3, endpoint.maxRetries ?? 3)),
    new RedirectHandler(),
    new TelemetryHandler(),
    new HTTPMessageHandler()
  ];
  for (let i = 0; i < chain.length - 1; i++) {
    chain[i].setNext!(chain[i + 1]);
  }
  return Client.initWithMiddleware({ middleware: chain[0], baseUrl: `${origin}/`, defaultVersion: 'v1.0' });
}
