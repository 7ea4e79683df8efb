import { canChangeComment, canDelete, canWrite, isPeriodReadOnly, OfficeData, Writer } from '../../../src/domain/writeScope';

const office: Writer = { role: 'coordinator' };
const social: Writer = { role: 'department', departmentId: 5 };
const officeData: OfficeData[] = [
  'concept',
  'planPeriod',
  'fieldOfAction',
  'goal',
  'indicator',
  'department',
  'contact',
  'initialReview',
  'goalAgreement',
  'agreementItem',
  'steeringMeeting',
  'goalChange',
  'report'
];

describe('canWrite', () => {
  it('lets the office write everything', () => {
    expect(canWrite(office, { kind: 'measure', departmentId: 5 })).toBe(true);
    expect(canWrite(office, { kind: 'indicatorValue', departmentId: 9 })).toBe(true);
    for (const kind of officeData) {
      expect(canWrite(office, { kind })).toBe(true);
    }
  });

  it('lets a department write its own measures and indicator values', () => {
    expect(canWrite(social, { kind: 'measure', departmentId: 5 })).toBe(true);
    expect(canWrite(social, { kind: 'indicatorValue', departmentId: 5 })).toBe(true);
  });

  it("refuses another department's data", () => {
    expect(canWrite(social, { kind: 'measure', departmentId: 6 })).toBe(false);
    expect(canWrite(social, { kind: 'indicatorValue', departmentId: 6 })).toBe(false);
  });

  it("refuses the office's lists to a department", () => {
    for (const kind of officeData) {
      expect(canWrite(social, { kind })).toBe(false);
    }
  });

  it('refuses a department contact whose department is unknown', () => {
    expect(canWrite({ role: 'department' }, { kind: 'measure', departmentId: 5 })).toBe(false);
  });
});

describe('measures of a closed plan period', () => {
  it('are read-only for everyone, the office included; an adopted period or a draft stays editable', () => {
    const closed = { status: 'closed' as const };
    expect(canWrite(office, { kind: 'measure', departmentId: 5, period: closed })).toBe(false);
    expect(canWrite(social, { kind: 'measure', departmentId: 5, period: closed })).toBe(false);
    expect(canWrite(social, { kind: 'measure', departmentId: 5, period: { status: 'adopted' } })).toBe(true);
    expect(canWrite(office, { kind: 'measure', departmentId: 6, period: { status: 'draft' } })).toBe(true);
    expect(canWrite(social, { kind: 'measure', departmentId: 6, period: { status: 'adopted' } })).toBe(false);
  });

  it('says which periods are read-only', () => {
    expect(isPeriodReadOnly({ status: 'closed' })).toBe(true);
    expect(isPeriodReadOnly({ status: 'adopted' })).toBe(false);
    expect(isPeriodReadOnly({ status: 'draft' })).toBe(false);
    expect(isPeriodReadOnly(undefined)).toBe(false);
  });
});

describe('canDelete', () => {
  it('offers deleting to the office only: a department edits its measures but may not delete them', () => {
    expect(canWrite(social, { kind: 'measure', departmentId: 5 })).toBe(true);
    expect(canDelete(social)).toBe(false);
    expect(canDelete({ role: 'department' })).toBe(false);
    expect(canDelete(office)).toBe(true);
  });
});

describe('canChangeComment', () => {
  it('lets the author and the office change or delete a comment, no other contact', () => {
    const anna = { ...social, siteUserId: 21 };
    const colleague = { ...social, siteUserId: 22 };
    expect(canChangeComment(anna, { authorId: 21 })).toBe(true);
    expect(canChangeComment(colleague, { authorId: 21 })).toBe(false);
    expect(canChangeComment({ ...office, siteUserId: 1 }, { authorId: 21 })).toBe(true);
  });
});
