import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { compareSessions } from '../domain';
import type { BodySession, BodySessionChanges, NewBodySession } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { createByKey, createKeyOf } from './sp/keyedCreate';
import { versionUnknown } from './sp/batchWriter';
import { toServiceError } from '../http/serviceError';
import { bodySessionCreationFields, bodySessionFields, bodySessionSelect, sessionDateValue, toBodySession } from './mapping/bodySessionMapping';

/**
 * The sessions of the bodies (Gremiensitzungen). The list inherits the web's permissions: the
 * office records and changes sessions, departments read them; SharePoint refuses anyone else's
 * write (403). Reads filter on indexed columns only (PlanPeriod, SessionDate).
 */
export class BodySessionRepository {
  public constructor(private readonly lists: SiteLists) {}

  /** Every session, in the order of the cycle: the list holds a few per body and year. */
  public async sessions(): Promise<BodySession[]> {
    return this.read();
  }

  /** The sessions that dealt with one plan period, in the order of the cycle. */
  public async sessionsOfPlanPeriod(planPeriodId: number): Promise<BodySession[]> {
    return this.read(`PlanPeriodId eq ${Math.trunc(planPeriodId)}`);
  }

  /** The sessions of a calendar year in Germany: a session on 1 January is stored as 31 December 23:00 UTC. */
  public async sessionsOfYear(year: number): Promise<BodySession[]> {
    const from = sessionDateValue(`${Math.trunc(year)}-01-01`);
    const to = sessionDateValue(`${Math.trunc(year) + 1}-01-01`);
    return this.read(`SessionDate ge datetime'${from}' and SessionDate lt datetime'${to}'`);
  }

  public async session(id: number): Promise<BodySession> {
    try {
      return toBodySession(await this.lists.list('BodySessions').items.getById(id).select(...bodySessionSelect)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Records a session. Its CreateKey is set before the first send, so a create whose answer was
   * lost is read back instead of recorded twice. Returns the session as stored, with its version.
   */
  public async record(session: NewBodySession): Promise<BodySession> {
    const list = this.lists.list('BodySessions');
    let id: number;
    try {
      const created = await createByKey(list, createKeyOf('BodySessions', session.createKey), async () => {
        const added = (await list.items.add(bodySessionCreationFields(session))) as { Id?: number; id?: number };
        return { id: Number(added.Id ?? added.id) };
      });
      id = created.id;
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.session(id);
  }

  /**
   * Saves changes if nobody changed the session since `session.etag` was read: a change meanwhile
   * fails with 412 and nothing is overwritten; without a version (428) nothing is sent.
   */
  public async update(session: Pick<BodySession, 'id' | 'etag'>, changes: BodySessionChanges): Promise<BodySession> {
    if (!session.etag || session.etag === '*') {
      throw versionUnknown(`Sitzung ${session.id}`);
    }
    try {
      await this.lists.list('BodySessions').items.getById(session.id).update(bodySessionFields(changes), session.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.session(session.id);
  }

  private async read(filter?: string): Promise<BodySession[]> {
    try {
      const items = this.lists.list('BodySessions').items.select(...bodySessionSelect);
      const rows = await readAllItems<Record<string, unknown>>(filter ? items.filter(filter) : items);
      return rows.map(toBodySession).sort((a, b) => compareSessions(a, b) || a.id - b.id);
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
