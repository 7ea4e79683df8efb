import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { SiteLists } from '../../src/data/sp/siteLists';
import { CatalogueImportWriter } from '../../src/data/catalogueImportWriter';
import { CatalogueRepository } from '../../src/data/catalogueRepository';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { GoalAgreementRepository } from '../../src/data/goalAgreementRepository';
import { IndicatorRepository } from '../../src/data/indicatorRepository';
import { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { InitialReviewRepository } from '../../src/data/initialReviewRepository';
import { MeetingRepository } from '../../src/data/meetingRepository';
import { ReportingYearRepository } from '../../src/data/reportingYearRepository';
import { CorrectionRequestRepository } from '../../src/data/correctionRequestRepository';
import { BodySessionRepository } from '../../src/data/bodySessionRepository';
import { ActionItemRepository } from '../../src/data/actionItemRepository';
import { GoalChangeRepository } from '../../src/data/goalChangeRepository';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import { UserRepository } from '../../src/data/userRepository';
import { PlanPeriodCopier } from '../../src/data/planPeriodCopier';
import { ValueReviewRepository } from '../../src/data/valueReviewRepository';
import { ReminderRepository } from '../../src/data/reminderRepository';
import { agreementKey, allLists, correctionRequestOf, indicatorValueKey, initialReviewKey, listSpec, newTransactionId, reminderKey } from '../../src/domain';
import type { Department, GoalAgreement, Indicator, ListName, Measure, PlanPeriod } from '../../src/domain';
import type { CatalogueImportPlan } from '../../src/catalogueImport';

/**
 * Every list the product creates items in, created through its repository while the emulator
 * loses the create's answer (the item is stored, the client hears 500) or refuses it before
 * processing (503): either way exactly one item ends up stored. `$batch` faults hit the first
 * `$batch` request after injection, which is the create in each case below.
 */

const batchPath = '_api/\\$batch';
/** The create's POST to `…/items` (no query string), not the reads of the same list. */
const itemsPost = (list: string): string => `${list}.*/items$`;

describe('creates whose answer is lost or refused are stored exactly once', () => {
  const emulator = useTestEmulator();
  let sp: SPFI;
  let lists: SiteLists;
  let period: PlanPeriod;
  let departments: Department[];
  let measures: Measure[];
  let indicators: Indicator[];
  let agreement: GoalAgreement;
  let siteUserId: number;
  let serial = 0;

  const count = async (list: ListName, filter: string): Promise<number> =>
    ((await sp.web.getList(`/sites/integration/${listSpec(list)!.url}`).items.select('Id').filter(filter)()) as unknown[]).length;
  const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`;
  const plan = (parts: Partial<CatalogueImportPlan>): CatalogueImportPlan => ({ fieldsOfAction: [], goals: [], measures: [], counts: { create: 0, update: 0, unchanged: 0 }, ...parts });
  const importContext = () => ({ planPeriod: period, departments, measures });
  const measureCreation = (tag: string, goal: { goalId: number } | { newGoalKey: string }): CatalogueImportPlan['measures'][number] => ({
    kind: 'create',
    row: 2,
    importKey: `Maßnahme ${tag}`,
    fields: { title: `Maßnahme ${tag}`, goal, leadDepartmentId: departments[0].id, involvedDepartmentIds: [], status: 'planned' },
    planPeriodId: period.id,
    addIndicators: []
  });

  beforeAll(async () => {
    sp = emulator.sp(coordinator);
    lists = new SiteLists(sp, '/sites/integration');
    const catalogue = new CatalogueRepository(lists);
    period = (await catalogue.planPeriods()).find((candidate) => candidate.status === 'adopted')!;
    departments = await new DepartmentRepository(lists).departments();
    measures = await catalogue.measures(period.id);
    indicators = await new IndicatorRepository(lists).indicators();
    const year = new Date().getFullYear();
    const agreements = [...(await new GoalAgreementRepository(lists).agreementsOf(year)), ...(await new GoalAgreementRepository(lists).agreementsOf(year - 1))];
    agreement = agreements[0];
    siteUserId = (await new UserRepository(lists).currentUser()).siteUserId;
  }, 60_000);

  interface Case {
    readonly list: ListName;
    readonly faultPath: string;
    /** Creates one item named after `tag`, injecting the fault right before its create, and answers how many such items are stored. */
    createAndCount(tag: string, n: number, injectFault: () => Promise<void>): Promise<number>;
  }

  const cases: Case[] = [
    {
      list: 'FieldsOfAction',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        // A goal under the new field: it is created only when the field's create ends with its id.
        const result = await new CatalogueImportWriter(lists).apply(
          plan({
            fieldsOfAction: [{ key: tag, title: tag, sortOrder: 90 + n, planPeriodId: period.id }],
            goals: [{ key: `goal ${tag}`, title: `Ziel ${tag}`, fieldOfAction: { newFieldOfActionKey: tag }, planPeriodId: period.id }],
            measures: [measureCreation(tag, { newGoalKey: `goal ${tag}` })]
          }),
          importContext()
        );
        expect({ failures: result.failures, created: result.counts.created }).toEqual({ failures: [], created: 1 });
        return count('FieldsOfAction', `Title eq ${quoted(tag)}`);
      }
    },
    {
      list: 'Goals',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        const fieldOfActionId = (await new CatalogueRepository(lists).fieldsOfAction(period.id))[0].id;
        await injectFault();
        const result = await new CatalogueImportWriter(lists).apply(
          plan({ goals: [{ key: tag, title: tag, fieldOfAction: { fieldOfActionId }, planPeriodId: period.id }], measures: [measureCreation(tag, { newGoalKey: tag })] }),
          importContext()
        );
        expect({ failures: result.failures, created: result.counts.created }).toEqual({ failures: [], created: 1 });
        return count('Goals', `Title eq ${quoted(tag)}`);
      }
    },
    {
      list: 'Measures',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        const result = await new CatalogueImportWriter(lists).apply(plan({ measures: [measureCreation(tag, { goalId: measures[0].goalId })] }), importContext());
        expect({ failures: result.failures, created: result.counts.created }).toEqual({ failures: [], created: 1 });
        return count('Measures', `ImportKey eq ${quoted(`Maßnahme ${tag}`)}`);
      }
    },
    {
      list: 'Indicators',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        // A row that only adds an indicator leaves its measure alone: the indicators' $batch is the first.
        const measure = measures[1];
        const result = await new CatalogueImportWriter(lists).apply(
          plan({ measures: [{ kind: 'update', row: 2, importKey: `row-${tag}`, id: measure.id, ...(measure.etag ? { etag: measure.etag } : {}), changes: {}, addIndicators: [tag] }] }),
          importContext()
        );
        expect(result.failures).toEqual([]);
        return count('Indicators', `Title eq ${quoted(tag)}`);
      }
    },
    {
      list: 'IndicatorValues',
      faultPath: batchPath,
      async createAndCount(_tag, n, injectFault) {
        const indicator = indicators[n];
        const year = 2090 + n;
        // The office creates directly in an opened year whose item for this indicator was not prepared (an indicator added later).
        await new ReportingYearRepository(lists).open({ year, state: 'open', departments, indicators: [] });
        await injectFault();
        const key = indicatorValueKey(indicator.id, year);
        const [result] = await new IndicatorValueRepository(lists).write([{ action: 'create', key, value: { indicatorId: indicator.id, year, total: 17, departmentId: indicator.departmentId } }]);
        // Read back after a lost answer, the stored value is reported with its content for the submission to compare.
        expect(['created', 'exists']).toContain(result.kind);
        return count('IndicatorValues', `ValueKey eq ${quoted(key)}`);
      }
    },
    {
      list: 'InitialReviews',
      faultPath: batchPath,
      async createAndCount(_tag, n, injectFault) {
        await injectFault();
        const reviews = new InitialReviewRepository(lists);
        const reviewed = new Set((await reviews.reviews(measures.map((candidate) => candidate.id))).map((review) => review.measureId));
        const measure = measures.filter((candidate) => !reviewed.has(candidate.id))[n];
        await reviews.save({ measureId: measure.id, departmentId: measure.leadDepartmentId, title: `Erstgespräch ${measure.id}`, isCurrent: 'yes', isAppropriate: 'yes', reviewDate: '2026-03-02T09:00:00Z' });
        return count('InitialReviews', `ReviewKey eq ${quoted(initialReviewKey(measure.id))}`);
      }
    },
    {
      list: 'Meetings',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        const transactionId = newTransactionId('agreement', 2090, departments[0].id, () => crypto.randomUUID());
        const [record] = await new MeetingRepository(lists).record([
          { kind: 'agreement', subject: tag, departmentId: departments[0].id, year: 2090, start: '2090-03-01T09:00', end: '2090-03-01T10:00', attendees: [], isOnlineMeeting: false, transactionId }
        ]);
        expect(record.etag).toBeTruthy();
        return count('Meetings', `TransactionId eq ${quoted(transactionId)}`);
      }
    },
    {
      list: 'GoalAgreements',
      faultPath: batchPath,
      async createAndCount(_tag, n, injectFault) {
        await injectFault();
        const department = departments[n];
        const created = await new GoalAgreementRepository(lists).createDraft(department.id, 2090);
        expect(created.agreement.status).toBe('draft');
        return count('GoalAgreements', `AgreementKey eq ${quoted(agreementKey(department.id, 2090))}`);
      }
    },
    {
      list: 'AgreementItems',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        const repository = new GoalAgreementRepository(lists);
        const department = departments[4 + n];
        const draft = await repository.createDraft(department.id, 2091);
        // The save's MERGE of the agreement goes out alone; its items go in the first $batch.
        await injectFault();
        const saved = await repository.save(draft, { items: [{ measureId: measures[n].id, title: tag, target: 'Ziel' }] });
        expect(saved.items.map((item) => item.title)).toEqual([tag]);
        return count('AgreementItems', `AgreementId eq ${draft.agreement.id!}`);
      }
    },
    {
      list: 'AgreementComments',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        const repository = new GoalAgreementRepository(lists);
        await repository.addComment(agreement, tag);
        return (await repository.comments(agreement.id!)).filter((comment) => comment.text === tag).length;
      }
    },
    {
      list: 'ReportingYears',
      faultPath: itemsPost('ReportingYears'),
      async createAndCount(_tag, n, injectFault) {
        await injectFault();
        const year = 2090 + n;
        const locked = await new ReportingYearRepository(lists).lock(year, siteUserId);
        expect(locked.isLocked).toBe(true);
        return count('ReportingYears', `ReportingYear eq ${year}`);
      }
    },
    {
      list: 'CorrectionRequests',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        const indicator = indicators[n];
        const request = correctionRequestOf({ indicatorId: indicator.id, year: 2090, total: 1, isCorrection: true, correctionReason: tag }, indicator.departmentId);
        await injectFault();
        const [filed] = await new CorrectionRequestRepository(lists).file([request]);
        expect(filed.kind).not.toBe('failed');
        return count('CorrectionRequests', `CreateKey eq ${quoted(request.createKey)}`);
      }
    },
    {
      list: 'PlanPeriods',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        // The draft after an invented 70th, 71st, 72nd period: created, since the site has none.
        const source: PlanPeriod = { ...period, updateNumber: 70 + n, startYear: 2100 + 3 * n, endYear: 2102 + 3 * n };
        await injectFault();
        const { draft } = await new PlanPeriodCopier(lists).draftAfter(source);
        expect(draft.status).toBe('draft');
        return count('PlanPeriods', `UpdateNumber eq ${71 + n}`);
      }
    },
    {
      list: 'GuidingGoals',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        const source: PlanPeriod = { ...period, updateNumber: 80 + n, startYear: 2200 + 3 * n, endYear: 2202 + 3 * n };
        const copier = new PlanPeriodCopier(lists);
        await copier.draftAfter(source);
        await injectFault();
        const result = await copier.copy(source, { guidingGoals: [{ id: 1, title: tag, sortOrder: 1, planPeriodId: period.id }], fieldsOfAction: [], goals: [], measures: [], indicators: [] });
        expect(result.failures).toEqual([]);
        return count('GuidingGoals', `Title eq ${quoted(tag)}`);
      }
    },
    {
      list: 'BodySessions',
      faultPath: itemsPost('BodySessions'),
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        const session = await new BodySessionRepository(lists).record({ title: tag, body: 'advisoryBoard', date: `2090-03-0${n + 1}`, agendaItems: [{ title: tag }], createKey: newCreateKey() });
        expect(session.title).toBe(tag);
        return count('BodySessions', `Title eq ${quoted(tag)}`);
      }
    },
    {
      list: 'ActionItems',
      faultPath: itemsPost('ActionItems'),
      async createAndCount(tag, n, injectFault) {
        const session = await new BodySessionRepository(lists).record({ title: `Sitzung ${tag}`, body: 'steeringGroup', date: `2090-05-0${n + 1}`, agendaItems: [], createKey: newCreateKey() });
        await injectFault();
        const item = await new ActionItemRepository(lists).record({ sessionId: session.id, departmentId: departments[0].id, description: tag, dueDate: '2090-06-30', createKey: newCreateKey() });
        expect(item).toMatchObject({ sessionId: session.id, description: tag, isDone: false });
        return count('ActionItems', `SessionId eq ${session.id}`);
      }
    },
    {
      list: 'GoalChanges',
      faultPath: itemsPost('GoalChanges'),
      async createAndCount(tag, n, injectFault) {
        await injectFault();
        const change = await new GoalChangeRepository(lists).propose({
          change: { title: tag, goalId: measures[n].goalId, type: 'modified', reason: tag, status: 'proposed', planPeriodId: period.id, proposedDate: '2090-03-01', createKey: newCreateKey() }
        });
        expect(change.title).toBe(tag);
        return count('GoalChanges', `Title eq ${quoted(tag)}`);
      }
    },
    {
      list: 'ValueReviews',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        // A decision on an invented version of a value: the key, not the value, is what is counted.
        const indicator = indicators[n];
        const value = { indicatorId: indicator.id, year: 2090, total: 3, departmentId: indicator.departmentId, etag: `"${tag}"` };
        await injectFault();
        const [outcome] = await new ValueReviewRepository(lists).decide([{ value, decision: 'returned', comment: tag }]);
        expect(outcome.kind).toBe('recorded');
        return count('ValueReviews', `ReportingYear eq 2090 and ReviewedETag eq ${quoted(`"${tag}"`)}`);
      }
    },
    {
      list: 'Reminders',
      faultPath: batchPath,
      async createAndCount(tag, n, injectFault) {
        // One department's record of one click: the key is made of both.
        const createKey = reminderKey(tag, departments[n].id);
        await injectFault();
        const [outcome] = await new ReminderRepository(lists).record([{ departmentId: departments[n].id, year: 2090, sentAt: new Date().toISOString(), missingCount: 2, outcome: 'sent', createKey }]);
        expect(outcome.ok).toBe(true);
        return count('Reminders', `CreateKey eq ${quoted(createKey)}`);
      }
    }
  ];

  it('covers every list that has a key for creates', () => {
    expect(cases.map((entry) => entry.list).sort()).toEqual(allLists.filter((spec) => spec.createKey).map((spec) => spec.name).sort());
  });

  describe.each(cases)('$list', (entry) => {
    it('stores one item when the create was stored but its answer was lost (500)', async () => {
      serial += 1;
      const injectFault = () => emulator.injectFault({ path: entry.faultPath, count: 1, status: 500, afterProcessing: true });
      await expect(entry.createAndCount(`Schlüsseltest verloren ${serial}`, 0, injectFault)).resolves.toBe(1);
    });

    it('stores one item when the create was refused before processing (500): read back, not found, sent once more', async () => {
      serial += 1;
      const injectFault = () => emulator.injectFault({ path: entry.faultPath, count: 1, status: 500 });
      await expect(entry.createAndCount(`Schlüsseltest nicht verarbeitet ${serial}`, 1, injectFault)).resolves.toBe(1);
    });

    it('stores one item when the create was refused as busy (503)', async () => {
      serial += 1;
      const injectFault = () => emulator.injectFault({ path: entry.faultPath, count: 1, status: 503 });
      await expect(entry.createAndCount(`Schlüsseltest abgelehnt ${serial}`, 2, injectFault)).resolves.toBe(1);
    });
  });
});
