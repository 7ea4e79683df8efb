import type { DocumentFiles } from '../data/documentFiles';
import { ServiceError } from '../http/serviceError';
import type { SheetGrid } from './sheetGrid';
import { savedWorkbookContent } from './workbookFileSaving';

export type AutosaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  /** Someone else saved the file meanwhile (412): the page stops saving and keeps its entries. */
  | { readonly kind: 'changedElsewhere' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface WorkbookAutosaveOptions {
  readonly files: Pick<DocumentFiles, 'replace'>;
  readonly serverRelativeUrl: string;
  /** The file as it was read, and its version: the first save replaces exactly that version. */
  readonly content: Uint8Array;
  readonly etag: string;
  readonly grid: Pick<SheetGrid, 'sheetNames' | 'readContent'> & { subscribe(listener: () => void): () => void };
  readonly onStatus: (status: AutosaveStatus) => void;
  /** After a save: the file's new version. */
  readonly onSaved?: (etag: string) => void;
  /** How long the page waits after the last change before it saves (Excel for the web saves within seconds). */
  readonly delayMs?: number;
}

/**
 * Excel for the web's autosave for the workbench's Excel page: a few moments after the user's
 * last change the workbook goes back to its file, over exactly the version read before (If-Match),
 * one save at a time. So what a contact typed is in the file even when they close the page without
 * submitting, and the office's next refresh of the workbook keeps it. A save that finds the file
 * changed elsewhere stops saving (nothing of the other version is overwritten); a failed one is
 * tried again with the next change.
 */
export class WorkbookAutosave {
  private content: Uint8Array;
  private etag: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private isDirty = false;
  private isStopped = false;

  public constructor(private readonly options: WorkbookAutosaveOptions) {
    this.content = options.content;
    this.etag = options.etag;
  }

  /** Saves after each change from now on; the returned function stops it. */
  public start(): () => void {
    const unsubscribe = this.options.grid.subscribe(() => this.schedule());
    return () => {
      unsubscribe();
      this.isStopped = true;
      clearTimeout(this.timer);
    };
  }

  /** Saves what the grid holds now (waiting for a save under way), unless the file changed elsewhere. */
  public async saveNow(): Promise<void> {
    clearTimeout(this.timer);
    this.isDirty = true;
    while (this.running) {
      await this.running;
    }
    if (!this.isDirty || this.isStopped) {
      return;
    }
    this.isDirty = false;
    this.running = this.save().finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  private schedule(): void {
    if (this.isStopped) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), this.options.delayMs ?? 1500);
  }

  private async save(): Promise<void> {
    const { files, serverRelativeUrl, grid, onStatus, onSaved } = this.options;
    try {
      const content = await savedWorkbookContent(this.content, grid);
      if (!content) {
        return;
      }
      onStatus({ kind: 'saving' });
      this.etag = await files.replace(serverRelativeUrl, content, this.etag);
      this.content = content;
      onSaved?.(this.etag);
      onStatus({ kind: 'saved' });
    } catch (error) {
      if (error instanceof ServiceError && error.status === 412) {
        this.isStopped = true;
        clearTimeout(this.timer);
        onStatus({ kind: 'changedElsewhere' });
        return;
      }
      onStatus({ kind: 'failed', error });
    }
  }
}
