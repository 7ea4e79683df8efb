import { looksLikeFormula, withoutInvisibleCharacters } from '../../../src/domain';

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

describe('looksLikeFormula', () => {
  it.each([
    ['=HYPERLINK("https://example.org";"Klick")'],
    ['+49 123'],
    ['-5'],
    ['@SUM(A1)'],
    ['  =1+1'],
    ['\tfoo'],
    ['\rfoo'],
    ['\u200B=1+1'],
    ['\uFEFF@SUM(A1)']
  ])('says yes to %j, which a spreadsheet program would run', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each([['Sprachkurse'], ['0012'], ['1.5'], ['3/4'], ['E-Mail an a@b.de'], ['Kita (U3) = wichtig'], [''], ["'=1"]])('says no to %j', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});
