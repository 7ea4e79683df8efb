import type { ActionItem, AgreementWithItems, BodySession, Department, Language } from '../../domain';
import { countsAsSteeringSession, steeringSessionCount } from '../../domain';
import { formatReportDate } from '../statusQuo/reportDates';
import type { DocumentBlock, TableCellInput } from '../word/documentModel';
import { committeeText } from './reportTexts';

type Text = (key: Parameters<typeof committeeText>[0], params?: Readonly<Record<string, string | number>>) => string;

function texts(language: Language): Text {
  return (key, params = {}) => committeeText(key, language, params);
}

/** The goal agreements of one year, one row per department: its state and how its agreed measures fared. */
export function agreementBlocks(agreements: readonly AgreementWithItems[], departments: readonly Department[], year: number, language: Language, level: 1 | 2 = 1): DocumentBlock[] {
  const t = texts(language);
  const ofYear = agreements.filter((entry) => entry.agreement.year === year);
  const blocks: DocumentBlock[] = [{ kind: 'heading', level, text: t('agreementsHeading', { year }) }];
  if (ofYear.length === 0) {
    return [...blocks, { kind: 'paragraph', text: t('noAgreements', { year }), emphasis: 'note' }];
  }
  const byDepartment = new Map(ofYear.map((entry) => [entry.agreement.departmentId, entry]));
  const ordered = [...departments].sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }));
  const stateText = { draft: t('agreementDraft'), agreed: t('agreementAgreed'), reviewed: t('agreementReviewed') };
  const rows: TableCellInput[][] = ordered
    .filter((department) => byDepartment.has(department.id))
    .map((department) => {
      const { agreement, items } = byDepartment.get(department.id)!;
      const count = (achievement: string): string => String(items.filter((item) => item.achievement === achievement).length);
      return [`${department.number} ${department.name}`, stateText[agreement.status], String(items.length), count('achieved'), count('partlyAchieved'), count('notAchieved'), count('open')];
    });
  return [
    ...blocks,
    {
      kind: 'table',
      caption: t('agreementsCaption', { year }),
      header: [[t('colDepartment'), t('colAgreement'), t('colAgreed'), t('colAchieved'), t('colPartly'), t('colNotAchieved'), t('colOpen')]],
      rows,
      numericColumns: [2, 3, 4, 5, 6]
    }
  ];
}

/** The steering group's sessions of the report's years with their decisions, and the action items they gave. */
export function steeringBlocks(
  sessions: readonly BodySession[],
  actionItems: readonly ActionItem[],
  years: readonly number[],
  departmentLabel: (id: number) => string,
  language: Language
): DocumentBlock[] {
  const t = texts(language);
  const held = sessions
    .filter((session) => session.body === 'steeringGroup' && years.includes(Number(session.date.slice(0, 4))) && session.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 1, text: t('sessionsHeading') }];
  if (held.length === 0) {
    return [...blocks, { kind: 'paragraph', text: t('noSessions'), emphasis: 'note' }];
  }
  blocks.push({ kind: 'paragraph', text: t('sessionsCount', { count: held.filter(countsAsSteeringSession).length }) });
  for (const year of years) {
    if (steeringSessionCount(held, year).isShort) {
      blocks.push({ kind: 'paragraph', text: t('sessionsShort', { year }), emphasis: 'strong' });
    }
  }
  blocks.push({
    kind: 'table',
    caption: t('sessionsCaption'),
    header: [[t('colDate'), t('colSession'), t('colDecisions')]],
    rows: held.map((session) => [formatReportDate(session.date, language), session.title, { text: (session.decisions ?? '').split(/\r?\n/).filter((line) => line.trim() !== '') }])
  });
  const sessionIds = new Map(held.map((session) => [session.id, session]));
  const items = actionItems.filter((item) => sessionIds.has(item.sessionId)).sort((a, b) => sessionIds.get(a.sessionId)!.date.localeCompare(sessionIds.get(b.sessionId)!.date) || a.id - b.id);
  if (items.length > 0) {
    blocks.push({
      kind: 'table',
      caption: t('actionItemsCaption'),
      header: [[t('colSession'), t('colDepartment'), t('colTask'), t('colDue'), t('colDone')]],
      rows: items.map((item) => [
        formatReportDate(sessionIds.get(item.sessionId)!.date, language),
        departmentLabel(item.departmentId),
        item.description,
        item.dueDate ? formatReportDate(item.dueDate, language) : '',
        item.isDone ? t('done') : t('notDone')
      ])
    });
  }
  return blocks;
}
