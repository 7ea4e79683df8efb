import { defaultUser, readWorkbenchState } from '../../../src/hosts/workbench/workbenchState';

describe('the workbench address', () => {
  it('signs in as the user the address names, else as the one signed in last on this browser, else as the office', () => {
    expect(readWorkbenchState('?user=anna%40stadt.example&view=excel', 'ben@stadt.example').user).toBe('anna@stadt.example');
    // The workbook link of a reminder mail carries no user: it opens as whoever is signed in.
    expect(readWorkbenchState('?view=excel&file=%2Fsites%2Fintegration%2FKennzahlenmappen%2F50%2Fa.xlsx', 'ben@stadt.example')).toEqual({ user: 'ben@stadt.example', lang: 'de', theme: 'light', view: 'excel' });
    expect(readWorkbenchState('?view=excel').user).toBe(defaultUser);
  });
});
