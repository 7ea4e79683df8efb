/** What a raw REST call answered: the status and the body as JSON (empty for none). */
export interface RawRestAnswer {
  readonly status: number;
  readonly json: Record<string, unknown>;
}

/**
 * A plain REST call to the site's `_api/<path>` as `login`, without the product's client: what a
 * department contact could send by hand. The answer's status is SharePoint's own.
 */
export async function rawRest(siteUrl: string, login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> {
  const response = await fetch(`${siteUrl}/_api/${path}`, {
    method,
    headers: { Authorization: `Bearer ${login}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
