import { formatMessage, messages, uiLanguage } from '../../../src/domain/messages';
import { atRow, describeProblem } from '../../../src/domain/problems';

describe('messages', () => {
  it('has every key in German and English, with the same placeholders', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort());
    for (const key of Object.keys(messages.de) as Array<keyof typeof messages.de>) {
      expect(messages.en[key].trim()).not.toBe('');
      expect(placeholders(messages.en[key])).toEqual(placeholders(messages.de[key]));
    }
  });

  it('fills the placeholders in the language asked for', () => {
    expect(formatMessage('value.genderSumMismatch', { sum: 95, total: 100 }, 'de')).toBe('Die Anteile ergeben 95, die Gesamtzahl ist 100.');
    expect(formatMessage('value.genderSumMismatch', { sum: 95, total: 100 }, 'en')).toBe('The parts add up to 95, but the total is 100.');
  });

  it('places field problems on the cells of a row', () => {
    const cells = atRow(4, [{ field: 'total', message: 'value.negative' }], (field) => (field === 'total' ? 'D' : '?'));
    expect(cells).toEqual([{ row: 4, column: 'D', message: 'value.negative' }]);
    expect(describeProblem(cells[0], 'en')).toBe('The value must not be negative.');
  });
});

describe('uiLanguage', () => {
  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['DE-ch', 'de'],
    ['en-US', 'en'],
    ['en-gb', 'en'],
    // Like SharePoint's choice of the web parts' strings: en-us for every culture without its own.
    ['fr-FR', 'en'],
    ['', 'en']
  ])('reads %s as %s', (locale, language) => {
    expect(uiLanguage(locale)).toBe(language);
  });
});
