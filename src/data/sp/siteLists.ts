import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { listSpec } from '../../domain';
import type { ListName } from '../../domain';

/**
 * Finds the product's lists by URL (`/sites/x/Lists/Measures`), not by title: titles are
 * German display names that a site owner may rename, URLs stay.
 */
export class SiteLists {
  public constructor(private readonly sp: SPFI, public readonly webServerRelativeUrl: string) {}

  /** Server-relative URL of a list (`/sites/x/Lists/Measures`) or of the report library (`/sites/x/Berichte`). */
  public url(name: ListName): string {
    const spec = listSpec(name);
    if (!spec) {
      throw new Error(`Unknown list ${name}`);
    }
    return `${this.webServerRelativeUrl.replace(/\/$/, '')}/${spec.url}`;
  }

  public list(name: ListName): IList {
    return this.sp.web.getList(this.url(name));
  }

  public folderPath(name: ListName, folderName: string): string {
    return `${this.url(name)}/${folderName}`;
  }

  public get spfi(): SPFI {
    return this.sp;
  }
}

/** `https://host/sites/integration` → `/sites/integration`. */
export function serverRelativeUrlOf(absoluteWebUrl: string): string {
  return new URL(absoluteWebUrl).pathname.replace(/\/$/, '');
}
