import { checkRelease, isPublishableReport, publicationFileNames, releaseSessions, reportDataYears } from '../../../src/domain';
import { hasWordComments } from '../../../src/reports/publicDataset';
import type { BodySession } from '../../../src/domain';

const session = (id: number, body: BodySession['body'], date: string, status?: BodySession['status']): BodySession => ({ id, title: `Sitzung ${id}`, body, date, agendaItems: [], ...(status ? { status } : {}) });
const sessions = [session(1, 'advisoryBoard', '2026-03-04'), session(2, 'committee', '2026-03-12'), session(3, 'advisoryBoard', '2026-11-19'), session(4, 'advisoryBoard', '2026-11-25', 'cancelled')];

describe('release and publication rules', () => {
  it('offers the Beirat sessions that were not cancelled, latest first', () => {
    expect(releaseSessions(sessions).map((candidate) => candidate.id)).toEqual([3, 1]);
  });

  it.each([
    ['a Beirat session and its day', { sessionId: 3, releasedOn: '2026-11-19' }, 'annualReport', []],
    ['a later day, recorded afterwards', { sessionId: 1, releasedOn: '2026-04-01' }, 'periodReport', []],
    ['no session', { releasedOn: '2026-11-19' }, 'annualReport', ['sessionRequired']],
    ['a committee session', { sessionId: 2, releasedOn: '2026-03-12' }, 'annualReport', ['sessionNotAdvisoryBoard']],
    ['a cancelled session', { sessionId: 4, releasedOn: '2026-11-25' }, 'annualReport', ['sessionCancelled']],
    ['a day before the session', { sessionId: 3, releasedOn: '2026-11-18' }, 'annualReport', ['dateBeforeSession']],
    ['a day after today', { sessionId: 3, releasedOn: '2026-12-04' }, 'annualReport', ['dateInFuture']],
    ['no valid day', { sessionId: 3, releasedOn: '19.11.2026' }, 'annualReport', ['dateInvalid']],
    ['a status-quo report', { sessionId: 3, releasedOn: '2026-11-19' }, 'statusReport', ['reportNotPublishable']]
  ] as const)('checks a release with %s', (_, input, type, problems) => {
    expect(checkRelease(input, type, sessions, '2026-12-03')).toEqual(problems);
  });

  it('publishes annual and period reports only', () => {
    expect(['statusReport', 'annualReport', 'periodReport', 'template'].map((type) => isPublishableReport(type as never))).toEqual([false, true, true, false]);
  });

  it('takes the years of a period report from its plan period, an annual report its year', () => {
    expect(reportDataYears({ type: 'periodReport', year: 2021 }, { startYear: 2019, endYear: 2021 })).toEqual([2019, 2020, 2021]);
    expect(reportDataYears({ type: 'annualReport', year: 2024 })).toEqual([2024]);
    expect(reportDataYears({ type: 'annualReport' })).toEqual([]);
  });

  it('names the public files the same at every publication, so a repeat replaces them', () => {
    expect(publicationFileNames({ id: 7, type: 'annualReport' }, [2024])).toEqual({ report: 'Jahresbericht_2024.docx', datasetCsv: 'Kennzahlen_2024.csv', datasetHtml: 'Kennzahlen_2024.html' });
    expect(publicationFileNames({ id: 9, type: 'periodReport' }, [2019, 2020, 2021]).report).toBe('Bericht-zur-Fortschreibung_2019-2021.docx');
  });
});

describe('Word comments in a report', () => {
  const zipNamed = (...names: string[]): Uint8Array => new TextEncoder().encode(names.map((name) => `PK\u0003\u0004....${name}....`).join(''));
  it('finds the comments part of a .docx by its name in the zip', () => {
    expect(hasWordComments(zipNamed('[Content_Types].xml', 'word/document.xml', 'word/comments.xml'))).toBe(true);
    expect(hasWordComments(zipNamed('[Content_Types].xml', 'word/document.xml', 'word/styles.xml'))).toBe(false);
  });
});
