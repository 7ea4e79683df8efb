import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { toServiceError } from '../../src/http/serviceError';
import { writeInBatches } from '../../src/data/sp/batchWriter';

const conceptsUrl = '/sites/integration/Lists/Concepts';

describe('PnPjs against the local SharePoint: items', () => {
  const emulator = useTestEmulator();

  it('creates, reads and updates an item; a stale ETag is refused with 412 and changes nothing', async () => {
    const sp = emulator.sp(coordinator);
    const list = sp.web.getList(conceptsUrl);
    const created = await list.items.add({ Title: 'Integrationskonzept Test', ConceptYear: 2024 });
    expect(created.Id).toBeGreaterThan(0);
    const firstEtag = created['odata.etag'] as string;
    expect(firstEtag).toMatch(/^"/);

    const updated = await list.items.getById(created.Id).update({ ConceptYear: 2025 }, firstEtag);
    expect(updated.etag).toBeTruthy();
    expect(updated.etag).not.toBe(firstEtag);

    const stale = await list.items
      .getById(created.Id)
      .update({ ConceptYear: 1999 }, firstEtag)
      .then(
        () => undefined,
        (error: unknown) => toServiceError(error)
      );
    expect(stale?.status).toBe(412);
    expect(stale?.isConflict).toBe(true);

    const read = await list.items.getById(created.Id).select('Title', 'ConceptYear')();
    expect(read).toMatchObject({ Title: 'Integrationskonzept Test', ConceptYear: 2025 });

    const overwritten = await list.items.getById(created.Id).update({ ConceptYear: 2026 }, '*');
    expect(overwritten.etag).not.toBe(updated.etag);
  });

  it('sends many writes as $batch requests of up to 100; a failing part does not roll back the others', async () => {
    const sp = emulator.sp(coordinator);
    const writes = Array.from({ length: 150 }, (_, i) => ({ kind: 'add' as const, listUrl: conceptsUrl, fields: { Title: `Batch ${i}`, ConceptYear: 2000 + (i % 20) } }));
    // One part of the first batch updates an item that does not exist.
    writes.splice(50, 0, { kind: 'update', listUrl: conceptsUrl, id: 999_999, etag: '"1"', fields: { Title: 'gibt es nicht' } } as never);
    const progress: number[] = [];
    const outcomes = await writeInBatches(sp, writes, { onProgress: (p) => progress.push(p.done) });

    expect(progress).toEqual([100, 151]);
    expect(outcomes).toHaveLength(151);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    expect(failed.map((outcome) => outcome.index)).toEqual([50]);
    expect(failed[0].ok === false && failed[0].error.status).toBe(404);

    const stored = await sp.web.getList(conceptsUrl).items.select('Title').filter("startswith(Title,'Batch ')").top(500)();
    expect(stored).toHaveLength(150);
  });

  it('refuses an update without a version (428, nothing sent) and recycles instead of deleting', async () => {
    const sp = emulator.sp(coordinator);
    const [created] = await writeInBatches(sp, [{ kind: 'add', listUrl: conceptsUrl, fields: { Title: 'Ohne Version', ConceptYear: 2030 } }]);
    const id = created.ok ? created.id : 0;
    const [blind] = await writeInBatches(sp, [{ kind: 'update', listUrl: conceptsUrl, id, fields: { Title: 'Blind überschrieben' } }]);
    expect(blind.ok === false && [blind.error.status, blind.error.code]).toEqual([428, 'VersionUnknown']);
    expect((await sp.web.getList(conceptsUrl).items.getById(id).select('Title')()).Title).toBe('Ohne Version');

    const [recycled] = await writeInBatches(sp, [{ kind: 'recycle', listUrl: conceptsUrl, id }]);
    expect(recycled.ok).toBe(true);
    expect(await sp.web.getList(conceptsUrl).items.filter(`Id eq ${id}`)()).toEqual([]);
  });
});
