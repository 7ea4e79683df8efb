import { benchLocale, benchMessages, benchText } from '../../../scripts/bench/benchMessages';

describe('bench messages', () => {
  it('speaks German unless the shell asks for English', () => {
    expect(benchLocale({})).toBe('de');
    expect(benchLocale({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(benchLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(benchLocale({ LANG: 'de_DE.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
  });

  it('fills numbered placeholders and leaves missing ones visible', () => {
    expect(benchText('de', 'bench.step.run', 'Lauf 1', 'large', 1013, 5042, 10)).toBe('Lauf 1 (large): 1013 ms, 5042 Maßnahmen, 10 API-Anfragen');
    expect(benchText('en', 'bench.failed', 'boom')).toBe('Measurement failed: boom');
    expect(benchText('en', 'bench.fewMeasures')).toBe('The large catalogue shows only {0} measures; thousands were expected.');
  });

  it('has a German and an English text for every message, with the same placeholders', () => {
    for (const [key, texts] of Object.entries(benchMessages)) {
      const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
      expect({ key, de: texts.de.length > 0, en: texts.en.length > 0 }).toEqual({ key, de: true, en: true });
      expect({ key, placeholders: placeholders(texts.en) }).toEqual({ key, placeholders: placeholders(texts.de) });
    }
  });
});
