import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';

/**
 * Finds the product's lists by URL (`/sites/x/Lists/Measures`), not by title: titles are
 * German display names that a site owner may rename, URLs stay.
 */
export class SiteLists {
  public constructor(private readonly sp: SPFI, public readonly webServerRelativeUrl: string) {}

  public url(listUrlName: string): string {
    // Document libraries live at the web root (`/sites/x/Berichte`), lists under /Lists.
    const path = listUrlName.includes('/') ? listUrlName : `Lists/${listUrlName}`;
    return `${this.webServerRelativeUrl.replace(/\/$/, '')}/${path}`;
  }

  public list(listUrlName: string): IList {
    return this.sp.web.getList(this.url(listUrlName));
  }

  public folderPath(listUrlName: string, folderName: string): string {
    return `${this.url(listUrlName)}/${folderName}`;
  }

  public get spfi(): SPFI {
    return this.sp;
  }
}

/** `https://host/sites/integration` → `/sites/integration`. */
export function serverRelativeUrlOf(absoluteWebUrl: string): string {
  return new URL(absoluteWebUrl).pathname.replace(/\/$/, '');
}
