import '@pnp/sp/webs';
import '@pnp/sp/files';
import { spPost } from '@pnp/sp';
import { File } from '@pnp/sp/files';
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
 * Documents by their server-relative URL, as Excel for the web opens and saves a link's file: the
 * properties and content through SharePoint REST, with the signed-in user's rights (a file in a
 * folder the user may not read is "not found", as SharePoint says).
 */
export class DocumentFiles {
  public constructor(private readonly lists: SiteLists) {}

  public async read(serverRelativeUrl: string): Promise<DocumentFile> {
    this.checkSite(serverRelativeUrl);
    try {
      const file = this.lists.spfi.web.getFileByServerRelativePath(serverRelativeUrl);
      // The version first: a save between the two reads then makes our next save fail (412) instead of overwriting it.
      const info = await file.select('Name', 'ServerRelativeUrl', 'ETag', 'TimeLastModified')<FileInfo>();
      const content = await file.getBuffer();
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

  /**
   * Replaces the file's content over exactly the version that was read (If-Match), as Excel's
   * autosave does: a version saved by someone else meanwhile (the office refreshed the workbook)
   * fails with 412 and stays as it is. Returns the new version's ETag.
   */
  public async replace(serverRelativeUrl: string, content: Uint8Array, etag: string): Promise<string> {
    await this.overwrite(serverRelativeUrl, content, etag);
    try {
      const { ETag } = await this.lists.spfi.web.getFileByServerRelativePath(serverRelativeUrl).select('ETag')<{ ETag?: string }>();
      if (!ETag) {
        throw new ServiceError(500, `SharePoint named no version of ${serverRelativeUrl} after saving it.`);
      }
      return ETag;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** The content replaced over exactly version `etag` (If-Match), without reading the new version back. */
  public async overwrite(serverRelativeUrl: string, content: Uint8Array, etag: string): Promise<void> {
    this.checkSite(serverRelativeUrl);
    try {
      await spPost(File(this.lists.spfi.web.getFileByServerRelativePath(serverRelativeUrl), '$value'), {
        body: arrayBufferOf(content),
        headers: { 'X-HTTP-Method': 'PUT', 'IF-Match': etag }
      });
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private checkSite(serverRelativeUrl: string): void {
    if (!serverRelativeUrl.startsWith(`${this.lists.webServerRelativeUrl}/`)) {
      // Another site's file would need another site's rights; the link is wrong rather than the file missing.
      throw new ServiceError(400, `The file ${serverRelativeUrl} is not on this site (${this.lists.webServerRelativeUrl}).`);
    }
  }
}

/** The bytes as an ArrayBuffer of their own (an upload body), whatever buffer the view sits on. */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

interface FileInfo {
  readonly Name: string;
  readonly ServerRelativeUrl?: string;
  readonly ETag?: string;
  readonly TimeLastModified?: string;
}
