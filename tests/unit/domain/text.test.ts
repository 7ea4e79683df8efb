import { withoutInvisibleCharacters } from '../../../src/domain';

describe('withoutInvisibleCharacters', () => {
  it.each([
    ['a zero-width space', 'Sprach\u200Bkurse'],
    ['a soft hyphen', 'Sprach\u00ADkurse'],
    ['a byte order mark', '\uFEFFSprachkurse'],
    ['a word joiner', 'Sprach\u2060kurse'],
    ['several at once', '\uFEFFSpr\u00ADach\u200B\u200Bkurse\u200B']
  ])('removes %s', (_name, text) => {
    expect(withoutInvisibleCharacters(text)).toBe('Sprachkurse');
  });

  it('keeps visible text, blanks and the joiners of emoji as they are', () => {
    expect(withoutInvisibleCharacters('  Kita-Plätze (Ü3)  ')).toBe('  Kita-Plätze (Ü3)  ');
    expect(withoutInvisibleCharacters('👩\u200D👧')).toBe('👩\u200D👧');
  });
});
