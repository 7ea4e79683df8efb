import type { PlanPeriod } from '../../../../src/domain';
import { periodFolderPath } from '../../../../src/domain/sitePermissions';
import { ServiceError } from '../../../../src/http/serviceError';
import { PlanPeriodLockIncompleteError, PlanPeriodRefusedError } from '../../../../src/data/planPeriodLifecycle';
import { periodFolderLevel } from '../../../../src/data/periodFolders';
import {
  actionOf,
  changePeriod,
  ChangePeriodInput,
  idlePeriodLock,
  loadPlanPeriods,
  mayChangePeriods,
  PeriodLockEvent,
  PeriodLockState,
  periodLockReducer
} from '../../../../src/app/planPeriods/planPeriodLock';

const adopted: PlanPeriod = { id: 4, title: '4. Fortschreibung 2025–2027', updateNumber: 4, startYear: 2025, endYear: 2027, status: 'adopted', etag: '"1"' };
const closed: PlanPeriod = { ...adopted, status: 'closed', closedAt: '2026-12-01T09:00:00Z', closedBy: 'Büro für Integration', etag: '"2"' };

function run(state: PeriodLockState, events: PeriodLockEvent[]): PeriodLockState {
  return events.reduce(periodLockReducer, state);
}

/** Runs the command with a fake lifecycle and answers the events and the periods passed on. */
async function change(state: PeriodLockState, lifecycle: Partial<ChangePeriodInput['services']['planPeriods']>): Promise<{ events: PeriodLockEvent[]; changed: PlanPeriod[] }> {
  const events: PeriodLockEvent[] = [];
  const changed: PlanPeriod[] = [];
  await changePeriod({
    services: { planPeriods: lifecycle as ChangePeriodInput['services']['planPeriods'] },
    state,
    siteUserId: 7,
    dispatch: (event) => events.push(event),
    onChanged: (period) => changed.push(period)
  });
  return { events, changed };
}

describe('plan period folders', () => {
  it('live in the department folder under a stable name, editable until the period is closed', () => {
    expect(periodFolderPath('50', 4)).toBe('50/FS4');
    expect(periodFolderLevel('draft')).toBe('IP Bearbeiten ohne Löschen');
    expect(periodFolderLevel('adopted')).toBe('IP Bearbeiten ohne Löschen');
    expect(periodFolderLevel('closed')).toBe('Read');
  });
});

describe('closing and reopening plan periods', () => {
  it('offers recording the adoption of a draft, closing an adopted period, reopening a closed one, and only to the office', () => {
    expect(actionOf(adopted)).toBe('close');
    expect(actionOf(closed)).toBe('reopen');
    expect(actionOf({ status: 'draft' })).toBe('adopt');
    expect(mayChangePeriods({ role: 'coordinator' })).toBe(true);
    expect(mayChangePeriods({ role: 'department' })).toBe(false);
  });

  it('loads the periods latest first with the signed-in user', async () => {
    const earlier = { ...closed, id: 3, startYear: 2022 };
    const data = await loadPlanPeriods({
      catalogue: { planPeriods: async () => [earlier, adopted] } as never,
      users: { currentUser: async () => ({ role: 'coordinator', siteUserId: 7 }) } as never,
      planPeriods: {} as never
    });
    expect(data.periods.map((period) => period.id)).toEqual([4, 3]);
    expect(data.user.siteUserId).toBe(7);
  });

  it('asks, keeps the dialog while saving, and closes it with the outcome', () => {
    const asking = run(idlePeriodLock, [{ type: 'asked', period: closed, action: 'reopen' }, { type: 'reasonChanged', reason: 'Nachtrag' }, { type: 'saving' }]);
    expect(asking.asking).toEqual({ period: closed, action: 'reopen' });
    expect(run(asking, [{ type: 'cancelled' }]).asking).toBeDefined();
    const done = run(asking, [{ type: 'finished', notice: { kind: 'saved', action: 'reopen', title: closed.title } }]);
    expect(done).toMatchObject({ asking: undefined, isSaving: false, reason: '', notice: { kind: 'saved', action: 'reopen' } });
  });

  it('does not send a reopening without a reason and says so until one is typed', async () => {
    const reopen = jest.fn();
    const state = run(idlePeriodLock, [{ type: 'asked', period: closed, action: 'reopen' }, { type: 'reasonChanged', reason: '   ' }]);
    const { events } = await change(state, { reopen });
    expect(reopen).not.toHaveBeenCalled();
    expect(events).toEqual([{ type: 'reasonMissing' }]);
    const missing = run(state, events);
    expect(missing.isReasonMissing).toBe(true);
    expect(run(missing, [{ type: 'reasonChanged', reason: 'Ratsbeschluss' }]).isReasonMissing).toBe(false);
  });

  it('closes with the version read and passes the stored period on', async () => {
    const close = jest.fn(async () => closed);
    const { events, changed } = await change(run(idlePeriodLock, [{ type: 'asked', period: adopted, action: 'close' }]), { close });
    expect(close).toHaveBeenCalledWith(adopted, 7, expect.objectContaining({ onProgress: expect.any(Function) }));
    expect(changed).toEqual([closed]);
    expect(events).toEqual([{ type: 'saving' }, { type: 'finished', notice: { kind: 'saved', action: 'close', title: closed.title } }]);
    // The folders' progress reaches the dialog.
    const [, , options] = close.mock.calls[0] as unknown as [PlanPeriod, number, { onProgress: (progress: { done: number; total: number }) => void }];
    options.onProgress({ done: 3, total: 12 });
    expect(events[2]).toEqual({ type: 'progressed', done: 3, total: 12 });
    expect(run({ ...idlePeriodLock, isSaving: true }, [events[2]]).progress).toEqual({ done: 3, total: 12 });
  });

  it('records an adoption only with a real day and a paper number, and sends what was typed', async () => {
    const draft: PlanPeriod = { ...adopted, id: 5, title: '5. Fortschreibung 2028–2030', status: 'draft', etag: '"4"' };
    const adoptedDraft: PlanPeriod = { ...draft, status: 'adopted', adoptionDate: '2028-03-09', paperNumber: 'DS 0042/2028', etag: '"5"' };
    const adopt = jest.fn(async () => adoptedDraft);
    const asked = run(idlePeriodLock, [{ type: 'asked', period: draft, action: 'adopt' }]);
    // 31 April does not exist, and the paper number is missing: nothing is sent, the fields say so.
    for (const typed of [
      [{ type: 'adoptionChanged', adoptionDate: '2028-04-31', paperNumber: 'DS 0042/2028' }],
      [{ type: 'adoptionChanged', adoptionDate: '2028-03-09', paperNumber: '  ' }]
    ] as PeriodLockEvent[][]) {
      const { events } = await change(run(asked, typed), { adopt });
      expect(events).toEqual([{ type: 'adoptionMissing' }]);
    }
    expect(adopt).not.toHaveBeenCalled();
    const filled = run(asked, [{ type: 'adoptionChanged', adoptionDate: '2028-03-09' }, { type: 'adoptionChanged', paperNumber: 'DS 0042/2028' }]);
    const { events, changed } = await change(filled, { adopt });
    expect(adopt).toHaveBeenCalledWith(draft, { adoptionDate: '2028-03-09', paperNumber: 'DS 0042/2028' });
    expect(changed).toEqual([adoptedDraft]);
    expect(events[events.length - 1]).toEqual({ type: 'finished', notice: { kind: 'saved', action: 'adopt', title: draft.title } });
    // A new question starts with empty fields.
    expect(run(run(filled, events), [{ type: 'asked', period: draft, action: 'adopt' }])).toMatchObject({ adoptionDate: '', paperNumber: '', isAdoptionMissing: false });
  });

  it('reopens with the reason typed', async () => {
    const reopened = { ...adopted, reopenReason: 'Ratsbeschluss', etag: '"3"' };
    const reopen = jest.fn(async () => reopened);
    const state = run(idlePeriodLock, [{ type: 'asked', period: closed, action: 'reopen' }, { type: 'reasonChanged', reason: 'Ratsbeschluss' }]);
    const { changed } = await change(state, { reopen });
    expect(reopen).toHaveBeenCalledWith(closed, 'Ratsbeschluss', 7, expect.anything());
    expect(changed).toEqual([reopened]);
  });

  it('names the departments done and not done when a close could not switch every folder; the period stays as it was', async () => {
    const failure = new PlanPeriodLockIncompleteError(adopted, 'close', { switched: ['40', '41'], failed: [{ department: '50', error: new ServiceError(500, 'Interner Fehler') }] });
    const { events, changed } = await change(run(idlePeriodLock, [{ type: 'asked', period: adopted, action: 'close' }]), { close: jest.fn(async () => Promise.reject(failure)) });
    expect(changed).toEqual([]);
    expect(events[1]).toEqual({ type: 'finished', notice: { kind: 'incomplete', action: 'close', title: adopted.title, done: ['40', '41'], notDone: ['50'], error: failure, period: adopted, reason: '' } });
  });

  it('shows a reopened period as stored even when its folders were not all switched back', async () => {
    const saved = { ...adopted, reopenReason: 'Nachtrag' };
    const failure = new PlanPeriodLockIncompleteError(saved, 'reopen', { switched: [], failed: [{ department: '50', error: new ServiceError(0, 'offline') }] }, saved);
    const state = run(idlePeriodLock, [{ type: 'asked', period: closed, action: 'reopen' }, { type: 'reasonChanged', reason: 'Nachtrag' }]);
    const { events, changed } = await change(state, { reopen: jest.fn(async () => Promise.reject(failure)) });
    expect(changed).toEqual([saved]);
    expect(events[1]).toMatchObject({ notice: { kind: 'incomplete', action: 'reopen', notDone: ['50'], period: saved, reason: 'Nachtrag' } });
    // Repeating asks again with the stored period and the reason given.
    const again = run(run(state, events), [{ type: 'asked', period: saved, action: 'reopen', reason: 'Nachtrag' }]);
    expect(again).toMatchObject({ asking: { period: saved, action: 'reopen' }, reason: 'Nachtrag', notice: undefined });
  });

  it('keeps a refused or failed change as a notice with its error', async () => {
    const denied = new ServiceError(403, 'Zugriff verweigert');
    const { events } = await change(run(idlePeriodLock, [{ type: 'asked', period: adopted, action: 'close' }]), { close: jest.fn(async () => Promise.reject(denied)) });
    expect(events[1]).toEqual({ type: 'finished', notice: { kind: 'failed', action: 'close', title: adopted.title, error: denied } });
    const refused = new PlanPeriodRefusedError('reasonRequired');
    const state = run(idlePeriodLock, [{ type: 'asked', period: closed, action: 'reopen' }, { type: 'reasonChanged', reason: 'x' }]);
    expect((await change(state, { reopen: jest.fn(async () => Promise.reject(refused)) })).events[1]).toEqual({ type: 'reasonMissing' });
  });
});
