import type { AgreementWithItems } from '../../../../src/domain';
import { assessmentsOf, carriedOverItems, reviewFormOf, reviewFormProblems, withAssessment } from '../../../../src/app/goalAgreements/agreementReview';
import { reviewProblemText } from '../../../../src/webparts/goalAgreements/agreementLabels';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLocStrings } = require('../../../../scripts/locStrings');

const german = readLocStrings('GoalAgreementsWebPartStrings', 'de-de') as IGoalAgreementsWebPartStrings;

const agreed: AgreementWithItems = {
  agreement: { id: 30, title: 'Zielvereinbarung FB 40 2025', departmentId: 7, year: 2025, status: 'agreed' },
  items: [
    { id: 301, measureId: 11, title: '1.2.9 Sprachkurse', target: '3 Kurse', achievement: 'open' },
    { id: 302, measureId: 12, title: '1.2.10 Elterncafés', target: '6 Cafés', achievement: 'open' },
    { id: 303, measureId: 13, title: '2.1.1 Patenschaften', target: '20 Paten', achievement: 'open' }
  ]
};

describe('goal agreement review form', () => {
  it('starts with today as the review date and no verdicts', () => {
    const form = reviewFormOf(agreed, '2026-11-23');
    expect(form.reviewDate).toBe('2026-11-23');
    expect([...form.assessments.values()]).toEqual([{ reason: '' }, { reason: '' }, { reason: '' }]);
  });

  it('asks for a verdict on every measure and a reason for anything short of achieved, naming the measure', () => {
    let form = reviewFormOf(agreed, '2026-11-23');
    form = withAssessment(form, 11, { achievement: 'achieved' });
    form = withAssessment(form, 12, { achievement: 'partlyAchieved', reason: '  ' });
    const problems = reviewFormProblems(agreed.items, form);
    expect(problems).toEqual([
      { kind: 'reasonRequired', measureId: 12, title: '1.2.10 Elterncafés' },
      { kind: 'achievementRequired', measureId: 13, title: '2.1.1 Patenschaften' }
    ]);
    expect(problems.map((problem) => reviewProblemText(problem, german))).toEqual([
      'Bitte begründen, warum „1.2.10 Elterncafés“ nicht erreicht wurde.',
      'Bitte die Zielerreichung für „2.1.1 Patenschaften“ angeben.'
    ]);
  });

  it('needs a valid review date', () => {
    const form = { ...reviewFormOf({ ...agreed, items: [] }, '2026-11-23'), reviewDate: '' };
    expect(reviewFormProblems([], form)).toEqual([{ kind: 'reviewDateRequired' }]);
    expect(reviewProblemText({ kind: 'reviewDateRequired' }, german)).toBe('Bitte das Datum der Überprüfung angeben.');
    expect(reviewFormProblems([], { ...form, reviewDate: '2026-13-45' })).toEqual([{ kind: 'reviewDateRequired' }]);
  });

  it('sends one assessment per measure, with a reason only where it explains a shortfall', () => {
    let form = reviewFormOf(agreed, '2026-11-23');
    form = withAssessment(form, 11, { achievement: 'achieved', reason: 'ohnehin erreicht' });
    form = withAssessment(form, 12, { achievement: 'notAchieved', reason: ' Träger fehlte ' });
    form = withAssessment(form, 13, { achievement: 'dropped', reason: 'Förderung entfallen' });
    expect(reviewFormProblems(agreed.items, form)).toEqual([]);
    expect(assessmentsOf(agreed.items, form)).toEqual([
      { measureId: 11, achievement: 'achieved' },
      { measureId: 12, achievement: 'notAchieved', reason: 'Träger fehlte' },
      { measureId: 13, achievement: 'dropped', reason: 'Förderung entfallen' }
    ]);
  });

  it("finds the next draft's items that continue the reviewed agreement", () => {
    const next: AgreementWithItems = {
      agreement: { id: 31, title: 'Zielvereinbarung FB 40 2026', departmentId: 7, year: 2026, status: 'draft' },
      items: [
        { id: 311, measureId: 12, title: '1.2.10 Elterncafés', achievement: 'open', carriedOverFrom: 302 },
        { id: 312, measureId: 14, title: 'neu', achievement: 'open' },
        { id: 313, measureId: 15, title: 'von früher', achievement: 'open', carriedOverFrom: 999 }
      ]
    };
    expect(carriedOverItems(agreed, next).map((item) => item.measureId)).toEqual([12]);
  });
});
