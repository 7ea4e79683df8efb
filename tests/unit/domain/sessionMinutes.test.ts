import { maxMinutesBytes, minutesFileProblem } from '../../../src/domain/sessionMinutes';

describe('minutes files', () => {
  it('takes PDF and text documents of a sensible size', () => {
    expect(minutesFileProblem({ name: 'Protokoll 2027-06-08.pdf', size: 1200 })).toBeUndefined();
    expect(minutesFileProblem({ name: 'Protokoll.DOCX', size: maxMinutesBytes })).toBeUndefined();
  });

  it('names what is wrong: type, emptiness, size, characters SharePoint refuses', () => {
    expect(minutesFileProblem({ name: 'setup.exe', size: 10 })).toBe('type');
    expect(minutesFileProblem({ name: 'Protokoll', size: 10 })).toBe('type');
    expect(minutesFileProblem({ name: 'Protokoll.pdf', size: 0 })).toBe('empty');
    expect(minutesFileProblem({ name: 'Protokoll.pdf', size: maxMinutesBytes + 1 })).toBe('tooLarge');
    for (const name of ['Sitzung: Juni.pdf', 'a/b.pdf', '50 % erledigt.pdf', '#1.pdf', 'Protokoll.pdf.', 'Zeile\nzwei.pdf', '']) {
      expect({ name, problem: minutesFileProblem({ name, size: 10 }) }).toEqual({ name, problem: 'name' });
    }
  });
});
