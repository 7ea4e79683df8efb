import { storeCommitteeReport, retryCommitteeReport, type GenerationContext } from '../../../../src/app/committeeReport/committeeReportCommands';
import { countNotAccepted } from '../../../../src/app/committeeReport/committeeReportData';
import { bodyReports, formProblems, initialReportsState, reportsReducer, type CommitteeReportFile, type Generation, type ReportsState } from '../../../../src/app/committeeReport/committeeReportState';
import { requestOf } from '../../../../src/app/committeeReport/useCommitteeReports';
import type { StoredReport } from '../../../../src/data/reportRepository';
import type { PlanPeriod } from '../../../../src/domain';

const periods: PlanPeriod[] = [
  { id: 1, title: '3. Fortschreibung', updateNumber: 3, startYear: 2022, endYear: 2024, status: 'closed' },
  { id: 2, title: '4. Fortschreibung', updateNumber: 4, startYear: 2025, endYear: 2027, status: 'adopted' },
  { id: 3, title: '5. Fortschreibung', updateNumber: 5, startYear: 2028, endYear: 2030, status: 'draft' }
];

function loaded(today = '2026-12-03', mayCreate = true): ReportsState {
  return reportsReducer(initialReportsState('Ausschuss'), {
    type: 'loaded',
    periods,
    committeeSessions: [{ id: 40, title: 'Ausschuss für Soziales 1/2027', body: 'committee', date: '2027-01-20', agendaItems: [] }],
    stored: [],
    mayCreate,
    today
  });
}

const file: CommitteeReportFile = { fileName: 'Jahresbericht_2025_2026-12-03.docx', content: new Blob(['x']), title: 'Jahresbericht 2025 an den Ausschuss', type: 'annualReport', year: 2025, planPeriodId: 2, notAcceptedCount: 0 };

describe('the reports tab state', () => {
  it('lets the office create reports and shows departments the stored ones only', () => {
    expect(initialReportsState('Ausschuss').mayCreate).toBe(false);
    expect(loaded().mayCreate).toBe(true);
    expect(loaded('2026-12-03', false).mayCreate).toBe(false);
  });

  it('starts with the adopted period and last year, the year whose values the departments reported', () => {
    expect(loaded().form).toMatchObject({ kind: 'annualReport', planPeriodId: 2, year: 2025, body: 'Ausschuss' });
    expect(loaded('2025-02-01').form.year).toBe(2025);
    expect(formProblems(loaded())).toEqual([]);
  });

  it('keeps the year inside the chosen period and names what keeps the form from generating', () => {
    const state = reportsReducer(loaded(), { type: 'form', changes: { planPeriodId: 1 } });
    expect(state.form.year).toBe(2022);
    expect(formProblems(reportsReducer(state, { type: 'form', changes: { body: '  ' } }))).toEqual(['body']);
    expect(formProblems({ ...state, form: { ...state.form, planPeriodId: 99 } })).toEqual(['period']);
  });

  it('takes the date of a chosen committee session over a typed one', () => {
    const withSession = reportsReducer(loaded(), { type: 'form', changes: { sessionId: 40, sessionDate: '2027-02-01' } });
    expect(requestOf(withSession, { language: 'de', officeName: 'Büro' }).consultation).toEqual({ body: 'Ausschuss', sessionDate: '2027-01-20' });
    const typed = reportsReducer(loaded(), { type: 'form', changes: { sessionDate: '2027-02-01' } });
    expect(requestOf(typed, { language: 'de', officeName: 'Büro' }).consultation).toEqual({ body: 'Ausschuss', sessionDate: '2027-02-01' });
    expect(requestOf(loaded(), { language: 'en', officeName: 'Büro' })).toMatchObject({ kind: 'annualReport', planPeriodId: 2, year: 2025, language: 'en', consultation: { body: 'Ausschuss' } });
  });

  it('lists only the reports to the bodies', () => {
    const stored = [{ id: 1, type: 'statusReport' }, { id: 2, type: 'annualReport' }, { id: 3, type: 'periodReport' }, { id: 4, type: 'template' }] as StoredReport[];
    expect(bodyReports(stored).map((report) => report.id)).toEqual([2, 3]);
  });
});

describe('storing a generated report', () => {
  function context(save: jest.Mock): { context: GenerationContext; shown: Generation[]; stored: jest.Mock } {
    const shown: Generation[] = [];
    const stored = jest.fn();
    return {
      shown,
      stored,
      context: { services: { reports: { save } } as unknown as GenerationContext['services'], accepted: { acceptedValues: async () => [] }, render: async () => new Blob(), show: (generation) => shown.push(generation), onStored: stored }
    };
  }

  it('asks before replacing a stored report and replaces it only when told', async () => {
    const save = jest.fn().mockResolvedValueOnce({ status: 'exists', fileName: file.fileName }).mockResolvedValueOnce({ status: 'saved', report: {} });
    const { context: ctx, shown, stored } = context(save);
    await storeCommitteeReport(ctx, file, false);
    expect(shown.at(-1)).toEqual({ kind: 'confirmReplace', file });
    expect(stored).not.toHaveBeenCalled();
    await storeCommitteeReport(ctx, file, true);
    expect(save.mock.calls.map((call) => call[1])).toEqual([{ overwrite: false }, { overwrite: true }]);
    expect(save.mock.calls[0][0]).toMatchObject({ fileName: file.fileName, type: 'annualReport', year: 2025, planPeriodId: 2, title: 'Jahresbericht 2025 an den Ausschuss' });
    expect(shown.at(-1)).toEqual({ kind: 'saved', file, replaced: true });
    expect(stored).toHaveBeenCalledTimes(1);
  });

  it('keeps the built file when only the upload failed, and the retry stores just that', async () => {
    const failure = new Error('503');
    const save = jest.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce({ status: 'saved', report: {} });
    const { context: ctx, shown } = context(save);
    await storeCommitteeReport(ctx, file, false);
    const failed = shown.at(-1)!;
    expect(failed).toEqual({ kind: 'failed', error: failure, file, overwrite: false });
    await retryCommitteeReport(ctx, failed, { kind: 'annualReport', planPeriodId: 2, year: 2025, consultation: { body: 'Ausschuss' }, officeName: 'Büro', language: 'de' }, new Date());
    expect(save).toHaveBeenCalledTimes(2);
    expect(shown.at(-1)).toMatchObject({ kind: 'saved' });
  });
});

describe('countNotAccepted', () => {
  it('counts stored values of the report years with a total that are not accepted', () => {
    const stored = [
      { indicatorId: 1, year: 2025, total: 3 },
      { indicatorId: 2, year: 2025, total: 4 },
      { indicatorId: 3, year: 2025, total: Number.NaN },
      { indicatorId: 4, year: 2024, total: 5 }
    ];
    expect(countNotAccepted(stored, [{ indicatorId: 1, year: 2025, total: 3 }], [2025])).toBe(1);
  });
});
