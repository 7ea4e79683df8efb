// eslint-disable-next-line @typescript-eslint/no-require-imports
const { locales, localizedResources, readLocStrings } = require('../../../scripts/locStrings');

describe('localised strings', () => {
  const modules = Object.keys(localizedResources()) as string[];

  it.each(modules)('%s has the same keys in German and English, none empty', (moduleName) => {
    const [german, english] = locales.map((locale: string) => readLocStrings(moduleName, locale) as Record<string, string>);
    expect(Object.keys(english).sort()).toEqual(Object.keys(german).sort());
    for (const strings of [german, english]) {
      for (const [key, value] of Object.entries(strings)) {
        expect(`${key}: ${typeof value === 'string' && value.trim().length > 0}`).toBe(`${key}: true`);
      }
    }
  });

  it.each(modules)('%s uses the same placeholders in both languages', (moduleName) => {
    const [german, english] = locales.map((locale: string) => readLocStrings(moduleName, locale) as Record<string, string>);
    const placeholders = (value: string): string => (value.match(/\{\d+\}/g) ?? []).sort().join(',');
    for (const key of Object.keys(german)) {
      expect(`${key}: ${placeholders(english[key])}`).toBe(`${key}: ${placeholders(german[key])}`);
    }
  });
});
