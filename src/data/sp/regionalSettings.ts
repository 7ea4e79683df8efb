import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/regional-settings/web';
import type { IRegionalSettingsInfo } from '@pnp/sp/regional-settings';
import { ServiceError, toServiceError } from '../../http/serviceError';
import type { RegionalFormat } from './formValues';

/** Where a repository gets the number format its form values must be written in. */
export interface RegionalFormatSource {
  format(): Promise<RegionalFormat>;
}

/**
 * The site's regional settings (`/_api/web/RegionalSettings`), read once and kept: a site owner
 * may set any locale, and AddValidateUpdateItemUsingPath parses numbers with it, so "3,5" is
 * 3.5 on a German site but 35 on an en-US one. A failed read is not kept; the next write asks again.
 */
export class SiteRegionalFormat implements RegionalFormatSource {
  private cached: Promise<RegionalFormat> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public format(): Promise<RegionalFormat> {
    if (!this.cached) {
      this.cached = this.read().catch(async (error: unknown) => {
        this.cached = undefined;
        throw await toServiceError(error);
      });
    }
    return this.cached;
  }

  private async read(): Promise<RegionalFormat> {
    const info = (await this.sp.web.regionalSettings.select('DecimalSeparator')()) as Partial<IRegionalSettingsInfo>;
    return regionalFormatOf(info);
  }
}

/** The format from SharePoint's answer; a missing separator is an error, not a guess (a wrong guess changes every value tenfold). */
export function regionalFormatOf(info: Partial<Pick<IRegionalSettingsInfo, 'DecimalSeparator'>>): RegionalFormat {
  const separator = info.DecimalSeparator;
  if (typeof separator !== 'string' || separator === '' || /\d/.test(separator)) {
    throw new ServiceError(502, `The site's regional settings have no usable decimal separator (${JSON.stringify(separator)}).`);
  }
  return { decimalSeparator: separator };
}

