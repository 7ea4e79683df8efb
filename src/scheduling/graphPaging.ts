/** The part of a Graph request the product uses. */
export interface GraphRequestLike {
  header(name: string, value: string): GraphRequestLike;
  headers(headers: Record<string, string>): GraphRequestLike;
  get(): Promise<unknown>;
  post(content: unknown): Promise<unknown>;
  patch(content: unknown): Promise<unknown>;
  delete(): Promise<unknown>;
}

/**
 * What the product needs of a Graph client. Stated by shape because SPFx's MSGraphClientV3
 * brings its own copy of the client library, whose classes TypeScript treats as distinct.
 */
export interface GraphApi {
  api(path: string): GraphRequestLike;
}

interface GraphPage<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string;
}

/**
 * Reads every page of a Graph collection, at most `maxPages` of them.
 * The client only parses absolute `https://` links itself (its PageIterator hands an
 * `http://` link to `api()` as a relative path), so the link is made relative to the
 * client's own base before it is followed; against graph.microsoft.com this changes nothing.
 */
export async function getAllPages<T>(client: GraphApi, path: string, options: { maxPages?: number; headers?: Record<string, string> } = {}): Promise<T[]> {
  const maxPages = options.maxPages ?? 50;
  const items: T[] = [];
  let next: string | undefined = path;
  for (let page = 0; next !== undefined; page++) {
    if (page === maxPages) {
      throw new Error(`More than ${maxPages} pages at ${path}; narrow the query.`);
    }
    const request = client.api(next);
    if (options.headers) {
      request.headers(options.headers);
    }
    const response = (await request.get()) as GraphPage<T>;
    items.push(...response.value);
    next = relativeNextLink(response['@odata.nextLink']);
  }
  return items;
}

/** `https://host/v1.0/me/events?$skip=10` → `/me/events?$skip=10` (any scheme and host). */
export function relativeNextLink(link: string | undefined): string | undefined {
  if (!link) {
    return undefined;
  }
  const url = new URL(link);
  const path = url.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '');
  return `${path}${url.search}`;
}
