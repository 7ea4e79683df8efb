import type { GenderPartName, Indicator, IndicatorValue, Language } from '../../domain';
import { genderPartNames } from '../../domain';
import type { ChartSeries, DocumentBlock, TableCellInput } from '../word/documentModel';
import { committeeText, formatNumber } from './reportTexts';

/**
 * One indicator over the report's years: a chart (actual against target, the actual split by
 * gender where the values carry it) with a text alternative, and the same numbers in a table, so
 * a reader who cannot see the image misses nothing.
 */
export function indicatorBlocks(indicator: Indicator, years: readonly number[], valueOf: (indicatorId: number, year: number) => IndicatorValue | undefined, language: Language): DocumentBlock[] {
  const values = years.map((year) => valueOf(indicator.id, year));
  const isSplit = indicator.isGenderSplit && values.some((value) => value !== undefined && hasParts(value));
  const t = (key: Parameters<typeof committeeText>[0], params: Readonly<Record<string, string | number>> = {}): string => committeeText(key, language, params);
  const target = indicator.targetValue;
  // A year reported without the split stacks as one bar of its own series, never spread over the parts.
  const unsplit = values.map((value) => (value && !hasParts(value) ? value.total : null));
  const series: ChartSeries[] = isSplit
    ? [
        ...genderPartNames.map((part) => ({ name: t(part), values: values.map((value) => (value && hasParts(value) ? (value[part] ?? 0) : null)), role: 'value' as const })),
        ...(unsplit.some((value) => value !== null) ? [{ name: t('unsplit'), values: unsplit, role: 'value' as const }] : [])
      ]
    : [{ name: t('colActual'), values: values.map((value) => value?.total ?? null), role: 'value' as const }];
  if (target !== undefined) {
    series.push({ name: t('colTarget'), values: years.map(() => target), role: 'target' });
  }
  const given = years.map((year, index) => ({ year, value: values[index] })).filter((entry) => entry.value !== undefined);
  const listed = given.length > 0 ? given.map((entry) => t('altValue', { year: entry.year, value: formatNumber(entry.value!.total, language) })).join(', ') : t('altNone');
  const altText =
    t('altActual', { indicator: indicator.title, unit: indicator.unit, values: listed }) +
    (target !== undefined ? t('altTarget', { target: formatNumber(target, language) }) : '') +
    (isSplit ? t('altSplit') : '');
  const header: TableCellInput[] = [t('colYear'), t('colActual'), t('colTarget'), ...(isSplit ? genderPartNames.map((part) => t(part)) : [])];
  const number = (value: number | undefined): string => (value === undefined ? t('noValue') : formatNumber(value, language));
  const rows = years.map((year, index) => {
    const value = values[index];
    return [String(year), number(value?.total), number(target), ...(isSplit ? genderPartNames.map((part: GenderPartName) => number(value?.[part])) : [])];
  });
  return [
    {
      kind: 'chart',
      chart: { title: t('chartTitle', { indicator: indicator.title, unit: indicator.unit }), unit: indicator.unit, categories: years.map(String), series, stacked: isSplit },
      altText
    },
    {
      kind: 'table',
      caption: t('numbersCaption', { indicator: indicator.title }),
      header: [header],
      rows,
      numericColumns: header.map((_, index) => index).slice(1)
    }
  ];
}

function hasParts(value: IndicatorValue): boolean {
  return genderPartNames.some((part) => value[part] !== undefined);
}
