import fs from 'node:fs';
import path from 'node:path';
import type { DurableState } from './types';

export interface Journal {
  /** Call before `load()`. */
  register(state: DurableState): void;
  /** Applies `op` to the registered state, then appends it to the journal file and fsyncs before returning (acknowledged writes survive kill -9). */
  record(namespace: string, op: unknown): void;
}

interface JournalLine {
  readonly ns: string;
  readonly op: unknown;
}

const journalFileName = 'journal.ndjson';

/**
 * An append-only log of state changes in the data directory. Every acknowledged write is
 * on disk (fsync) before the response leaves; on start the log is replayed into the
 * registered states.
 */
export class FileJournal implements Journal {
  private readonly states = new Map<string, DurableState>();
  private readonly file: string;
  private fd: number | undefined;
  private pending: string[] | undefined;
  private entries = 0;

  public constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, journalFileName);
  }

  public register(state: DurableState): void {
    if (this.states.has(state.namespace)) {
      throw new Error(`Journal namespace '${state.namespace}' is registered twice.`);
    }
    this.states.set(state.namespace, state);
  }

  /** Replays the journal into the registered states; returns the number of entries. */
  public load(): number {
    const content = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8') : '';
    const lines = content.split('\n');
    let validLength = 0;
    let offset = 0;
    for (const line of lines) {
      const lineLength = Buffer.byteLength(line, 'utf8') + 1;
      if (line.trim() === '') {
        offset += lineLength;
        continue;
      }
      let entry: JournalLine;
      try {
        entry = JSON.parse(line) as JournalLine;
      } catch {
        // A line torn by a crash during the write was never acknowledged: drop it and what follows.
        break;
      }
      this.stateOf(entry.ns).apply(entry.op);
      this.entries += 1;
      offset += lineLength;
      validLength = offset;
    }
    if (fs.existsSync(this.file) && validLength < fs.statSync(this.file).size) {
      fs.truncateSync(this.file, validLength);
    }
    this.fd = fs.openSync(this.file, 'a');
    return this.entries;
  }

  public get isEmpty(): boolean {
    return this.entries === 0;
  }

  public record(namespace: string, op: unknown): void {
    if (this.fd === undefined) {
      throw new Error('The journal is not loaded.');
    }
    this.stateOf(namespace).apply(op);
    const line = `${JSON.stringify({ ns: namespace, op })}\n`;
    this.entries += 1;
    if (this.pending) {
      this.pending.push(line);
      return;
    }
    fs.writeSync(this.fd, line);
    fs.fsyncSync(this.fd);
  }

  /**
   * Runs `work` with one fsync at its end instead of one per entry (seeding, a `$batch`).
   * Nothing inside is acknowledged to a client before `work` returns.
   */
  public group<T>(work: () => T): T {
    if (this.pending) {
      return work();
    }
    this.pending = [];
    try {
      return work();
    } finally {
      const lines = this.pending;
      this.pending = undefined;
      this.flush(lines);
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
  }

  public close(): void {
    if (this.fd !== undefined) {
      fs.closeSync(this.fd);
      this.fd = undefined;
    }
  }

  private flush(lines: string[]): void {
    if (lines.length === 0 || this.fd === undefined) {
      return;
    }
    // Large groups (the 'large' seed) are written in chunks to keep single writes moderate.
    const chunkSize = 1000;
    for (let i = 0; i < lines.length; i += chunkSize) {
      fs.writeSync(this.fd, lines.slice(i, i + chunkSize).join(''));
    }
    fs.fsyncSync(this.fd);
  }

  private stateOf(namespace: string): DurableState {
    const state = this.states.get(namespace);
    if (!state) {
      throw new Error(`No state is registered for journal namespace '${namespace}'.`);
    }
    return state;
  }
}
