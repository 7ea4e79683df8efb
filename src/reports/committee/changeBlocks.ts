import type { GoalChangeType, Indicator, Language, ReportChanges } from '../../domain';
import { hasChanges } from '../../domain';
import { formatReportDate } from '../statusQuo/reportDates';
import type { DocumentBlock } from '../word/documentModel';
import { committeeText, formatNumber } from './reportTexts';

const goalChangeTypes: { readonly [L in Language]: { readonly [T in GoalChangeType]: string } } = {
  de: { added: 'neues Ziel', reached: 'Ziel erreicht', modified: 'Ziel geändert', removed: 'Ziel gestrichen' },
  en: { added: 'new goal', reached: 'goal reached', modified: 'goal changed', removed: 'goal removed' }
};

/** "Änderungen seit dem letzten Bericht": each kind of change as its own list, "keine" where there is none. */
export function changeBlocks(changes: ReportChanges, from: 'previousReport' | 'yearStart' | 'periodStart', indicators: readonly Indicator[], language: Language): DocumentBlock[] {
  const t = (key: Parameters<typeof committeeText>[0], params: Readonly<Record<string, string | number>> = {}): string => committeeText(key, language, params);
  const date = formatReportDate(changes.window.since, language);
  const intro = from === 'previousReport' ? t('changesSinceReport', { date }) : from === 'periodStart' ? t('changesSincePeriod', { date }) : t('changesSinceStart', { date });
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 1, text: t('changesHeading') }, { kind: 'paragraph', text: intro }];
  if (!hasChanges(changes)) {
    return [...blocks, { kind: 'paragraph', text: t('noChanges'), emphasis: 'note' }];
  }
  const titled = (entry: { number?: string; title: string }): string => (entry.number ? `${entry.number} ${entry.title}` : entry.title);
  const indicatorTitle = new Map(indicators.map((indicator) => [indicator.id, indicator.title]));
  const section = (heading: Parameters<typeof committeeText>[0], items: readonly string[]): void => {
    blocks.push({ kind: 'heading', level: 2, text: t(heading) });
    blocks.push(items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: t('none'), emphasis: 'note' });
  };
  section('addedMeasures', changes.addedMeasures.map(titled));
  section(
    'changedMeasures',
    changes.changedMeasures.map((entry) => t('changedFields', { measure: titled(entry), fields: entry.fields.join(', ') }))
  );
  section('droppedMeasures', changes.droppedMeasures.map(titled));
  section(
    'goalChanges',
    changes.decidedGoalChanges.map((change) =>
      t('goalChangeLine', {
        title: change.title,
        type: goalChangeTypes[language][change.type],
        date: formatReportDate(change.decidedOn, language),
        reference: change.committeeReference ? t('referenceSuffix', { reference: change.committeeReference }) : ''
      })
    )
  );
  section(
    'correctedValues',
    changes.correctedValues.map((value) =>
      t('correctionLine', {
        indicator: indicatorTitle.get(value.indicatorId) ?? String(value.indicatorId),
        year: value.year,
        before: value.previousTotal !== undefined ? formatNumber(value.previousTotal, language) : t('noValue'),
        after: formatNumber(value.total, language),
        reason: value.reason
      })
    )
  );
  section('newIndicators', changes.newIndicators.map((indicator) => (indicator.unit ? `${indicator.title} (${indicator.unit})` : indicator.title)));
  return blocks;
}
