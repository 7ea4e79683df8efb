import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import { maxMinutesBytes, minutesExtensions, minutesFileProblem } from '../domain';
import type { MinutesFileProblem } from '../domain';
import { ServiceError, toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { isLostAnswer } from './sp/keyedCreate';

/** A document attached to a session's item. */
export interface MinutesFile {
  readonly name: string;
  readonly serverRelativeUrl: string;
}

export interface MinutesUpload {
  readonly name: string;
  readonly content: Blob | ArrayBuffer | Uint8Array;
}

function sizeOf(content: MinutesUpload['content']): number {
  return content instanceof ArrayBuffer ? content.byteLength : content instanceof Uint8Array ? content.byteLength : content.size;
}

const problemMessages: Readonly<Record<MinutesFileProblem, string>> = {
  empty: 'Die Datei ist leer: bitte das Protokoll erneut speichern und hochladen.',
  tooLarge: `Die Datei ist größer als ${maxMinutesBytes / 1024 / 1024} MB: bitte als PDF verkleinern oder aufteilen.`,
  type: `Als Protokoll gehen nur ${minutesExtensions.join(', ')}: bitte die Datei in eines dieser Formate umwandeln.`,
  name: 'Der Dateiname enthält Zeichen, die SharePoint nicht annimmt (" * : < > ? / \\ | # %): bitte die Datei umbenennen.'
};

/**
 * The minutes of the sessions as attachments of their BodySessions items (AttachmentFiles). The
 * list's permissions hold for them too: the office attaches and removes, departments read.
 * Downloads go through the authenticated client, since a plain link carries no token outside
 * SharePoint pages.
 */
export class SessionMinutesRepository {
  public constructor(private readonly lists: SiteLists) {}

  public async minutesOf(sessionId: number): Promise<MinutesFile[]> {
    try {
      const files = await this.attachments(sessionId)();
      return files.map((file) => ({ name: file.FileName, serverRelativeUrl: file.ServerRelativeUrl }));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Attaches a file after checking name, type and size (nothing is sent otherwise). A file of the
   * same name is never overwritten: the office renames the new one or removes the old one first.
   * When the answer was lost, the stored list decides: a file of that name and size is the one sent.
   */
  public async attach(sessionId: number, upload: MinutesUpload): Promise<MinutesFile> {
    const name = upload.name.trim();
    const size = sizeOf(upload.content);
    const problem = minutesFileProblem({ name, size });
    if (problem) {
      throw new ServiceError(400, problemMessages[problem], `MinutesFile.${problem}`);
    }
    const existing = await this.minutesOf(sessionId);
    if (existing.some((file) => file.name.toLowerCase() === name.toLowerCase())) {
      throw new ServiceError(409, `Zu dieser Sitzung gibt es schon ein Protokoll „${name}“: bitte die neue Datei umbenennen oder das alte Protokoll zuerst entfernen.`, 'MinutesFile.exists');
    }
    try {
      const added = await this.attachments(sessionId).add(name, upload.content as Blob);
      const data = added.data as { FileName?: string; ServerRelativeUrl?: string };
      return { name: data.FileName ?? name, serverRelativeUrl: data.ServerRelativeUrl ?? '' };
    } catch (thrown) {
      const error = await toServiceError(thrown);
      if (!isLostAnswer(error)) {
        throw error;
      }
      const stored = await this.storedCopy(sessionId, name, size).catch(() => undefined);
      if (stored) {
        return stored;
      }
      throw error;
    }
  }

  public async read(sessionId: number, name: string): Promise<Blob> {
    try {
      return await this.attachments(sessionId).getByName(name).getBlob();
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async remove(sessionId: number, name: string): Promise<void> {
    try {
      await this.attachments(sessionId).getByName(name).delete();
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private attachments(sessionId: number) {
    return this.lists.list('BodySessions').items.getById(sessionId).attachmentFiles;
  }

  private async storedCopy(sessionId: number, name: string, size: number): Promise<MinutesFile | undefined> {
    const file = (await this.minutesOf(sessionId)).find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!file) {
      return undefined;
    }
    const content = await this.read(sessionId, file.name);
    return content.size === size ? file : undefined;
  }
}
