import { copyWrite, indicatorCopyFields, measureCopyFormValues } from '../../../src/data/mapping/planPeriodCopyMapping';
import type { CopyWriteContext } from '../../../src/data/mapping/planPeriodCopyMapping';
import type { AnyCopyStep } from '../../../src/domain/planPeriodCopy';
import type { ComparedIndicator, ComparedMeasure } from '../../../src/domain/periodComparison';
import { ServiceError } from '../../../src/http/serviceError';

const measure: ComparedMeasure = {
  id: 31,
  title: 'Sprachkurse für Eltern',
  number: '1.1.3',
  goalId: 21,
  planPeriodId: 2,
  leadDepartmentId: 4,
  involvedDepartmentIds: [5, 7],
  sourceConceptId: 1,
  status: 'inProgress',
  contact: { id: 12, displayName: 'Anna Beispiel', email: 'anna.beispiel@stadt.example' }
};
const indicator: ComparedIndicator = { id: 41, title: 'Teilnehmende', measureId: 31, goalId: 21, departmentId: 4, unit: 'Personen', direction: 'lowerIsBetter', targetValue: 0, isGenderSplit: true };

const context = (copies: Record<string, number>): CopyWriteContext => ({
  listUrl: '/sites/integration/Lists/X',
  key: { field: 'CreateKey', isGenerated: true, value: 'k' },
  draftId: 9,
  parentOf: (level, sourceId) => copies[`${level}:${sourceId}`],
  measureFolderOf: () => '/sites/integration/Lists/Measures/50'
});

describe('the copies written into the next plan period', () => {
  it('copies a measure with everything the office revises, under its goal copy, linked to its original, keyed by its import key', () => {
    const values = Object.fromEntries(measureCopyFormValues(measure, 77, 9, 'FS3-1.1.3').map((value) => [value.FieldName, value.FieldValue]));
    expect(values).toEqual({
      Title: 'Sprachkurse für Eltern',
      Goal: '77',
      PlanPeriod: '9',
      LeadDepartment: '4',
      MeasureStatus: 'in Umsetzung',
      ImportKey: 'FS3-1.1.3',
      PredecessorMeasure: '31',
      MeasureNumber: '1.1.3',
      InvolvedDepartments: '5;#;#7;#',
      SourceConcept: '1',
      Contact: '[{"Key":"i:0#.f|membership|anna.beispiel@stadt.example"}]'
    });
  });

  it('keeps an indicator target of 0 and its direction, and points to the copies of its measure and goal', () => {
    expect(indicatorCopyFields(indicator, { measureId: 88, goalId: 77 }, 'copy-9-indicator-41')).toEqual({
      Title: 'Teilnehmende',
      DepartmentId: 4,
      Direction: 'niedriger ist besser',
      IsGenderSplit: true,
      PredecessorIndicatorId: 41,
      CreateKey: 'copy-9-indicator-41',
      MeasureId: 88,
      GoalId: 77,
      Unit: 'Personen',
      TargetValue: 0
    });
  });

  it('sends no copy whose parent has no copy yet: 424, for the next run', () => {
    const step: AnyCopyStep = { level: 'measure', key: 'FS3-1.1.3', source: measure };
    expect(() => copyWrite(step, context({}))).toThrow(ServiceError);
    expect(() => copyWrite(step, context({}))).toThrow(expect.objectContaining({ status: 424 }));
    const write = copyWrite(step, context({ 'goal:21': 77 }));
    expect(write).toMatchObject({ kind: 'addToFolder', folderPath: '/sites/integration/Lists/Measures/50', key: { value: 'k' } });
    expect(() => copyWrite({ level: 'indicator', key: 'i', source: indicator }, context({ 'goal:21': 77 }))).toThrow(expect.objectContaining({ status: 424 }));
  });
});
