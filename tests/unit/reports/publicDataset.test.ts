import { buildPublicDataset, csvField, germanNumber, publicDatasetCsv, publicDatasetHtml, yearsLabel } from '../../../src/reports/publicDataset';
import type { Indicator, IndicatorValue } from '../../../src/domain';

const indicator = (id: number, title: string, unit: string, isGenderSplit: boolean): Indicator => ({ id, title, unit, isGenderSplit, departmentId: 1, direction: 'higherIsBetter' });

const indicators = [
  indicator(1, 'Teilnehmende an Sprachkursen', 'Personen', true),
  indicator(2, 'Einbürgerungen; davon "Fast Track"', 'Personen', false),
  indicator(3, 'Fördermittel für Migrantenorganisationen', 'Euro', false)
];
const values: IndicatorValue[] = [
  { indicatorId: 1, year: 2024, total: 1234, female: 700, male: 530, diverse: 4, notStated: 0, comment: 'intern: Zählung VHS unvollständig', source: 'Kursstatistik intern' },
  { indicatorId: 1, year: 2025, total: 40, female: 20, male: 20, diverse: 0, notStated: 0 },
  { indicatorId: 2, year: 2024, total: 3 },
  { indicatorId: 3, year: 2024, total: 12500.5 },
  // No indicator any more: not published unnamed.
  { indicatorId: 9, year: 2024, total: 10 }
];

describe('public indicator dataset', () => {
  const dataset = buildPublicDataset({ years: [2024, 2025], indicators, acceptedValues: values, lockedYears: [2023, 2024] });

  it('holds the locked years only, sorted by indicator and year, with small numbers suppressed', () => {
    expect(dataset.publishedYears).toEqual([2024]);
    expect(dataset.rows.map((row) => [row.indicator, row.year])).toEqual([
      ['Einbürgerungen; davon "Fast Track"', 2024],
      ['Fördermittel für Migrantenorganisationen', 2024],
      ['Teilnehmende an Sprachkursen', 2024]
    ]);
    expect(dataset.rows[0].count.total).toEqual({ kind: 'small' });
    expect(dataset.rows[2].count.diverse).toEqual({ kind: 'small' });
    expect(dataset.rows[2].count.notStated).toEqual({ kind: 'small' });
  });

  it('writes a CSV German Excel opens: BOM, ";", CRLF, decimal comma, exact columns, RFC 4180 quotes', () => {
    const csv = publicDatasetCsv(dataset);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Kennzahl;Einheit;Jahr;Gesamt;weiblich;männlich;divers;ohne Angabe',
      '"Einbürgerungen; davon ""Fast Track""";Personen;2024;<5;x;x;x;x',
      'Fördermittel für Migrantenorganisationen;Euro;2024;12500,5;x;x;x;x',
      'Teilnehmende an Sprachkursen;Personen;2024;1234;700;530;<5;<5',
      ''
    ]);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(csv).not.toContain('intern');
  });

  it('quotes only fields that need it', () => {
    expect(csvField('Männlich')).toBe('Männlich');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Zeile\r\nzwei')).toBe('"Zeile\r\nzwei"');
    expect(csvField('sagt "ja"')).toBe('"sagt ""ja"""');
    expect(csvField(' Rand')).toBe('" Rand"');
  });

  it('formats numbers in German', () => {
    expect(germanNumber(1234567, false)).toBe('1234567');
    expect(germanNumber(1234567, true)).toBe('1.234.567');
    expect(germanNumber(0.25, true)).toBe('0,25');
    expect(germanNumber(-1500.5, true)).toBe('-1.500,5');
    expect(germanNumber(0, true)).toBe('0');
    expect(yearsLabel([2021, 2019, 2020])).toBe('2019–2021');
  });

  it('writes an accessible HTML page: German, caption, header cells with scope, legend, no script', () => {
    const html = publicDatasetHtml(dataset, { reportTitle: 'Jahresbericht <2025>', releasedOn: '12.11.2025', publishedOn: '03.12.2025' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<caption>Kennzahlen zur Integrationsplanung 2024–2025: /);
    expect(html.match(/<th scope="col">/g)).toHaveLength(8);
    expect(html).toContain('<th scope="col">ohne Angabe</th>');
    expect(html).toContain('<th scope="row">Einbürgerungen; davon &quot;Fast Track&quot;</th>');
    expect(html).toContain('<td class="number">1.234</td>');
    expect(html).toContain('<abbr title="weniger als 5">&lt;5</abbr>');
    expect(html).toContain('<h2>Zeichenerklärung</h2>');
    expect(html).toContain('<dt>&lt;5</dt>');
    expect(html).toContain('<dt>.</dt>');
    expect(html).toContain('<dt>x</dt>');
    expect(html).toContain('Jahresbericht &lt;2025&gt;');
    expect(html).toContain('Noch nicht abgeschlossen und daher nicht enthalten: 2025.');
    expect(html).not.toMatch(/<script|\son\w+=|https?:\/\//i);
    expect(html).not.toContain('intern');
  });
});
