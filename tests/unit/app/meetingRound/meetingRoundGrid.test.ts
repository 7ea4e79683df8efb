import { weekGrids } from '../../../../src/app/meetingRound/roundWeekGrid';

describe('meeting round: week view layout', () => {
  const window = { firstDay: '2027-03-03', lastDay: '2027-03-09', dayStartMinutes: 9 * 60, dayEndMinutes: 12 * 60 };

  it('shows every week of the window Monday to Friday, days outside the window and holidays closed', () => {
    const grids = weekGrids(window, [], new Map([['2027-03-08', 'Internationaler Frauentag']]));
    expect(grids.map((grid) => grid.monday)).toEqual(['2027-03-01', '2027-03-08']);
    expect(grids[0].days.map((day) => `${day.day}:${day.isClosed}`)).toEqual(['2027-03-01:true', '2027-03-02:true', '2027-03-03:false', '2027-03-04:false', '2027-03-05:false']);
    expect(grids[1].days[0]).toEqual({ day: '2027-03-08', isClosed: true, holiday: 'Internationaler Frauentag' });
    expect(grids[1].days.slice(2).every((day) => day.isClosed)).toBe(true);
    expect(grids[0].rows).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
  });

  it('places each meeting as a card in its day column spanning its rows', () => {
    const grids = weekGrids(window, [
      { departmentId: 7, slot: { start: '2027-03-04T10:00', end: '2027-03-04T11:30' }, isFixed: false },
      { departmentId: 8, slot: { start: '2027-03-09T09:15', end: '2027-03-09T09:45' }, isFixed: true }
    ]);
    expect(grids[0].cards).toEqual([{ departmentId: 7, slot: { start: '2027-03-04T10:00', end: '2027-03-04T11:30' }, isFixed: false, column: 3, row: 2, rowSpan: 3 }]);
    // Off the half-hour grid: starts in the row it falls into and covers the rows it touches.
    expect(grids[1].cards).toEqual([expect.objectContaining({ departmentId: 8, column: 1, row: 0, rowSpan: 2, isFixed: true })]);
  });
});
