import { actionItemCreationFields, actionItemDoneFields, toActionItem } from '../../../src/data/mapping/actionItemMapping';

describe('action item mapping', () => {
  it('stores the due day as midnight in Germany with title, session, department and key, and reads it back', () => {
    const fields = actionItemCreationFields({ sessionId: 7, departmentId: 3, description: 'Plätze erheben\nnach Stadtteil', dueDate: '2027-09-30', createKey: 'k-1' });
    expect(fields).toEqual({ Title: 'Plätze erheben', SessionId: 7, DepartmentId: 3, Description: 'Plätze erheben\nnach Stadtteil', DueDate: '2027-09-29T22:00:00.000Z', IsDone: false, CreateKey: 'k-1' });
    expect(toActionItem({ Id: 4, Title: 'Plätze erheben', SessionId: 7, DepartmentId: 3, Description: fields.Description, DueDate: '2027-09-29T22:00:00Z', IsDone: false, DoneAt: null, 'odata.etag': '"2"' })).toEqual({
      id: 4,
      sessionId: 7,
      departmentId: 3,
      description: 'Plätze erheben\nnach Stadtteil',
      dueDate: '2027-09-30',
      isDone: false,
      etag: '"2"'
    });
  });

  it('reads an item typed into the SharePoint form with only a title', () => {
    expect(toActionItem({ Id: 5, Title: 'Nur Titel', SessionId: 1, DepartmentId: 2, Description: null, DueDate: null, IsDone: null })).toMatchObject({ description: 'Nur Titel', isDone: false });
  });

  it('marks done with the day, and clears the day when opened again', () => {
    expect(actionItemDoneFields(true, '2027-01-15')).toEqual({ IsDone: true, DoneAt: '2027-01-14T23:00:00.000Z' });
    expect(actionItemDoneFields(false, '2027-01-15')).toEqual({ IsDone: false, DoneAt: null });
  });
});
