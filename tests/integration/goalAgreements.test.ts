import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import type { ProductServices } from '../../src/app/services';
import { currentPlanPeriod } from '../../src/domain';
import { ServiceError } from '../../src/http/serviceError';
import { AgreementPartlySaved, AgreementProblems } from '../../src/data/goalAgreementRepository';
import type { AgreementWithItems, Department, Measure } from '../../src/domain';

describe('goal agreement repository against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let departments: Department[];
  let measures: Measure[];

  const departmentOf = (number: string): Department => departments.find((department) => department.number === number)!;
  const loginOf = (departmentNumber: string): string => emulator.people.contactOf(departmentNumber).login;

  beforeAll(async () => {
    office = emulator.services(coordinator);
    departments = await office.departments.departments();
    measures = await office.catalogue.measures(currentPlanPeriod(await office.catalogue.planPeriods())!.id);
  });

  describe('the office', () => {
    // A year of its own, so the seeded agreements stay out of the way.
    const year = 2031;
    let department: Department;
    let own: Measure[];
    let draft: AgreementWithItems;

    beforeAll(() => {
      const measuresOf = (department: Department): Measure[] => measures.filter((measure) => measure.leadDepartmentId === department.id);
      department = departments.find((department) => !['50', '51'].includes(department.number) && measuresOf(department).length >= 3)!;
      own = measuresOf(department).slice(0, 3);
    });

    it('creates a draft with its first measure in the department folder', async () => {
      expect(own).toHaveLength(3);
      expect(await office.goalAgreements.load(department.id, year)).toBeUndefined();
      draft = await office.goalAgreements.createDraft(department.id, year, [{ measureId: own[0].id, title: own[0].title, target: 'Zwei Kurse mehr' }]);
      expect(draft.agreement).toMatchObject({ departmentId: department.id, year, status: 'draft' });
      expect(draft.agreement.title).toContain(`FB ${department.number}`);
      expect(draft.agreement.etag).toBeTruthy();
      expect(draft.items.map((item) => [item.measureId, item.target, item.achievement])).toEqual([[own[0].id, 'Zwei Kurse mehr', 'open']]);
      // Only the department itself (and the office) sees it.
      expect((await emulator.services(loginOf(department.number)).goalAgreements.agreementsOf(year)).map((agreement) => agreement.id)).toEqual([draft.agreement.id]);
      expect(await emulator.services(loginOf('50')).goalAgreements.agreementsOf(year)).toEqual([]);
    });

    it('saves notes and items (changed, added), and refuses a save based on a stale version without changing anything', async () => {
      const contact = (await office.departments.contacts()).find((candidate) => candidate.departmentId === department.id)!;
      const saved = await office.goalAgreements.save(draft, {
        notes: 'Haushaltsmittel sind beantragt.',
        items: [
          { ...draft.items[0], target: 'Drei Kurse mehr', responsibleContactId: contact.id, notes: 'mit der VHS' },
          { measureId: own[1].id, title: own[1].title },
          { measureId: own[2].id, title: own[2].title, target: 'Beratung an zwei Standorten' }
        ]
      });
      expect(saved.agreement.notes).toBe('Haushaltsmittel sind beantragt.');
      expect(saved.agreement.etag).not.toBe(draft.agreement.etag);
      expect(saved.items.map((item) => [item.measureId, item.target, item.responsibleContactId, item.notes])).toEqual([
        [own[0].id, 'Drei Kurse mehr', contact.id, 'mit der VHS'],
        [own[1].id, undefined, undefined, undefined],
        [own[2].id, 'Beratung an zwei Standorten', undefined, undefined]
      ]);

      const stale = await failureOf(office.goalAgreements.save(draft, { notes: 'überschrieben?', items: [] }));
      expect(stale).toBeInstanceOf(ServiceError);
      expect(stale.isConflict).toBe(true);
      expect(await office.goalAgreements.load(department.id, year)).toEqual(saved);

      // A removed item goes, the others stay as they are.
      const fewer = await office.goalAgreements.save(saved, { items: saved.items.filter((item) => item.measureId !== own[2].id) });
      expect(fewer.items.map((item) => item.measureId)).toEqual([own[0].id, own[1].id]);
      expect(fewer.agreement.notes).toBe('Haushaltsmittel sind beantragt.');
      draft = fewer;
    });

    it('refuses a second draft for the same department and year as a conflict', async () => {
      const second = await failureOf(office.goalAgreements.createDraft(department.id, year, [{ measureId: own[2].id, title: own[2].title, target: 'x' }]));
      expect(second.isConflict).toBe(true);
      expect((await office.goalAgreements.agreementsOf(year)).filter((agreement) => agreement.departmentId === department.id)).toHaveLength(1);
      expect((await office.goalAgreements.load(department.id, year))!.items).toHaveLength(2);
    });

    it('agrees only a draft whose every measure has a target', async () => {
      const refused = await office.goalAgreements.agree(draft).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AgreementProblems);
      expect((refused as AgreementProblems).problems.map((problem) => [problem.field, problem.message])).toEqual([[`measure:${own[1].id}`, 'agreement.targetMissing']]);
      expect((await office.goalAgreements.load(department.id, year))!.agreement.status).toBe('draft');

      const complete = await office.goalAgreements.save(draft, { items: draft.items.map((item) => ({ ...item, target: item.target ?? 'Konzept vorlegen' })) });
      const agreed = await office.goalAgreements.agree(complete);
      expect(agreed.agreement.status).toBe('agreed');
      draft = agreed;
    });

    it('reviews the agreement after its meeting and starts next year\'s draft with exactly the unfinished measures', async () => {
      await office.meetings.record([
        {
          kind: 'agreement',
          subject: `Zielvereinbarungsgespräch FB ${department.number}`,
          departmentId: department.id,
          year,
          start: '2031-02-10T10:00',
          end: '2031-02-10T11:30',
          attendees: [loginOf(department.number)],
          isOnlineMeeting: false,
          state: 'booked',
          transactionId: `ip365-agreement-${year}-${department.id}-test`
        }
      ]);
      const withMeeting = (await office.goalAgreements.load(department.id, year))!;
      expect(withMeeting.agreement.meeting).toEqual({ start: '2031-02-10T09:00:00.000Z', end: '2031-02-10T10:30:00.000Z' });

      const tooEarly = await office.goalAgreements.review(withMeeting, [], '2031-06-01').catch((error: unknown) => error);
      expect(tooEarly).toBeInstanceOf(AgreementProblems);

      const [first, second] = withMeeting.items;
      const { reviewed, next } = await office.goalAgreements.review(
        withMeeting,
        [
          { measureId: first.measureId, achievement: 'partlyAchieved', reason: 'Nur zwei Kurse' },
          { measureId: second.measureId, achievement: 'achieved' }
        ],
        '2032-02-12'
      );
      expect(reviewed.agreement).toMatchObject({ status: 'reviewed', reviewedOn: '2032-02-12' });
      expect(reviewed.items.map((item) => [item.measureId, item.achievement, item.achievementReason])).toEqual([
        [first.measureId, 'partlyAchieved', 'Nur zwei Kurse'],
        [second.measureId, 'achieved', undefined]
      ]);
      expect(next.agreement).toMatchObject({ departmentId: department.id, year: year + 1, status: 'draft', previousAgreementId: withMeeting.agreement.id });
      expect(next.items.map((item) => [item.measureId, item.target, item.responsibleContactId, item.carriedOverFrom, item.achievement])).toEqual([
        [first.measureId, first.target, first.responsibleContactId, first.id, 'open']
      ]);
      // The stale agreement (before the review) can no longer be saved.
      expect((await failureOf(office.goalAgreements.save(withMeeting, { items: [] }))).isConflict).toBe(true);
    });
  });

  describe('a save that cannot be completed', () => {
    // A year of its own, so the other tests' agreements stay out of the way.
    const year = 2033;
    let department: Department;
    let own: Measure[];
    let draft: AgreementWithItems;
    const batchPath = '_api/\\$batch';

    beforeAll(async () => {
      const measuresOf = (candidate: Department): Measure[] => measures.filter((measure) => measure.leadDepartmentId === candidate.id);
      department = departments.filter((candidate) => !['50', '51'].includes(candidate.number) && measuresOf(candidate).length >= 3).reverse()[0];
      own = measuresOf(department).slice(0, 3);
      draft = await office.goalAgreements.createDraft(department.id, year, [
        { measureId: own[0].id, title: own[0].title, target: 'Erstes Ziel' },
        { measureId: own[1].id, title: own[1].title, target: 'Zweites Ziel' }
      ]);
    });

    afterEach(() => emulator.clearFaults());

    it('names what was and was not saved, shows the stored state, and the next save needs no conflict with itself', async () => {
      // The notes go out alone and are saved; the $batch with the items fails before SharePoint runs it.
      await emulator.injectFault({ path: batchPath, count: 1, status: 500 });
      const failure = await office.goalAgreements
        .save(draft, {
          notes: 'Mittel beantragt',
          items: [{ ...draft.items[0], target: 'Erstes Ziel, erhöht' }, draft.items[1], { measureId: own[2].id, title: own[2].title, target: 'Neues Ziel' }]
        })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AgreementPartlySaved);
      const partly = failure as AgreementPartlySaved;
      // The new item carries a key: read back, not found, sent once more. The change has none and stays unsaved.
      expect(partly.saved).toEqual([{ kind: 'notes' }, { kind: 'item', change: 'add', measureId: own[2].id, title: own[2].title }]);
      expect(partly.notSaved.map(({ part, error }) => [part, error.status])).toEqual([[{ kind: 'item', change: 'change', measureId: own[0].id, title: own[0].title }, 500]]);
      expect(partly.isReloaded).toBe(true);
      const stored = (await office.goalAgreements.load(department.id, year))!;
      expect(partly.stored).toEqual(stored);
      expect(stored.agreement.notes).toBe('Mittel beantragt');
      expect(stored.items.map((item) => [item.measureId, item.target])).toEqual([
        [own[0].id, 'Erstes Ziel'],
        [own[1].id, 'Zweites Ziel'],
        [own[2].id, 'Neues Ziel']
      ]);

      // Saving the missing change onto the state the form now shows goes through.
      const again = await office.goalAgreements.save(partly.stored, { items: partly.stored.items.map((item) => (item.measureId === own[0].id ? { ...item, target: 'Erstes Ziel, erhöht' } : item)) });
      expect(again.items.map((item) => item.target)).toEqual(['Erstes Ziel, erhöht', 'Zweites Ziel', 'Neues Ziel']);
      draft = again;
    });

    it('when reading back fails too, answers the versions its own writes got, so the next save is no 412', async () => {
      // Every later read of the agreement fails; the writes themselves go through.
      await emulator.injectFault({ path: 'AgreementKey', count: 30, status: 500 });
      await emulator.injectFault({ path: batchPath, count: 1, status: 500 });
      const failure = await office.goalAgreements
        .save(draft, { notes: 'Zweiter Stand', items: [{ ...draft.items[0], target: 'geändert' }, draft.items[1], draft.items[2]] })
        .catch((error: unknown) => error);
      await emulator.clearFaults();
      expect(failure).toBeInstanceOf(AgreementPartlySaved);
      const partly = failure as AgreementPartlySaved;
      expect(partly.isReloaded).toBe(false);
      expect(partly.saved).toEqual([{ kind: 'notes' }]);
      expect(partly.stored.agreement.notes).toBe('Zweiter Stand');
      expect(partly.stored.agreement.etag).not.toBe(draft.agreement.etag);
      expect(partly.stored.items.map((item) => item.target)).toEqual(draft.items.map((item) => item.target));

      const next = await office.goalAgreements.save(partly.stored, { items: partly.stored.items.map((item, index) => (index === 0 ? { ...item, target: 'geändert' } : item)) });
      expect(next.agreement.notes).toBe('Zweiter Stand');
      expect(next.items.map((item) => item.target)).toEqual(['geändert', 'Zweites Ziel', 'Neues Ziel']);
      draft = next;
    });

    it('counts a write whose answer was lost as saved when the stored state shows it', async () => {
      await emulator.injectFault({ path: batchPath, count: 1, status: 500, afterProcessing: true });
      const saved = await office.goalAgreements.save(draft, { items: [draft.items[0], { ...draft.items[1], target: 'nach verlorener Antwort' }] });
      expect(saved.items.map((item) => [item.measureId, item.target])).toEqual([
        [own[0].id, 'geändert'],
        [own[1].id, 'nach verlorener Antwort']
      ]);
      draft = saved;
    });

    it('takes a removed item off the agreement, and creates a draft with its notes in one write', async () => {
      expect((await office.goalAgreements.load(department.id, year))!.items.map((item) => item.measureId)).toEqual([own[0].id, own[1].id]);
      const other = departments.find((candidate) => candidate.id !== department.id && !['50', '51'].includes(candidate.number))!;
      const created = await office.goalAgreements.createDraft(other.id, year, [], { notes: 'Gleich mit Notiz' });
      expect(created.agreement.notes).toBe('Gleich mit Notiz');
    });
  });

  describe('a department', () => {
    const lastYear = new Date().getFullYear() - 1;

    it('sees only its own agreements, which the office sees all of', async () => {
      const social = departmentOf('50');
      const all = await office.goalAgreements.agreementsOf(lastYear);
      expect(new Set(all.map((agreement) => agreement.departmentId)).size).toBe(12);
      const own = await emulator.services(loginOf('50')).goalAgreements.agreementsOf(lastYear);
      expect(own.map((agreement) => agreement.departmentId)).toEqual([social.id]);
      expect(own[0].meeting?.start).toMatch(/Z$/);
      expect(await emulator.services(loginOf('50')).goalAgreements.load(departmentOf('51').id, lastYear)).toBeUndefined();
      const loaded = await emulator.services(loginOf('50')).goalAgreements.load(social.id, lastYear);
      expect(loaded?.items.length).toBeGreaterThan(0);
    });

    it('comments on its own agreement, but not on another department\'s, and others do not see its comments', async () => {
      const socialServices = emulator.services(loginOf('50'));
      const [own] = await socialServices.goalAgreements.agreementsOf(lastYear);
      const comment = await socialServices.goalAgreements.addComment(own, '  Die Zahlen für das zweite Halbjahr folgen.  ');
      expect(comment).toMatchObject({ agreementId: own.id, text: 'Die Zahlen für das zweite Halbjahr folgen.' });
      expect(comment.author).toBe(emulator.people.contactOf('50').displayName);
      expect(Date.parse(comment.created)).not.toBeNaN();
      expect((await office.goalAgreements.comments(own.id!)).map((entry) => entry.id)).toContain(comment.id);
      expect(await emulator.services(loginOf('51')).goalAgreements.comments(own.id!)).toEqual([]);

      const youth = (await office.goalAgreements.agreementsOf(lastYear)).find((agreement) => agreement.departmentId === departmentOf('51').id)!;
      const before = await office.goalAgreements.comments(youth.id!);
      const refused = await failureOf(socialServices.goalAgreements.addComment(youth, 'Fremde Anmerkung'));
      expect(refused.isAccessDenied).toBe(true);
      expect(await office.goalAgreements.comments(youth.id!)).toEqual(before);
      // The seed has the youth department's own remark on it.
      expect(before.length).toBeGreaterThan(0);
    });

    it('cannot change its agreement', async () => {
      const social = departmentOf('50');
      const current = (await emulator.services(loginOf('50')).goalAgreements.load(social.id, lastYear))!;
      const refused = await failureOf(emulator.services(loginOf('50')).goalAgreements.save(current, { notes: 'selbst geändert', items: [] }));
      expect(refused.isAccessDenied).toBe(true);
      expect(await office.goalAgreements.load(social.id, lastYear)).toEqual(current);
    });
  });
});
