import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { CatalogueSnapshot } from '../domain';
import { SiteLists } from './sp/siteLists';
import { Repeatable } from './sp/resilientFetch';
import { maxPageSize, readAllItems } from './sp/listItems';
import { toServiceError } from '../http/serviceError';
import { indicatorSelect } from './mapping/indicatorMapping';
import {
  fieldOfActionSnapshotSelect,
  goalSnapshotSelect,
  guidingGoalSnapshotSelect,
  measureSnapshotSelect,
  toCatalogueSnapshot,
  type CatalogueRows
} from './mapping/catalogueSnapshotMapping';

type Row = Record<string, unknown>;

/**
 * The catalogues of plan periods as compared: guiding goals, fields of action, goals, measures and
 * indicators with their targets and predecessor links. Guiding goals, fields and goals (a few
 * dozen per period) come in one `$batch`, a query per list and period on the indexed PlanPeriod
 * lookup; measures and indicators are read once for all asked periods, page by page in ID order
 * without a filter, as CatalogueRepository.measures does, because a list above 5,000 items
 * refuses even an indexed filter matching more than 5,000.
 */
export async function readCatalogueSnapshots(lists: SiteLists, planPeriodIds: readonly number[]): Promise<Map<number, CatalogueSnapshot>> {
  const periods = [...new Set(planPeriodIds.map((id) => Math.trunc(id)))];
  if (periods.length === 0) return new Map();
  try {
    const [small, measures, indicators] = await Promise.all([
      readSmallLists(lists, periods),
      readAllItems<Row>(lists.list('Measures').items.select(...measureSnapshotSelect)),
      readAllItems<Row>(lists.list('Indicators').items.select(...indicatorSelect))
    ]);
    const rows: CatalogueRows = { ...small, measures, indicators };
    return new Map(periods.map((id) => [id, toCatalogueSnapshot(rows, id)]));
  } catch (error) {
    throw await toServiceError(error);
  }
}

async function readSmallLists(lists: SiteLists, periods: readonly number[]): Promise<Pick<CatalogueRows, 'guidingGoals' | 'fieldsOfAction' | 'goals'>> {
  // Only reads inside: the $batch POST may be repeated after a 503, 504 or a lost connection.
  const [batchedSp, execute] = spfi(lists.spfi).using(Repeatable()).batched();
  const web = batchedSp.web;
  const query = (url: string, select: readonly string[], period: number): Promise<Row[]> =>
    web.getList(url).items.select(...select).filter(`PlanPeriodId eq ${period}`).top(maxPageSize)<Row[]>();
  const pending = periods.map((period) => ({
    guidingGoals: query(lists.url('GuidingGoals'), guidingGoalSnapshotSelect, period),
    fieldsOfAction: query(lists.url('FieldsOfAction'), fieldOfActionSnapshotSelect, period),
    goals: query(lists.url('Goals'), goalSnapshotSelect, period)
  }));
  await execute();
  const answered = await Promise.all(pending.map(async (part) => ({ guidingGoals: await part.guidingGoals, fieldsOfAction: await part.fieldsOfAction, goals: await part.goals })));
  return {
    guidingGoals: answered.flatMap((part) => part.guidingGoals),
    fieldsOfAction: answered.flatMap((part) => part.fieldsOfAction),
    goals: answered.flatMap((part) => part.goals)
  };
}
