import type { AgreementWithItems, Measure } from '../../../../src/domain';
import {
  agreementFormProblems,
  fieldProblemsOf,
  formOf,
  isSameForm,
  itemInputs,
  measureIdOfField,
  meetingAgenda,
  meetingSubject,
  withRow
} from '../../../../src/app/goalAgreements/agreementForm';
import { formProblemText } from '../../../../src/webparts/goalAgreements/agreementLabels';
import { AgreementProblems } from '../../../../src/data/goalAgreementRepository';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLocStrings } = require('../../../../scripts/locStrings');

const german = readLocStrings('GoalAgreementsWebPartStrings', 'de-de') as IGoalAgreementsWebPartStrings;
const english = readLocStrings('GoalAgreementsWebPartStrings', 'en-us') as IGoalAgreementsWebPartStrings;

function measure(id: number, number: string, title: string): Measure {
  return { id, number, title, goalId: 1, planPeriodId: 1, leadDepartmentId: 7, involvedDepartmentIds: [], status: 'inProgress' };
}

// Catalogue order is by number, numerically: 1.2.10 after 1.2.9.
const measures = [measure(12, '1.2.10', 'Elterncafés'), measure(11, '1.2.9', 'Sprachkurse für Eltern'), measure(13, '2.1.1', 'Ausbildungspatenschaften')];

const stored: AgreementWithItems = {
  agreement: { id: 40, title: 'Zielvereinbarung FB 40 2026', departmentId: 7, year: 2026, status: 'draft', notes: 'Erster Entwurf', etag: '"2"' },
  items: [
    { id: 401, agreementId: 40, measureId: 12, title: '1.2.10 Elterncafés', target: '6 Elterncafés', responsibleContactId: 70, achievement: 'open', carriedOverFrom: 301 },
    // A measure the department no longer leads in this period: kept in the form.
    { id: 402, agreementId: 40, measureId: 99, title: '9.9.9 Altmaßnahme', target: 'abschließen', achievement: 'open' }
  ]
};

describe('goal agreement form', () => {
  it("lists the department's measures in catalogue order, ticking the agreed ones, and keeps agreed measures from elsewhere at the end", () => {
    const form = formOf(measures, stored);
    expect(form.notes).toBe('Erster Entwurf');
    expect(form.rows.map((row) => [row.measureId, row.title, row.isAgreed])).toEqual([
      [11, '1.2.9 Sprachkurse für Eltern', false],
      [12, '1.2.10 Elterncafés', true],
      [13, '2.1.1 Ausbildungspatenschaften', false],
      [99, '9.9.9 Altmaßnahme', true]
    ]);
    expect(form.rows[1]).toMatchObject({ target: '6 Elterncafés', responsibleContactId: 70, carriedOverFrom: 301 });
  });

  it('starts a new agreement with nothing ticked', () => {
    const form = formOf(measures, undefined);
    expect(form.rows.every((row) => !row.isAgreed && row.target === '')).toBe(true);
    expect(form.notes).toBe('');
  });

  it('turns the ticked rows into items: stored ones keep their id, new ones have none, unticked ones are left out (removed)', () => {
    let form = formOf(measures, stored);
    form = withRow(form, 11, { isAgreed: true, target: '  3 Kurse je Halbjahr ', notes: ' ', responsibleContactId: 71 });
    form = withRow(form, 99, { isAgreed: false });
    expect(itemInputs(form, stored)).toEqual([
      { measureId: 11, title: '1.2.9 Sprachkurse für Eltern', target: '3 Kurse je Halbjahr', responsibleContactId: 71 },
      { id: 401, measureId: 12, title: '1.2.10 Elterncafés', target: '6 Elterncafés', responsibleContactId: 70, carriedOverFrom: 301 }
    ]);
  });

  it('after a conflict, saves the same form onto the latest version, matching its items by measure', () => {
    const form = withRow(formOf(measures, stored), 12, { target: '8 Elterncafés' });
    const latest: AgreementWithItems = { ...stored, items: [{ ...stored.items[0], id: 501 }] };
    expect(itemInputs(form, latest).map((item) => [item.id, item.measureId, item.target])).toEqual([
      [501, 12, '8 Elterncafés'],
      [undefined, 99, 'abschließen']
    ]);
  });

  it('sees a change only where something that is saved changed', () => {
    const form = formOf(measures, stored);
    expect(isSameForm(form, formOf(measures, stored))).toBe(true);
    expect(isSameForm(withRow(form, 12, { target: '6 Elterncafés  ' }), form)).toBe(true);
    // Typing into an unticked row saves nothing.
    expect(isSameForm(withRow(form, 11, { target: 'Entwurf' }), form)).toBe(true);
    expect(isSameForm(withRow(form, 11, { isAgreed: true }), form)).toBe(false);
    expect(isSameForm(withRow(form, 12, { responsibleContactId: undefined }), form)).toBe(false);
    expect(isSameForm({ ...form, notes: 'Neu' }, form)).toBe(false);
  });

  describe('validation before agreeing', () => {
    it('needs at least one agreed measure', () => {
      const problems = agreementFormProblems(formOf(measures, undefined));
      expect(problems).toEqual([{ kind: 'noItems' }]);
      expect(formProblemText(problems[0], german)).toBe('Bitte mindestens eine Maßnahme als vereinbart anhaken.');
    });

    it('needs a target for every agreed measure, named in the message', () => {
      const form = withRow(withRow(formOf(measures, stored), 11, { isAgreed: true, target: '   ' }), 99, { isAgreed: false });
      const problems = agreementFormProblems(form);
      expect(problems).toEqual([{ kind: 'targetRequired', measureId: 11, title: '1.2.9 Sprachkurse für Eltern' }]);
      expect(formProblemText(problems[0], german)).toBe('Bitte für „1.2.9 Sprachkurse für Eltern“ ein Ziel eingeben.');
      expect(formProblemText(problems[0], english)).toBe('Enter a target for "1.2.9 Sprachkurse für Eltern".');
    });

    it('has nothing to say when every agreed measure has a target', () => {
      expect(agreementFormProblems(withRow(formOf(measures, stored), 99, { isAgreed: false }))).toEqual([]);
    });

    it("places the repository's problems on the measure they name", () => {
      const error = new AgreementProblems([
        { field: 'measure:12', message: 'agreement.targetMissing', params: { title: '1.2.10 Elterncafés' } },
        { field: 'items', message: 'agreement.noItems' }
      ]);
      const problems = fieldProblemsOf(error)!;
      expect(problems.map(measureIdOfField)).toEqual([12, undefined]);
      expect(fieldProblemsOf(new Error('network'))).toBeUndefined();
    });
  });

  it('builds the meeting subject and an agenda that reviews last year and lists the measures to agree', () => {
    const department = { number: '40', name: 'Schule und Bildung' };
    expect(meetingSubject(2026, department, { subject: german.MeetingSubject })).toBe('Zielvereinbarungsgespräch 2026 – FB 40 Schule und Bildung');
    const previous: AgreementWithItems = {
      agreement: { id: 30, title: 'Zielvereinbarung FB 40 2025', departmentId: 7, year: 2025, status: 'agreed' },
      items: [{ id: 301, measureId: 12, title: '1.2.10 Elterncafés', target: '4 Elterncafés', achievement: 'open' }]
    };
    const templates = {
      subject: german.MeetingSubject,
      reviewHeading: german.AgendaReviewHeading,
      agreeHeading: german.AgendaAgreeHeading,
      nothingToReview: german.AgendaNothingToReview,
      nothingToAgree: german.AgendaNothingToAgree,
      target: german.AgendaTarget
    };
    const form = withRow(formOf(measures, stored), 99, { isAgreed: false });
    expect(meetingAgenda(2026, previous, form, templates)).toBe(
      [
        'Überprüfung der Zielvereinbarung 2025:',
        '- 1.2.10 Elterncafés (Ziel: 4 Elterncafés)',
        '',
        'Zu vereinbarende Maßnahmen 2026:',
        '- 1.2.10 Elterncafés (Ziel: 6 Elterncafés)'
      ].join('\n')
    );
    // Nothing to review, nothing ticked yet: the department's measures are the candidates.
    expect(meetingAgenda(2026, undefined, formOf(measures.slice(0, 1), undefined), templates)).toBe(
      ['Überprüfung der Zielvereinbarung 2025:', '- keine vereinbarten Maßnahmen zu überprüfen', '', 'Zu vereinbarende Maßnahmen 2026:', '- 1.2.10 Elterncafés'].join('\n')
    );
  });
});
