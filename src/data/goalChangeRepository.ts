import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { advanceGoalChange, describeProblem } from '../domain';
import type { GoalChange, GoalChangeProposal, GoalChangeStep } from '../domain';
import { ServiceError, toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { createByKey, createKeyOf } from './sp/keyedCreate';
import { versionUnknown } from './sp/batchWriter';
import { goalChangeCreationFields, goalChangeSelect, goalChangeStepFields, newGoalFields, toGoalChange } from './mapping/goalChangeMapping';

/**
 * Zieländerungen: proposed by the office, consented by the Beirat, decided by the committee.
 * Like the sessions, the list inherits the web's permissions: the office writes, departments
 * read, and SharePoint refuses anyone else's write (403). Steps are ETag-conditional, so two
 * coordinators cannot record different outcomes of one change.
 */
export class GoalChangeRepository {
  public constructor(private readonly lists: SiteLists) {}

  /** The changes of one plan period in every state: the history is never filtered. PlanPeriod is indexed. */
  public async changesOfPlanPeriod(planPeriodId: number): Promise<GoalChange[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists
          .list('GoalChanges')
          .items.select(...goalChangeSelect)
          .filter(`PlanPeriodId eq ${Math.trunc(planPeriodId)}`)
      );
      return rows.map(toGoalChange).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async change(id: number): Promise<GoalChange> {
    try {
      return toGoalChange(await this.lists.list('GoalChanges').items.getById(id).select(...goalChangeSelect)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Records a proposal. For a new goal, its goal item is created first (it is in force only
   * once the change is decided, see `effectiveGoalSet`), then the change pointing to it. Both
   * creates carry keys generated once per proposal: repeating an interrupted proposal with the
   * same keys finds what the first send stored and adds only what is missing.
   */
  public async propose(proposal: GoalChangeProposal): Promise<GoalChange> {
    const { change, newGoal } = proposal;
    let id: number;
    try {
      let goalId = change.goalId;
      if (newGoal) {
        const goals = this.lists.list('Goals');
        const created = await createByKey(goals, createKeyOf('Goals', newGoal.createKey), async () => {
          const added = (await goals.items.add(newGoalFields(newGoal))) as { Id?: number; id?: number };
          return { id: Number(added.Id ?? added.id) };
        });
        goalId = created.id;
      }
      if (goalId === undefined) {
        throw new ServiceError(400, 'Die Zieländerung nennt kein Einzelziel – bitte ein Einzelziel wählen.', 'GoalRequired');
      }
      const list = this.lists.list('GoalChanges');
      const fields = goalChangeCreationFields(change, goalId);
      const created = await createByKey(list, createKeyOf('GoalChanges', change.createKey), async () => {
        const added = (await list.items.add(fields)) as { Id?: number; id?: number };
        return { id: Number(added.Id ?? added.id) };
      });
      id = created.id;
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.change(id);
  }

  /**
   * Takes one step of the procedure if nobody changed the change since `change.etag` was read:
   * a change meanwhile fails with 412 and nothing is overwritten; without a version (428) or
   * with a step the procedure does not allow (400) nothing is sent.
   */
  public async advance(change: GoalChange, step: GoalChangeStep): Promise<GoalChange> {
    if (change.id === undefined || !change.etag || change.etag === '*') {
      throw versionUnknown(`Zieländerung ${change.id ?? ''}`.trim());
    }
    const result = advanceGoalChange(change, step);
    if (!result.change) {
      throw new ServiceError(400, result.problems.map((problem) => describeProblem(problem)).join(' '), 'InvalidGoalChangeStep');
    }
    try {
      await this.lists.list('GoalChanges').items.getById(change.id).update(goalChangeStepFields(change, result.change), change.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.change(change.id);
  }
}
