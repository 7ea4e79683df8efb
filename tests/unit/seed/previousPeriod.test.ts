import { buildSeed, type SeedData, type SeedItem } from '../../../local/seed';

/** The closed previous update (3rd, 2022–2024) beside the running one, with the differences a comparison shows. */

const today = new Date('2026-11-23T08:00:00Z');
const demo = buildSeed('demo', today);
const items = (seed: SeedData, list: string): SeedItem[] => seed.lists[list] ?? [];
const field = <T = unknown>(item: SeedItem, name: string): T => item.fields[name] as T;
const byId = (list: string, id: number): SeedItem => items(demo, list)[id - 1];
const periodId = (title: string): number => items(demo, 'PlanPeriods').findIndex((item) => String(field(item, 'Title')).startsWith(title)) + 1;
const previous = periodId('3. Fortschreibung');
const current = periodId('4. Fortschreibung');
const titlesOf = (list: string, period: number): string[] => items(demo, list).filter((item) => field(item, 'PlanPeriodId') === period).map((item) => field(item, 'Title'));
const currentMeasureIds = new Set(items(demo, 'Measures').flatMap((item, index) => (field(item, 'PlanPeriodId') === current ? [index + 1] : [])));
const currentIndicators = items(demo, 'Indicators').filter((item) => currentMeasureIds.has(field(item, 'MeasureId')));
const indicatorTitled = (title: string): SeedItem => currentIndicators.find((item) => field(item, 'Title') === title)!;

describe('demo seed: the previous plan period', () => {
  it('is the closed 3rd update with its own guiding goals, fields, goals and measures', () => {
    expect(field(byId('PlanPeriods', previous), 'PeriodStatus')).toBe('Abgeschlossen');
    expect(titlesOf('GuidingGoals', previous)).toHaveLength(3);
    expect(titlesOf('GuidingGoals', current)).toHaveLength(3);
    expect(titlesOf('FieldsOfAction', previous)).toEqual(titlesOf('FieldsOfAction', current));
    expect(titlesOf('Goals', previous)).toHaveLength(11);
    expect(titlesOf('Measures', previous)).toHaveLength(41);
  });

  it('links every continued current item to its predecessor in the previous period', () => {
    for (const list of ['FieldsOfAction', 'Goals', 'Measures']) {
      const key = `Predecessor${list === 'FieldsOfAction' ? 'FieldOfAction' : list === 'Goals' ? 'Goal' : 'Measure'}Id`;
      const linked = items(demo, list).filter((item) => field(item, 'PlanPeriodId') === current && field(item, key) !== undefined);
      expect(linked.length).toBeGreaterThan(0);
      for (const item of linked) {
        expect(field(byId(list, field(item, key)), 'PlanPeriodId')).toBe(previous);
      }
    }
    // The measures new in this update have none.
    const unlinked = items(demo, 'Measures').filter((item) => field(item, 'PlanPeriodId') === current && field(item, 'PredecessorMeasureId') === undefined);
    expect(unlinked.map((item) => field(item, 'MeasureStatus'))).toEqual(['geplant', 'geplant', 'geplant']);
  });

  it('renames one measure, drops two and hands one over to another department', () => {
    const renamed = items(demo, 'Measures').find((item) => field(item, 'Title') === 'Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe')!;
    expect(field(byId('Measures', field(renamed, 'PredecessorMeasureId')), 'Title')).toBe('Servicequalität der Ausländerbehörde verbessern');
    expect(titlesOf('Measures', previous)).toEqual(expect.arrayContaining(['Sozialbetreuung in Gemeinschaftsunterkünften', 'Deutschkurse für Geflüchtete ohne Zugang zu Integrationskursen']));
    const handedOver = items(demo, 'Measures').find((item) => field(item, 'PlanPeriodId') === current && field(item, 'Title') === 'Nachbarschaftsmediation in Wohnquartieren')!;
    expect(field(byId('Measures', field(handedOver, 'PredecessorMeasureId')), 'LeadDepartmentId')).not.toBe(field(handedOver, 'LeadDepartmentId'));
  });

  it('continues most indicator series, renames one, redefines one and retargets some', () => {
    const continuity = (title: string): string => field(indicatorTitled(title), 'SeriesContinuity');
    const predecessor = (title: string): SeedItem => byId('Indicators', field(indicatorTitled(title), 'PredecessorIndicatorId'));
    expect(continuity('Teilnehmende an Integrationskursen')).toBe('umbenannt');
    expect(field(predecessor('Teilnehmende an Integrationskursen'), 'Title')).toBe('Teilnehmende an Integrationskursen der VHS');
    expect(continuity('Anteil Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung')).toBe('neu definiert');
    expect(field(predecessor('Anteil Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung'), 'Unit')).toBe('Anzahl');
    expect(continuity('Einbürgerungen')).toBe('fortgeführt');
    expect(field(predecessor('Einbürgerungen'), 'TargetValue')).toBe(430);
    expect(field(indicatorTitled('Einbürgerungen'), 'TargetValue')).toBe(480);
    expect(field(indicatorTitled('Im Pool verfügbare Sprachen'), 'PredecessorIndicatorId')).toBeUndefined();
  });

  it('gives the previous indicators values for the years of their period, in the year folders', () => {
    const previousIndicatorIds = new Set(items(demo, 'Indicators').flatMap((item, index) => (currentMeasureIds.has(field(item, 'MeasureId')) ? [] : [index + 1])));
    const values = items(demo, 'IndicatorValues').filter((value) => previousIndicatorIds.has(field(value, 'IndicatorId')));
    expect(new Set(values.map((value) => field(value, 'ValueYear')))).toEqual(new Set([2022, 2023, 2024]));
    expect(values.every((value) => field(value, 'Total') !== undefined)).toBe(true);
    const folders = new Set(demo.folders.filter((folder) => folder.list === 'IndicatorValues').map((folder) => `${folder.parent}/${folder.name}`));
    expect(values.every((value) => folders.has(value.folder!))).toBe(true);
  });
});
