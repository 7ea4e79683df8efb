import { spfi, SPFI, SPFx, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { DefaultParse, Queryable } from '@pnp/queryable';
import { TimelinePipe } from '@pnp/core';
import type { ISPFXContext } from '@pnp/sp';
import { ResilientFetch, ResilientFetchOptions } from './resilientFetch';

/** Where SharePoint is and who asks: a site URL and a bearer token source (emulator, scripts, Excel add-in). */
export interface TokenSiteConfig {
  readonly siteUrl: string;
  readonly getToken: () => Promise<string>;
  readonly retry?: ResilientFetchOptions;
}

/** Inside SharePoint and Teams: PnPjs' SPFx behaviour (cookie auth, page digest), with bounded retries. */
export function createSpForSpfx(context: ISPFXContext, retry?: ResilientFetchOptions): SPFI {
  return spfi().using(SPFx(context), ResilientFetch(retry));
}

/** Outside SharePoint pages: the same PnPjs pipeline, authenticated with a bearer token. */
export function createSpForToken(config: TokenSiteConfig): SPFI {
  return spfi(config.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    ResilientFetch(config.retry),
    DefaultParse(),
    RequestDigest(),
    BearerTokenFrom(config.getToken)
  );
}

function BearerTokenFrom(getToken: () => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async function (url: URL, init: RequestInit): Promise<[URL, RequestInit]> {
      const headers = (init.headers ?? {}) as Record<string, string>;
      headers.Authorization = `Bearer ${await getToken()}`;
      init.headers = headers;
      return [url, init];
    });
    return instance;
  };
}
