import '@pnp/sp/webs';
import '@pnp/sp/files';
import { ServiceError, toServiceError } from '../http/serviceError';
import type { SiteLists } from './sp/siteLists';

/** A document of a library as a reader opens it: its name, its version and its bytes. */
export interface DocumentFile {
  readonly serverRelativeUrl: string;
  readonly name: string;
  /** The file's ETag (`"{guid},version"`): a changed file has another one. */
  readonly etag?: string;
  /** ISO timestamp of the last change. */
  readonly modified?: string;
  readonly content: Uint8Array;
}

/**
 * Reads a document by its server-relative URL, as Excel for the web opens a link: the file's
 * properties and content through SharePoint REST, with the signed-in user's rights (a file in a
 * folder the user may not read is "not found", as SharePoint says).
 */
export class DocumentFileReader {
  public constructor(private readonly lists: SiteLists) {}

  public async read(serverRelativeUrl: string): Promise<DocumentFile> {
    if (!serverRelativeUrl.startsWith(`${this.lists.webServerRelativeUrl}/`)) {
      // Another site's file would need another site's rights; the link is wrong rather than the file missing.
      throw new ServiceError(400, `The file ${serverRelativeUrl} is not on this site (${this.lists.webServerRelativeUrl}).`);
    }
    try {
      const file = this.lists.spfi.web.getFileByServerRelativePath(serverRelativeUrl);
      const [info, content] = await Promise.all([file.select('Name', 'ServerRelativeUrl', 'ETag', 'TimeLastModified')<FileInfo>(), file.getBuffer()]);
      return {
        serverRelativeUrl: info.ServerRelativeUrl ?? serverRelativeUrl,
        name: info.Name,
        ...(info.ETag ? { etag: info.ETag } : {}),
        ...(info.TimeLastModified ? { modified: info.TimeLastModified } : {}),
        content: new Uint8Array(content)
      };
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}

interface FileInfo {
  readonly Name: string;
  readonly ServerRelativeUrl?: string;
  readonly ETag?: string;
  readonly TimeLastModified?: string;
}
