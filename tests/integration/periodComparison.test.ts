import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { allDifferences, comparePlanPeriods, currentPlanPeriod, filterDifferences } from '../../src/domain';
import type { AnyItemDifference, CatalogueSnapshot, PlanPeriod } from '../../src/domain';

/** The demo's 3rd update (closed) against the 4th (running), read from the local SharePoint. */
describe('comparing two plan periods read from the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let previous: CatalogueSnapshot;
  let current: CatalogueSnapshot;
  let periods: { previous: PlanPeriod; current: PlanPeriod };

  beforeAll(async () => {
    office = emulator.services(coordinator);
    const all = await office.catalogue.planPeriods();
    const running = currentPlanPeriod(all)!;
    periods = { current: running, previous: all.find((period) => period.updateNumber === running.updateNumber - 1)! };
    const snapshots = await office.catalogue.snapshots([periods.previous.id, periods.current.id]);
    previous = snapshots.get(periods.previous.id)!;
    current = snapshots.get(periods.current.id)!;
  });

  it('reads each period its own catalogue, with targets and predecessor links', async () => {
    expect(periods.previous.status).toBe('closed');
    expect([previous.guidingGoals!.length, previous.fieldsOfAction.length, previous.goals.length, previous.measures.length]).toEqual([3, 4, 11, 41]);
    expect([current.guidingGoals!.length, current.fieldsOfAction.length, current.goals.length, current.measures.length, current.indicators.length]).toEqual([3, 4, 10, 42, 60]);
    expect(current.measures.every((measure) => measure.planPeriodId === periods.current.id)).toBe(true);
    const previousMeasureIds = new Set(previous.measures.map((measure) => measure.id));
    expect(current.measures.filter((measure) => measure.predecessorId !== undefined).every((measure) => previousMeasureIds.has(measure.predecessorId!))).toBe(true);
    expect(current.indicators.find((indicator) => indicator.title === 'Einbürgerungen')).toMatchObject({ targetValue: 480, seriesContinuity: 'same' });
    // The repository's own reads agree with the snapshot.
    expect((await office.catalogue.measures(periods.current.id)).map((measure) => measure.id).sort((a, b) => a - b)).toEqual(current.measures.map((measure) => measure.id).sort((a, b) => a - b));
  });

  it('finds the differences the demo was built with: dropped, added, renamed, handed over, retargeted', () => {
    const comparison = comparePlanPeriods(previous, current);
    const lines = (differences: readonly AnyItemDifference[]): string[] =>
      differences.map((difference) => `${difference.kind} ${difference.level} ${(difference.after ?? difference.before)!.title}${difference.changes.map((change) => ` ${change.field}: ${String(change.before)} → ${String(change.after)}`).join(';')}`);
    expect(lines(comparison.guidingGoals)).toEqual([
      'changed guidingGoal Chancengleichheit in Bildung, Ausbildung und Arbeit title: Chancengleichheit in Bildung und Arbeit → Chancengleichheit in Bildung, Ausbildung und Arbeit; description: Alle Menschen in Musterstadt haben die gleichen Chancen auf Bildung und Beschäftigung. → Alle Menschen in Musterstadt haben die gleichen Chancen auf Bildung, Ausbildung und Beschäftigung, unabhängig von ihrer Herkunft.',
      'dropped guidingGoal Willkommenskultur und gute Erstaufnahme',
      'added guidingGoal Interkulturelle Öffnung von Verwaltung und Politik'
    ]);
    expect(lines(comparison.fieldsOfAction)).toEqual([expect.stringMatching(/^changed fieldOfAction Soziales und gesellschaftliche Teilhabe description: /)]);
    expect(lines(comparison.goals)).toEqual(['changed goal Wohnraumversorgung und Zusammenleben in den Quartieren title: Wohnraumversorgung von Geflüchteten → Wohnraumversorgung und Zusammenleben in den Quartieren', 'dropped goal Erstaufnahme und Unterbringung in Gemeinschaftsunterkünften']);
    const measures = lines(comparison.measures);
    expect(measures.filter((line) => line.startsWith('added'))).toEqual([
      'added measure Schulsozialarbeit an Schulen mit hohem Zuwanderungsanteil ausbauen',
      'added measure Migrantenorganisationen stärken: Qualifizierung und Räume',
      'added measure Belegungsmanagement zur Vermeidung von Segregation'
    ]);
    expect(measures.filter((line) => line.startsWith('dropped'))).toEqual(['dropped measure Deutschkurse für Geflüchtete ohne Zugang zu Integrationskursen', 'dropped measure Sozialbetreuung in Gemeinschaftsunterkünften']);
    expect(measures).toContain('changed measure Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe title: Servicequalität der Ausländerbehörde verbessern → Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe; status: inProgress → implemented');
    expect(measures.find((line) => line.startsWith('changed measure Nachbarschaftsmediation'))).toMatch(/leadDepartment: \d+ → \d+$/);
    const indicators = lines(comparison.indicators);
    expect(indicators).toContain('changed indicator Einbürgerungen targetValue: 430 → 480');
    expect(indicators).toContain('changed indicator Teilnehmende an Integrationskursen title: Teilnehmende an Integrationskursen der VHS → Teilnehmende an Integrationskursen');
    expect(indicators.find((line) => line.startsWith('changed indicator Anteil Kinder mit Sprachförderbedarf'))).toMatch(/unit: Anzahl → Prozent.*seriesContinuity: undefined → redefined/);
    expect(indicators).toContain('added indicator Im Pool verfügbare Sprachen');
    // Measured by department: the handed-over measure shows to both.
    const handedOver = comparison.measures.find((difference) => difference.after?.title === 'Nachbarschaftsmediation in Wohnquartieren')!;
    expect(allDifferences(filterDifferences(comparison, { departmentId: handedOver.before!.leadDepartmentId, levels: ['measure'] }))).toContain(handedOver);
    expect(allDifferences(filterDifferences(comparison, { departmentId: handedOver.after!.leadDepartmentId, levels: ['measure'] }))).toContain(handedOver);
  });
});
