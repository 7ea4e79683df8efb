import fs from 'node:fs';
import path from 'node:path';
import type { DurableState } from './types';

export interface Journal {
  /** Call before `load()`. */
  register(state: DurableState): void;
  /** Appends `op` to the journal file and fsyncs it, then applies it to the registered state (acknowledged writes survive kill -9). */
  record(namespace: string, op: unknown): void;
}

interface JournalLine {
  readonly ns: string;
  readonly op: unknown;
}

const journalFileName = 'journal.ndjson';

/**
 * An append-only log of state changes in the data directory (write-ahead: an entry is on disk
 * before memory changes, so no reader ever sees a change a crash would take back). Every
 * acknowledged write is fsynced before the response leaves; on start the log is replayed into
 * the registered states, and a damaged file is kept aside rather than cut.
 */
export class FileJournal implements Journal {
  private readonly states = new Map<string, DurableState>();
  private readonly file: string;
  private fd: number | undefined;
  private grouped = false;
  private entries = 0;
  /** Bytes in the file: where a refused entry is cut off again. */
  private size = 0;

  public constructor(
    dataDir: string,
    private readonly warn: (message: string) => void = (message) => console.warn(message),
    private readonly now: () => Date = () => new Date()
  ) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, journalFileName);
  }

  public register(state: DurableState): void {
    if (this.states.has(state.namespace)) {
      throw new Error(`Journal namespace '${state.namespace}' is registered twice.`);
    }
    this.states.set(state.namespace, state);
  }

  /**
   * Replays the journal into the registered states; returns the number of entries.
   * Replay stops at the first entry that cannot be read or applied (a write torn by a crash, a
   * hand-edited or foreign file). The whole file is then renamed aside with a timestamp, so
   * nothing in it is lost, and the journal continues from the entries that replayed.
   */
  public load(): number {
    const content = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8') : '';
    let validLength = 0;
    let offset = 0;
    let damage: string | undefined;
    for (const line of content.split('\n')) {
      const lineLength = Buffer.byteLength(line, 'utf8') + 1;
      if (line.trim() === '') {
        offset += lineLength;
        continue;
      }
      try {
        const entry = JSON.parse(line) as JournalLine;
        this.stateOf(entry.ns).apply(entry.op);
      } catch (error) {
        damage = error instanceof Error ? error.message : String(error);
        break;
      }
      this.entries += 1;
      offset += lineLength;
      validLength = offset;
    }
    if (damage !== undefined) {
      this.setAside(content, validLength, damage);
    }
    this.fd = fs.openSync(this.file, 'a');
    this.size = fs.fstatSync(this.fd).size;
    return this.entries;
  }

  public get isEmpty(): boolean {
    return this.entries === 0;
  }

  public record(namespace: string, op: unknown): void {
    if (this.fd === undefined) {
      throw new Error('The journal is not loaded.');
    }
    const state = this.stateOf(namespace);
    const line = Buffer.from(`${JSON.stringify({ ns: namespace, op })}\n`, 'utf8');
    const before = this.size;
    fs.writeSync(this.fd, line);
    this.size += line.length;
    // Inside a group the one fsync comes at its end; nothing is acknowledged before that.
    if (!this.grouped) {
      fs.fsyncSync(this.fd);
    }
    try {
      state.apply(op);
    } catch (error) {
      // The state refused the entry: take it back out of the file so a restart does not replay it.
      fs.ftruncateSync(this.fd, before);
      this.size = before;
      throw error;
    }
    this.entries += 1;
  }

  /**
   * Runs `work` with one fsync at its end instead of one per entry (seeding, a `$batch`).
   * Nothing inside is acknowledged to a client before `work` returns.
   */
  public group<T>(work: () => T): T {
    if (this.grouped) {
      return work();
    }
    this.grouped = true;
    try {
      return work();
    } finally {
      this.grouped = false;
      if (this.fd !== undefined) {
        fs.fsyncSync(this.fd);
      }
    }
  }

  /** Empties every state and the file (control API reset). */
  public wipe(): void {
    for (const state of this.states.values()) {
      state.reset();
    }
    if (this.fd !== undefined) {
      fs.ftruncateSync(this.fd, 0);
      fs.fsyncSync(this.fd);
    }
    this.entries = 0;
    this.size = 0;
  }

  public close(): void {
    if (this.fd !== undefined) {
      fs.closeSync(this.fd);
      this.fd = undefined;
    }
  }

  /** Keeps the damaged file under a timestamped name and starts the journal again from the entries that replayed. */
  private setAside(content: string, validLength: number, damage: string): void {
    const aside = `${this.file}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(this.file, aside);
    const kept = Buffer.from(content, 'utf8').subarray(0, validLength);
    const fd = fs.openSync(this.file, 'w');
    try {
      fs.writeSync(fd, kept);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    this.warn(`The journal ${this.file} is damaged after ${this.entries} entries (${damage}); it was moved to ${aside} and the emulator continues with those ${this.entries} entries.`);
  }

  private stateOf(namespace: string): DurableState {
    const state = this.states.get(namespace);
    if (!state) {
      throw new Error(`No state is registered for journal namespace '${namespace}'.`);
    }
    return state;
  }
}
