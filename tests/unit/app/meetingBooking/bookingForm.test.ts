import { daySlots, parseAddresses, slotOf, workingDaysBetween } from '../../../../src/app/meetingBooking/bookingForm';

describe('booking panel: input', () => {
  it('reads addresses separated by semicolons, commas, blanks or lines; lower case, once each; names the invalid ones', () => {
    expect(parseAddresses('Anna.Schmidt@Stadt.example; ben@stadt.example,\n<cem@stadt.example> anna.schmidt@stadt.example')).toEqual({
      addresses: ['anna.schmidt@stadt.example', 'ben@stadt.example', 'cem@stadt.example'],
      invalid: []
    });
    expect(parseAddresses('dora@stadt, @stadt.example; ok@stadt.example').invalid).toEqual(['dora@stadt', '@stadt.example']);
    expect(parseAddresses('   ')).toEqual({ addresses: [], invalid: [] });
  });

  it('builds the meeting interval from day, start and duration, and refuses what is not a time', () => {
    expect(slotOf('2027-03-04', '09:30', 90)).toEqual({ start: '2027-03-04T09:30', end: '2027-03-04T11:00' });
    expect(slotOf('2027-03-04', '9:30', 60)).toBeUndefined();
    expect(slotOf('2027-02-30', '09:30', 60)).toBeUndefined();
    expect(slotOf('', '09:30', 60)).toBeUndefined();
  });

  it('marks a slot busy when any busy time overlaps it, free otherwise', () => {
    const slots = daySlots([{ start: '2027-03-04T09:15', end: '2027-03-04T10:00' }, { start: '2027-03-03T08:00', end: '2027-03-04T08:30' }], '2027-03-04', 8 * 60, 11 * 60, 30);
    expect(slots.map((slot) => `${slot.start}-${slot.end}:${slot.isBusy ? 'busy' : 'free'}`)).toEqual([
      '08:00-08:30:busy',
      '08:30-09:00:free',
      '09:00-09:30:busy',
      '09:30-10:00:busy',
      '10:00-10:30:free',
      '10:30-11:00:free'
    ]);
  });

  it('lists the working days of a range', () => {
    expect(workingDaysBetween('2027-03-05', '2027-03-09')).toEqual(['2027-03-05', '2027-03-08', '2027-03-09']);
  });
});
