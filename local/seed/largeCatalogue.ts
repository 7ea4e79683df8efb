import { measureImportKey, type SeededGoal } from './catalogue';
import { contactsOf, departmentId, departments } from './organisation';
import { measureFolder } from './periodFolders';
import type { PlanPeriodInfo } from './planPeriods';
import type { Random } from './random';
import type { SeedList } from './seedList';

/**
 * Extra measures for performance work: well above SharePoint's list view threshold of 5,000
 * items, spread over all goals and departments and stored in the departments' folders of the period.
 */

export const largeExtraMeasures = 5000;

const actions = ['Ausbau', 'Weiterentwicklung', 'Verstetigung', 'Evaluation', 'Aufbau', 'Qualifizierung', 'Vernetzung', 'Erprobung'];
const topics = [
  'der Sprachförderangebote',
  'der Elternarbeit',
  'der Beratung für Neuzugewanderte',
  'der Ehrenamtsbegleitung',
  'der Ausbildungsvorbereitung',
  'der interkulturellen Elternbildung',
  'der Gesundheitsprävention',
  'der Quartiersarbeit',
  'der Nachbarschaftshilfe',
  'der Willkommenskultur'
];
const places = ['im Stadtteil Nord', 'im Stadtteil Süd', 'in der Innenstadt', 'im Westviertel', 'am Bahnhof', 'in Oststadt', 'in allen Stadtteilen', 'in Kooperation mit freien Trägern'];
const statuses = ['geplant', 'in Umsetzung', 'in Umsetzung', 'umgesetzt', 'Daueraufgabe', 'Daueraufgabe', 'zurückgestellt', 'entfallen'];

export function addLargeMeasures(list: SeedList, goals: readonly SeededGoal[], period: PlanPeriodInfo, random: Random): void {
  const perGoal = new Map<string, number>();
  for (let index = 0; index < largeExtraMeasures; index += 1) {
    const goal = goals[index % goals.length];
    // A step coprime to the number of departments visits every department evenly.
    const department = departments[(index * 5) % departments.length];
    const position = (perGoal.get(goal.number) ?? 100) + 1;
    perGoal.set(goal.number, position);
    const number = `${goal.number}.${position}`;
    const involved = random.chance(0.3) ? [departments[(index * 7 + 3) % departments.length].number].filter((other) => other !== department.number) : [];
    const contacts = contactsOf(department.number);
    list.add(
      {
        Title: `${random.pick(actions)} ${random.pick(topics)} ${random.pick(places)} (${number})`,
        MeasureNumber: number,
        GoalId: goal.id,
        PlanPeriodId: period.id,
        LeadDepartmentId: departmentId(department.number),
        InvolvedDepartmentsId: involved.map(departmentId),
        SourceConceptId: random.int(1, 2),
        MeasureStatus: random.pick(statuses),
        Contact: contacts.length > 0 ? random.pick(contacts).login : undefined,
        Description: `Zusätzliche Maßnahme zu Einzelziel ${goal.number} „${goal.title}“.`,
        ImportKey: measureImportKey(period, number)
      },
      measureFolder(department.number, period)
    );
  }
}
