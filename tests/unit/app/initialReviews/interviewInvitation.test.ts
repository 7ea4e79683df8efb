import { interviewInvitation } from '../../../../src/app/initialReviews/interviewInvitation';
import type { Department, Measure } from '../../../../src/domain';

const strings = {
  InterviewSubject: 'Erstgespräch – FB {0} ({1})',
  InterviewAgendaIntro: '{2} Maßnahmen von {0} in {1}.',
  InterviewAgendaQuestions: 'Aktuell? Angemessen? Umgesetzt?',
  InterviewAgendaChecklist: 'Checkliste:'
};
const department: Department = { id: 7, number: '50', name: 'Soziales', groupName: 'FB 50' };
const measure = (id: number, number: string | undefined, title: string, leadDepartmentId = 7): Measure => ({
  id,
  number,
  title,
  goalId: 1,
  planPeriodId: 1,
  leadDepartmentId,
  involvedDepartmentIds: [],
  status: 'planned'
});

describe('the invitation to an initial interview', () => {
  it("lists the department's own measures as the checklist, in number order", () => {
    const { subject, agenda } = interviewInvitation(
      department,
      '2022–2024',
      [measure(1, '2.10', 'Sprachcafé'), measure(2, '2.2', 'Lotsenprojekt'), measure(3, '1.1', 'Fremd', 8), measure(4, undefined, 'Ohne Nummer')],
      strings
    );
    expect(subject).toBe('Erstgespräch – FB 50 Soziales (2022–2024)');
    expect(agenda.split('\n')).toEqual([
      '3 Maßnahmen von 50 Soziales in 2022–2024.',
      '',
      'Aktuell? Angemessen? Umgesetzt?',
      '',
      'Checkliste:',
      '☐ Ohne Nummer',
      '☐ 2.2 Lotsenprojekt',
      '☐ 2.10 Sprachcafé'
    ]);
  });
});
