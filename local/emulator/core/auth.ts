import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorResponse, EmulatorUser } from './types';
import { json } from './http';

export type Service = 'sharepoint' | 'graph';

export type Authentication = { readonly user: EmulatorUser } | { readonly failure: 'missing' | 'unknown' };

/** Dev-only identity: the bearer token is the user's login. */
export function authenticate(headers: IncomingHttpHeaders, findUser: (login: string) => EmulatorUser | undefined): Authentication {
  const header = headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  if (!match) {
    return { failure: 'missing' };
  }
  const user = findUser(match[1]);
  return user ? { user } : { failure: 'unknown' };
}

// Tenant id of the emulated tenant, as SharePoint names it in the Bearer realm.
const realm = '7a9c1f2e-2b6d-4c1a-9a53-0d1e5c3b8f40';
// SharePoint Online's well-known principal id, sent in its WWW-Authenticate challenge.
const sharePointPrincipal = '00000003-0000-0ff1-ce00-000000000000';

/** 401 in the format of the addressed service: SharePoint challenges with a Bearer realm, Graph answers its error JSON. */
export function unauthorized(service: Service, failure: 'missing' | 'unknown'): EmulatorResponse {
  if (service === 'sharepoint') {
    return json(
      401,
      { error_description: failure === 'missing' ? 'Invalid JWT token. No token was provided.' : 'Invalid JWT token. The user of the token is not known to this site.' },
      {
        'WWW-Authenticate': `Bearer realm="${realm}",client_id="${sharePointPrincipal}",trusted_issuers="00000001-0000-0000-c000-000000000000@*,https://sts.windows.net/*/,https://login.microsoftonline.com/*/v2.0",authorization_uri="https://login.windows.net/common/oauth2/authorize"`,
        'x-ms-diagnostics': '3000006;reason="Token contains invalid signature.";category="invalid_client"'
      }
    );
  }
  return json(401, {
    error: {
      code: 'InvalidAuthenticationToken',
      message: failure === 'missing' ? 'Access token is empty.' : 'Access token validation failure. Invalid audience.',
      innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': cryptoId(), 'client-request-id': cryptoId() }
    }
  });
}

function cryptoId(): string {
  return globalThis.crypto.randomUUID();
}
