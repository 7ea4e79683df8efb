import type { MeetingChanges, MeetingRecord, MeetingStore, NewMeetingRecord } from '../../src/domain/meetings';

/**
 * The Meetings list kept in memory, for suites and the bench that are about the Graph side of
 * booking; the SharePoint side has its own integration tests. ETags count up like SharePoint's.
 */
export class MemoryMeetingStore implements MeetingStore {
  public readonly records: MeetingRecord[] = [];

  public async meetingsOf(year: number): Promise<MeetingRecord[]> {
    return this.records.filter((record) => record.year === year);
  }

  public async record(meetings: readonly NewMeetingRecord[]): Promise<MeetingRecord[]> {
    return meetings.map((meeting) => {
      const record: MeetingRecord = { ...meeting, id: this.records.length + 1, state: meeting.state ?? 'proposed', etag: '1' };
      this.records.push(record);
      return record;
    });
  }

  public async update(meeting: MeetingRecord, changes: MeetingChanges): Promise<MeetingRecord> {
    const index = this.records.findIndex((record) => record.id === meeting.id);
    const updated = { ...this.records[index], ...changes, etag: String(Number(this.records[index].etag) + 1) };
    this.records[index] = updated;
    return updated;
  }
}
