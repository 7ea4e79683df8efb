import { draftOf, isSameDraft, reviewInput } from '../../../../src/app/initialReviews/initialReviewDraft';
import type { StoredInitialReview } from '../../../../src/data/initialReviewRepository';

const stored: StoredInitialReview = {
  id: 5,
  title: 'Erstgespräch 1.1.1 – FB 51',
  measureId: 12,
  departmentId: 51,
  isCurrent: 'yes',
  isAppropriate: 'no',
  implementationStatus: 'inProgress',
  notes: 'Träger wechselt 2027',
  etag: '"3"'
};

describe('initial interview form', () => {
  it('starts a measure not yet discussed with open questions and the status the catalogue has', () => {
    expect(draftOf({ status: 'planned' }, undefined)).toEqual({ isCurrent: 'open', isAppropriate: 'open', implementationStatus: 'planned', notes: '' });
  });

  it('shows the recorded answers of a discussed measure, not the catalogue status', () => {
    expect(draftOf({ status: 'planned' }, stored)).toEqual({ isCurrent: 'yes', isAppropriate: 'no', implementationStatus: 'inProgress', notes: 'Träger wechselt 2027' });
  });

  it('treats notes that differ only in surrounding blanks as unchanged, any answer as a change', () => {
    const draft = draftOf({ status: 'planned' }, stored);
    expect(isSameDraft(draft, { ...draft, notes: '  Träger wechselt 2027 ' })).toBe(true);
    expect(isSameDraft(draft, { ...draft, isAppropriate: 'yes' })).toBe(false);
  });

  it('saves for the lead department with a title that reads well in the list, dated now', () => {
    const input = reviewInput({ id: 12, number: '1.1.1', leadDepartmentId: 51 }, { number: '51' }, draftOf({ status: 'planned' }, stored), new Date('2026-11-23T10:00:00Z'));
    expect(input).toMatchObject({ measureId: 12, departmentId: 51, title: 'Erstgespräch 1.1.1 – FB 51', isCurrent: 'yes', reviewDate: '2026-11-23T10:00:00.000Z' });
    expect(reviewInput({ id: 12, leadDepartmentId: 51 }, undefined, draftOf({ status: 'planned' }, undefined), new Date()).title).toBe('Erstgespräch #12');
  });
});
