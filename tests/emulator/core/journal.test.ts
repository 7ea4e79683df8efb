import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileJournal } from '../../../local/emulator/core/journal';
import type { DurableState } from '../../../local/emulator/core/types';

class Counter implements DurableState {
  public readonly namespace = 'counter';
  public total = 0;
  public apply(op: unknown): void {
    const { add } = op as { add: number };
    if (typeof add !== 'number') {
      throw new Error('bad op');
    }
    this.total += add;
  }
  public reset(): void {
    this.total = 0;
  }
}

describe('FileJournal', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const open = () => {
    const journal = new FileJournal(dir);
    const counter = new Counter();
    journal.register(counter);
    journal.load();
    return { journal, counter };
  };

  it('replays recorded and grouped entries after a restart', () => {
    const first = open();
    expect(first.journal.isEmpty).toBe(true);
    first.journal.record('counter', { add: 2 });
    first.journal.group(() => {
      first.journal.record('counter', { add: 3 });
      first.journal.record('counter', { add: 4 });
    });
    expect(first.counter.total).toBe(9);
    first.journal.close();
    const second = open();
    expect(second.counter.total).toBe(9);
    expect(second.journal.isEmpty).toBe(false);
    second.journal.close();
  });

  it('does not journal an entry its state refuses', () => {
    const { journal, counter } = open();
    expect(() => journal.record('counter', { add: 'x' })).toThrow('bad op');
    journal.record('counter', { add: 1 });
    journal.close();
    expect(fs.readFileSync(path.join(dir, 'journal.ndjson'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(counter.total).toBe(1);
  });

  it('drops a line torn by a crash and keeps appending after it', () => {
    const first = open();
    first.journal.record('counter', { add: 5 });
    first.journal.close();
    fs.appendFileSync(path.join(dir, 'journal.ndjson'), '{"ns":"counter","op":{"ad');
    const second = open();
    expect(second.counter.total).toBe(5);
    second.journal.record('counter', { add: 1 });
    second.journal.close();
    const third = open();
    expect(third.counter.total).toBe(6);
    third.journal.close();
  });

  it('wipes everything on reset', () => {
    const { journal, counter } = open();
    journal.record('counter', { add: 7 });
    journal.wipe();
    expect(counter.total).toBe(0);
    expect(journal.isEmpty).toBe(true);
    journal.close();
    const reopened = open();
    expect(reopened.counter.total).toBe(0);
    reopened.journal.close();
  });
});
