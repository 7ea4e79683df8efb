import { idlePublication, publicationReducer } from '../../../../src/app/publication/publicationState';
import type { ReleasableReport } from '../../../../src/data/publicationRepository';
import type { BodySession } from '../../../../src/domain';

const report: ReleasableReport = { id: 7, fileName: 'Jahresbericht_2024.docx', title: 'Jahresbericht 2024', type: 'annualReport', year: 2024, serverRelativeUrl: '/sites/integration/Berichte/Jahresbericht_2024.docx', url: 'https://x/y', modified: '2026-11-20T10:00:00Z', etag: '"2"' };
const sessions: BodySession[] = [
  { id: 30, title: 'Beirat November', body: 'advisoryBoard', date: '2026-11-19', agendaItems: [] },
  { id: 12, title: 'Beirat März', body: 'advisoryBoard', date: '2026-03-04', agendaItems: [] }
];

describe('publication tab state', () => {
  it('proposes the latest Beirat session and its day, keeps a typed day, and follows a newly chosen session while the day was the session’s', () => {
    const opened = publicationReducer(idlePublication, { type: 'releaseOpened', report, sessions });
    expect(opened.releasing).toMatchObject({ sessionId: 30, releasedOn: '2026-11-19', problems: [] });
    const typed = publicationReducer(opened, { type: 'releaseChanged', releasedOn: '2026-11-21', sessions });
    expect(typed.releasing).toMatchObject({ sessionId: 30, releasedOn: '2026-11-21' });
    const otherSession = publicationReducer(typed, { type: 'releaseChanged', sessionId: 12, sessions });
    expect(otherSession.releasing).toMatchObject({ sessionId: 12, releasedOn: '2026-11-21' });
    const followed = publicationReducer(opened, { type: 'releaseChanged', sessionId: 12, sessions });
    expect(followed.releasing).toMatchObject({ sessionId: 12, releasedOn: '2026-03-04' });
  });

  it('shows the problems of a refused form and ignores a cancel while saving', () => {
    const opened = publicationReducer(idlePublication, { type: 'releaseOpened', report, sessions });
    const invalid = publicationReducer(opened, { type: 'releaseInvalid', problems: ['dateInFuture'] });
    expect(invalid.releasing?.problems).toEqual(['dateInFuture']);
    const saving = publicationReducer(invalid, { type: 'saving' });
    expect(publicationReducer(saving, { type: 'releaseCancelled' }).releasing).toBeDefined();
  });
});
