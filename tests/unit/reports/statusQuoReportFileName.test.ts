import { statusQuoReportFileName } from '../../../src/reports';
import { period } from './statusQuoFixture';

describe('status-quo report file name', () => {
  it('names the period and the day', () => {
    expect(statusQuoReportFileName(period, '2026-11-23')).toBe('Status-Quo-Bericht_2019-2021_2026-11-23.docx');
  });

  it('uses the city’s calendar day for a date-time', () => {
    expect(statusQuoReportFileName(period, '2026-11-22T23:30:00Z')).toBe('Status-Quo-Bericht_2019-2021_2026-11-23.docx');
  });

  it('stays ASCII for text that is no date', () => {
    const name = statusQuoReportFileName(period, 'Entwurf für März');
    expect(name).toBe('Status-Quo-Bericht_2019-2021_Entwurf-fuer-Maerz.docx');
    expect(name).toMatch(/^[\x20-\x7e]+$/);
  });
});
