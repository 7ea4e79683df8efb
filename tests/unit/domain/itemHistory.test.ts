import { itemHistory, readableValue, type ItemVersion } from '../../../src/domain/itemHistory';
import { listSchema } from '../../../src/domain/lists';

const measures = listSchema.Measures;
const field = (name: string) => measures.fields.find((candidate) => candidate.name === name)!;

const version = (label: string, editor: string, values: Record<string, unknown>): ItemVersion => ({ label, modified: `2026-0${label[0]}-01T10:00:00Z`, editor, values });

describe('item history', () => {
  const base = {
    Title: 'Sprachkurse für Eltern',
    MeasureStatus: 'geplant',
    LeadDepartment: { LookupId: 1, LookupValue: 'Jugend, Schule und Sport' },
    InvolvedDepartments: [],
    Contact: null,
    Modified: '2026-01-01T10:00:00Z',
    OData__UIVersionString: '1.0',
    ImportKey: 'M-1'
  };

  it('diffs consecutive versions newest first, naming columns by their display name', () => {
    const history = itemHistory(
      measures,
      [
        version('3.0', 'Büro für Integration', { ...base, MeasureStatus: 'umgesetzt', Contact: { LookupId: 7, LookupValue: 'Anna Schmidt', Email: 'a@x' }, Modified: '2026-03-01T10:00:00Z' }),
        version('2.0', 'Anna Schmidt', { ...base, MeasureStatus: 'in Umsetzung', OData__UIVersionString: '2.0' }),
        version('1.0', 'Büro für Integration', base)
      ],
      'de'
    );
    expect(history.map((entry) => [entry.label, entry.editor, entry.created])).toEqual([
      ['3.0', 'Büro für Integration', false],
      ['2.0', 'Anna Schmidt', false],
      ['1.0', 'Büro für Integration', true]
    ]);
    expect(history[0].changes).toEqual([
      { field: 'Stand der Umsetzung', before: 'in Umsetzung', after: 'umgesetzt' },
      { field: 'Ansprechperson', before: '', after: 'Anna Schmidt' }
    ]);
    // System columns (Modified, _UIVersionString) never show up as changes.
    expect(history[1].changes).toEqual([{ field: 'Stand der Umsetzung', before: 'geplant', after: 'in Umsetzung' }]);
    expect(history[2].changes).toContainEqual({ field: 'Maßnahme', before: '', after: 'Sprachkurse für Eltern' });
    expect(history[2].changes).toContainEqual({ field: 'Federführender Fachbereich', before: '', after: 'Jugend, Schule und Sport' });
  });

  it('leaves out versions that change no shown column', () => {
    const history = itemHistory(measures, [version('1.0', 'A', base), version('2.0', 'B', { ...base, Modified: 'later' })], 'en');
    expect(history.map((entry) => entry.label)).toEqual(['1.0']);
  });

  it('renders lookups, multi lookups, booleans, numbers and dates readably', () => {
    const departments = [{ LookupId: 1, LookupValue: 'FB 50' }, { LookupId: 2, LookupValue: 'FB 32' }];
    expect(readableValue(departments, field('InvolvedDepartments'), 'de')).toBe('FB 50, FB 32');
    const boolean = { name: 'IsPriority', displayName: 'Priorität', type: 'Boolean', required: false, indexed: false, unique: false } as const;
    expect(readableValue(true, boolean, 'de')).toBe('Ja');
    expect(readableValue(false, boolean, 'en')).toBe('No');
    const number = { ...boolean, type: 'Number' } as const;
    expect(readableValue(1234.5, number, 'de')).toBe('1.234,5');
    const day = { ...boolean, type: 'DateTime', dateOnly: true } as const;
    // 23:00 UTC on 14 March is already the 15th in Germany.
    expect(readableValue('2026-03-14T23:00:00Z', day, 'de')).toBe('15.03.2026');
    const moment = { ...boolean, type: 'DateTime' } as const;
    expect(readableValue('2026-03-14T09:30:00Z', moment, 'de')).toBe('14.03.2026, 10:30');
  });
});
