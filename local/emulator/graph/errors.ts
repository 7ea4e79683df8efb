import { randomUUID } from 'node:crypto';

/**
 * Graph's error body: `{"error":{"code","message","innerError":{…}}}`. The Graph JS client
 * (GraphErrorHandler) reads `code` and `message` from it, and the product shows them.
 */
export interface GraphErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: { readonly date: string; readonly 'request-id': string; readonly 'client-request-id': string };
  };
}

/** A failure that ends a Graph request with `status` and Graph's error body. Thrown by validators, caught by the router. */
export class GraphError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export function graphErrorBody(code: string, message: string, now: Date, clientRequestId?: string): GraphErrorBody {
  const requestId = clientRequestId ?? randomUUID();
  return {
    error: {
      code,
      message,
      innerError: { date: now.toISOString().slice(0, 19), 'request-id': requestId, 'client-request-id': requestId }
    }
  };
}

// The codes and messages below are the ones Microsoft Graph v1.0 answers with for the same mistakes.

export function badRequest(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

export function invalidRequest(message: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', message);
}

export function unreadableJson(): GraphError {
  return new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
}

export function unknownSegment(segment: string): GraphError {
  return new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

export function methodNotAllowed(): GraphError {
  return new GraphError(405, 'Request_BadRequest', 'The requested HTTP method is not supported for this resource.');
}

export function itemNotFound(): GraphError {
  return new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}

export function userNotFound(id: string): GraphError {
  return new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
}

export function invalidUser(id: string): GraphError {
  return new GraphError(404, 'ErrorInvalidUser', `The requested user '${id}' is invalid.`);
}

export function accessDenied(): GraphError {
  return new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
}

export function timeZoneNotSupported(name: unknown): GraphError {
  return new GraphError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${String(name ?? '')}'.`);
}

export function unknownProperty(property: string, type: string): GraphError {
  return new GraphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${property}' on type 'microsoft.graph.${type}'.`);
}

export function propertyNotOnType(property: string, type: string): GraphError {
  return new GraphError(
    400,
    'BadRequest',
    `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`
  );
}

export function invalidFilter(): GraphError {
  return new GraphError(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
}
