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

  it('moves a journal with a torn line aside, keeps its entries and appends after them', () => {
    const first = open();
    first.journal.record('counter', { add: 5 });
    first.journal.close();
    const torn = `${fs.readFileSync(path.join(dir, 'journal.ndjson'), 'utf8')}{"ns":"counter","op":{"ad`;
    fs.writeFileSync(path.join(dir, 'journal.ndjson'), torn);
    const warnings: string[] = [];
    const second = new FileJournal(dir, (message) => warnings.push(message), () => new Date('2026-03-01T10:20:30.456Z'));
    const counter = new Counter();
    second.register(counter);
    expect(second.load()).toBe(1);
    expect(counter.total).toBe(5);
    // The damaged file is kept whole under a timestamped name, not cut.
    const aside = path.join(dir, 'journal.ndjson.corrupt-2026-03-01T10-20-30-456Z');
    expect(fs.readFileSync(aside, 'utf8')).toBe(torn);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(aside);
    second.record('counter', { add: 1 });
    second.close();
    const third = open();
    expect(third.counter.total).toBe(6);
    third.journal.close();
  });

  it('moves aside a journal whose entry its state cannot apply instead of failing to start', () => {
    const file = path.join(dir, 'journal.ndjson');
    const content = '{"ns":"counter","op":{"add":2}}\n{"ns":"counter","op":{"add":"zwei"}}\n{"ns":"counter","op":{"add":3}}\n';
    fs.writeFileSync(file, content);
    const warnings: string[] = [];
    const journal = new FileJournal(dir, (message) => warnings.push(message));
    const counter = new Counter();
    journal.register(counter);
    expect(journal.load()).toBe(1);
    expect(counter.total).toBe(2);
    journal.close();
    const aside = fs.readdirSync(dir).filter((name) => name.startsWith('journal.ndjson.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]), 'utf8')).toBe(content);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"ns":"counter","op":{"add":2}}\n');
    expect(warnings[0]).toContain('bad op');
  });

  it('leaves an intact journal where it is', () => {
    const first = open();
    first.journal.record('counter', { add: 4 });
    first.journal.close();
    const warn = jest.fn();
    const second = new FileJournal(dir, warn);
    second.register(new Counter());
    second.load();
    second.close();
    expect(warn).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual(['journal.ndjson']);
  });

  it('writes and fsyncs an entry before its state sees it', () => {
    const file = path.join(dir, 'journal.ndjson');
    const observed: Array<{ onDisk: string; synced: boolean }> = [];
    const fsync = jest.spyOn(fs, 'fsyncSync');
    const spy = new (class implements DurableState {
      public readonly namespace = 'spy';
      public apply(): void {
        observed.push({ onDisk: fs.readFileSync(file, 'utf8'), synced: fsync.mock.calls.length > 0 });
      }
      public reset(): void {
        observed.length = 0;
      }
    })();
    const second = new FileJournal(dir);
    second.register(spy);
    second.load();
    fsync.mockClear();
    second.record('spy', { step: 1 });
    fsync.mockRestore();
    second.close();
    expect(observed).toEqual([{ onDisk: '{"ns":"spy","op":{"step":1}}\n', synced: true }]);
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
