import { initialReviewKey, initialReviewProgress } from '../../../src/domain/initialReview';

describe('initial reviews', () => {
  it('keys a review by its measure, so saving twice updates', () => {
    expect(initialReviewKey(17)).toBe('17');
  });

  it('shows per department how many of its measures were discussed', () => {
    const measures = [
      { id: 1, leadDepartmentId: 5 },
      { id: 2, leadDepartmentId: 5 },
      { id: 3, leadDepartmentId: 6 }
    ];
    // A second review of measure 1 (a stale duplicate) must not count twice.
    expect(initialReviewProgress([6, 5, 7], measures, [{ measureId: 1 }, { measureId: 1 }, { measureId: 99 }])).toEqual([
      { departmentId: 6, measureCount: 1, reviewedCount: 0 },
      { departmentId: 5, measureCount: 2, reviewedCount: 1 },
      { departmentId: 7, measureCount: 0, reviewedCount: 0 }
    ]);
  });
});
