import { maxTitleLength, normaliseTitle, validateMeasure } from '../../../src/domain/measure';

const valid = { title: 'Sprachcafé im Stadtteilzentrum', goalId: 3, leadDepartmentId: 5, status: 'inProgress' };

function messages(candidate: Parameters<typeof validateMeasure>[0], references?: Parameters<typeof validateMeasure>[1]): string[] {
  return validateMeasure(candidate, references).map((p) => `${p.field}:${p.message}`);
}

describe('validateMeasure', () => {
  it('accepts a measure with one goal, one lead department, a title and a known status', () => {
    expect(validateMeasure(valid, { goalIds: [1, 2, 3], departmentIds: new Set([5]) })).toEqual([]);
    expect(validateMeasure({ ...valid, goalId: [3, 3], leadDepartmentId: [5] })).toEqual([]);
  });

  it('requires exactly one goal', () => {
    expect(messages({ ...valid, goalId: undefined })).toEqual(['goalId:measure.goalRequired']);
    expect(messages({ ...valid, goalId: [] })).toEqual(['goalId:measure.goalRequired']);
    expect(validateMeasure({ ...valid, goalId: [3, 4] })).toEqual([{ field: 'goalId', message: 'measure.goalAmbiguous', params: { count: 2 } }]);
    expect(validateMeasure(valid, { goalIds: [1, 2] })).toEqual([{ field: 'goalId', message: 'measure.goalUnknown', params: { id: 3 } }]);
  });

  it('requires exactly one lead department', () => {
    expect(messages({ ...valid, leadDepartmentId: undefined })).toEqual(['leadDepartmentId:measure.leadDepartmentRequired']);
    expect(messages({ ...valid, leadDepartmentId: [5, 6] })).toEqual(['leadDepartmentId:measure.leadDepartmentAmbiguous']);
    expect(messages(valid, { departmentIds: [6] })).toEqual(['leadDepartmentId:measure.departmentUnknown']);
    expect(messages({ ...valid, leadDepartmentId: 0 })).toEqual(['leadDepartmentId:measure.leadDepartmentRequired']);
  });

  it('requires a non-empty title of at most 255 characters after trimming', () => {
    expect(messages({ ...valid, title: '   ' })).toEqual(['title:measure.titleRequired']);
    expect(messages({ ...valid, title: undefined })).toEqual(['title:measure.titleRequired']);
    expect(validateMeasure({ ...valid, title: `  ${'a'.repeat(maxTitleLength)}  ` })).toEqual([]);
    expect(validateMeasure({ ...valid, title: 'a'.repeat(256) })).toEqual([{ field: 'title', message: 'measure.titleTooLong', params: { length: 256, max: 255 } }]);
  });

  it('requires a status code, not a German label or anything else', () => {
    expect(messages({ ...valid, status: 'in Umsetzung' })).toEqual(['status:measure.statusInvalid']);
    expect(messages({ ...valid, status: undefined })).toEqual(['status:measure.statusInvalid']);
    for (const status of ['planned', 'inProgress', 'implemented', 'ongoing', 'suspended', 'dropped']) {
      expect(validateMeasure({ ...valid, status })).toEqual([]);
    }
  });

  it('reports all problems at once', () => {
    expect(messages({})).toEqual(['title:measure.titleRequired', 'goalId:measure.goalRequired', 'leadDepartmentId:measure.leadDepartmentRequired', 'status:measure.statusInvalid']);
  });
});

describe('normaliseTitle', () => {
  it('trims and collapses pasted line breaks', () => {
    expect(normaliseTitle('  Lotsen\n für   Neuzugewanderte\t')).toBe('Lotsen für Neuzugewanderte');
    // Soft hyphen, zero-width space and BOM, as a title pasted from Word or a web page brings them.
    expect(normaliseTitle('\uFEFFSprach\u00ADkurse für\u200B Eltern')).toBe('Sprachkurse für Eltern');
  });
});
