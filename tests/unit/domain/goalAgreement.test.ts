import { agreementKey, agreementProblems, AgreementWithItems, carryOver, isReviewed, reviewAgreement, ReviewedAgreement } from '../../../src/domain/goalAgreement';

const agreed: AgreementWithItems = {
  agreement: {
    id: 40,
    title: 'Zielvereinbarung FB 50 – 2023',
    departmentId: 5,
    year: 2023,
    status: 'agreed',
    meeting: { start: '2023-03-15T09:00:00Z', end: '2023-03-15T10:30:00Z', eventId: 'evt-1' }
  },
  items: [
    { id: 401, agreementId: 40, measureId: 1, title: 'Sprachcafé ausbauen', target: 'Zwei neue Standorte', achievement: 'open' },
    { id: 402, agreementId: 40, measureId: 2, title: 'Lotsenprojekt', target: '20 Lotsinnen und Lotsen', responsibleContactId: 12, notes: 'Start nach den Sommerferien', achievement: 'open' },
    { id: 403, agreementId: 40, measureId: 3, title: 'Willkommensmappe', achievement: 'open' },
    { id: 404, agreementId: 40, measureId: 4, title: 'Elternkurse', target: 'Vier Kurse', achievement: 'open' },
    { id: 405, agreementId: 40, measureId: 5, title: 'Beratungsstelle', achievement: 'open' }
  ]
};

const assessments = [
  { measureId: 1, achievement: 'achieved' as const },
  { measureId: 2, achievement: 'partlyAchieved' as const, reason: 'Nur 12 Lotsen gewonnen' },
  { measureId: 3, achievement: 'dropped' as const, reason: 'Durch Online-Angebot ersetzt' },
  { measureId: 4, achievement: 'notAchieved' as const, reason: 'Räume fehlten' },
  { measureId: 5, achievement: 'open' as const }
];

describe('agreementKey', () => {
  it('is "<departmentId>-<year>"', () => {
    expect(agreementKey(5, 2024)).toBe('5-2024');
  });
});

describe('reviewAgreement', () => {
  const complete = assessments.map((a) => (a.measureId === 5 ? { measureId: 5, achievement: 'notAchieved' as const, reason: 'Stelle unbesetzt' } : a));

  it('records the achievement of every item about twelve months later', () => {
    const result = reviewAgreement(agreed, complete, '2024-03-12T09:00:00Z');
    expect(result.problems).toEqual([]);
    expect(result.reviewed?.agreement.status).toBe('reviewed');
    expect(result.reviewed?.agreement.reviewedOn).toBe('2024-03-12');
    expect(result.reviewed?.items.map((i) => [i.measureId, i.achievement, i.achievementReason])).toEqual([
      [1, 'achieved', undefined],
      [2, 'partlyAchieved', 'Nur 12 Lotsen gewonnen'],
      [3, 'dropped', 'Durch Online-Angebot ersetzt'],
      [4, 'notAchieved', 'Räume fehlten'],
      [5, 'notAchieved', 'Stelle unbesetzt']
    ]);
  });

  it('refuses a review before ten months have passed, naming the earliest day', () => {
    const result = reviewAgreement(agreed, complete, '2024-01-14T09:00:00Z');
    expect(result.reviewed).toBeUndefined();
    expect(result.problems).toEqual([{ field: 'reviewDate', message: 'agreement.reviewTooEarly', params: { earliest: '2024-01-15' } }]);
    expect(reviewAgreement(agreed, complete, '2024-01-15').problems).toEqual([]);
  });

  it('takes another window when asked', () => {
    expect(reviewAgreement(agreed, complete, '2024-02-01', { minimumMonths: 12 }).problems.map((p) => p.message)).toEqual(['agreement.reviewTooEarly']);
  });

  it('needs a verdict for every item and a reason for anything not achieved', () => {
    const result = reviewAgreement(agreed, [{ measureId: 1, achievement: 'achieved' }, { measureId: 2, achievement: 'notAchieved', reason: '  ' }], '2024-03-12');
    expect(result.problems).toEqual([
      { field: 'measure:2', message: 'agreement.reasonRequired', params: { title: 'Lotsenprojekt' } },
      { field: 'measure:3', message: 'agreement.achievementMissing', params: { title: 'Willkommensmappe' } },
      { field: 'measure:4', message: 'agreement.achievementMissing', params: { title: 'Elternkurse' } },
      { field: 'measure:5', message: 'agreement.achievementMissing', params: { title: 'Beratungsstelle' } }
    ]);
  });

  it('reports an assessment for a measure that was not agreed', () => {
    const result = reviewAgreement(agreed, [...complete, { measureId: 99, achievement: 'achieved' }], '2024-03-12');
    expect(result.problems).toEqual([{ field: 'measure:99', message: 'agreement.itemUnknown', params: { measureId: 99 } }]);
  });

  it('cannot review an agreement that was never concluded or has no meeting', () => {
    const draft = { ...agreed, agreement: { ...agreed.agreement, status: 'draft' as const, meeting: undefined } };
    expect(reviewAgreement(draft, complete, '2024-03-12').problems.map((p) => p.message)).toEqual(['agreement.notAgreed', 'agreement.meetingMissing']);
  });
});

describe('carryOver', () => {
  const reviewed = reviewAgreement(agreed, assessments.map((a) => (a.measureId === 5 ? { ...a, achievement: 'notAchieved' as const, reason: 'offen geblieben' } : a)), '2024-03-12').reviewed as ReviewedAgreement;

  it('starts the next agreement as a draft with the unfinished items, linked to the ones they continue, keeping the responsible contact but not last year\'s notes', () => {
    const next = carryOver(reviewed, 2024);
    expect(next.agreement).toEqual({ title: 'Zielvereinbarung FB 50 – 2024', departmentId: 5, year: 2024, status: 'draft', previousAgreementId: 40 });
    expect(next.items).toEqual([
      { measureId: 2, title: 'Lotsenprojekt', target: '20 Lotsinnen und Lotsen', responsibleContactId: 12, achievement: 'open', carriedOverFrom: 402 },
      { measureId: 4, title: 'Elternkurse', target: 'Vier Kurse', achievement: 'open', carriedOverFrom: 404 },
      { measureId: 5, title: 'Beratungsstelle', achievement: 'open', carriedOverFrom: 405 }
    ]);
  });

  it('carries items still open, and never achieved or dropped ones', () => {
    const withOpen: ReviewedAgreement = { ...reviewed, items: [...reviewed.items, { id: 406, measureId: 6, title: 'Nachzügler', achievement: 'open' }] };
    const carried = carryOver(withOpen, 2024).items.map((i) => i.measureId);
    expect(carried).toContain(6);
    expect(carried).not.toContain(1);
    expect(carried).not.toContain(3);
  });

  it('refuses a year that does not follow the reviewed one', () => {
    expect(() => carryOver(reviewed, 2023)).toThrow(RangeError);
  });

  it('tells reviewed agreements apart', () => {
    expect(isReviewed(agreed)).toBe(false);
    expect(isReviewed(reviewed)).toBe(true);
  });
});

describe('agreementProblems', () => {
  const draft: AgreementWithItems = { ...agreed, agreement: { ...agreed.agreement, status: 'draft' } };

  it('accepts a draft whose every measure has a target', () => {
    const withTargets = { ...draft, items: draft.items.map((item) => ({ ...item, target: item.target ?? 'Angebot fortführen' })) };
    expect(agreementProblems(withTargets)).toEqual([]);
  });

  it('names every measure without a target, an empty agreement and one already concluded', () => {
    expect(agreementProblems(draft).map((p) => [p.field, p.message])).toEqual([
      ['measure:3', 'agreement.targetMissing'],
      ['measure:5', 'agreement.targetMissing']
    ]);
    expect(agreementProblems({ ...draft, items: [] }).map((p) => p.message)).toEqual(['agreement.noItems']);
    expect(agreementProblems({ agreement: agreed.agreement, items: [] }).map((p) => p.message)).toEqual(['agreement.notDraft', 'agreement.noItems']);
  });
});
