import { readLocStrings } from '../../../../scripts/locStrings';
import type { Todo } from '../../../../src/domain/todos';
import { todoCardView, todoCardViewCard, todoEntries, todoQuickViewCard, todoQuickViewId, type TodoCardStrings } from '../../../../src/app/todoCard/todoCardContent';
import type { TodoCardData } from '../../../../src/app/todoCard/todoCardData';
import { defaultTodoCardPages, sitePlaces, todoLink } from '../../../../src/app/todoCard/todoPlaces';

const de = readLocStrings('TodoAdaptiveCardExtensionStrings', 'de-de') as TodoCardStrings;
const en = readLocStrings('TodoAdaptiveCardExtensionStrings', 'en-us') as TodoCardStrings;
const places = sitePlaces('https://stadt.sharepoint.com/sites/integration', {});

const owed: Todo = { kind: 'valuesOwed', count: 3, urgency: 85, target: 'workbook', year: 2025, due: '2026-12-24', isOverdue: false, text: { de: '3 Kennzahlwerte 2025 fehlen', en: '3 indicator values for 2025 are missing' } };
const review: Todo = { kind: 'agreementReviewDue', count: 1, urgency: 75, target: 'agreement', year: 2025, isOverdue: true, text: { de: 'Überprüfung fällig', en: 'Review due' } };
const invitation: Todo = { kind: 'invitationUnanswered', count: 1, urgency: 80, target: 'round', isOverdue: false, link: 'https://outlook.office365.com/owa/?itemid=1', text: { de: 'Einladung unbeantwortet', en: 'Invitation not answered' } };
const contactData: TodoCardData = { role: 'department', departmentNumber: '40', todos: [owed, invitation, review] };

type Json = Record<string, unknown> & { actions?: Json[]; body?: Json[]; items?: Json[]; selectAction?: Json };

describe('the places one tap opens', () => {
  it('opens the department workbook of the year in Excel, and the pages relative to the site', () => {
    expect(places.workbook('40', 2025)).toBe('https://stadt.sharepoint.com/sites/integration/Kennzahlenmappen/40/Kennzahlen%202025%20%E2%80%93%20Fachbereich%2040.xlsx?web=1');
    expect(places.agreement).toBe('https://stadt.sharepoint.com/sites/integration/SitePages/Zielvereinbarungen.aspx');
    expect(places.dashboard).toBe('https://stadt.sharepoint.com/sites/integration/SitePages/Kennzahlen.aspx?item=completeness');
    expect(defaultTodoCardPages.roundPage).toBe('SitePages/Gespraechsrunde.aspx');
  });

  it('takes the pages the property pane names, absolute or relative', () => {
    const configured = sitePlaces('https://stadt.sharepoint.com/sites/integration/', { roundPage: 'https://stadt.sharepoint.com/sites/buero/SitePages/Runde.aspx', steeringPage: 'SitePages/Gremien.aspx', agreementsPage: '  ' });
    expect(configured.round).toBe('https://stadt.sharepoint.com/sites/buero/SitePages/Runde.aspx');
    expect(configured.steering).toBe('https://stadt.sharepoint.com/sites/integration/SitePages/Gremien.aspx');
    expect(configured.agreement).toBe('https://stadt.sharepoint.com/sites/integration/SitePages/Zielvereinbarungen.aspx');
  });

  it('prefers the place the data names (the invitation in Outlook)', () => {
    expect(todoLink(invitation, places, '40')).toBe('https://outlook.office365.com/owa/?itemid=1');
    expect(todoLink(review, places, '40')).toBe(places.agreement);
    expect(todoLink(owed, places, undefined)).toBe(places.dashboard);
  });
});

describe('the card view', () => {
  const entries = todoEntries(contactData, places, 'de', de);

  it('shows the count and the most urgent to-do; medium has "Alle anzeigen", a tap opens the most urgent place', () => {
    const view = todoCardView({ kind: 'ready', data: contactData }, entries, 'Medium', de);
    expect(view).toEqual({
      title: 'Meine Aufgaben',
      header: '3 offene Aufgaben',
      body: '3 Kennzahlwerte 2025 fehlen',
      buttons: [{ id: 'showAll', title: 'Alle anzeigen', action: { type: 'QuickView' } }],
      selection: { type: 'ExternalLink', url: places.workbook('40', 2025) }
    });
  });

  it('adds the button to the most urgent place on the large card', () => {
    const view = todoCardView({ kind: 'ready', data: contactData }, entries, 'Large', de);
    expect(view.buttons.map((button) => [button.title, button.action])).toEqual([
      ['Alle anzeigen', { type: 'QuickView' }],
      ['Kennzahlenmappe öffnen', { type: 'ExternalLink', url: places.workbook('40', 2025) }]
    ]);
  });

  it('speaks English', () => {
    const english = todoEntries(contactData, places, 'en', en);
    const view = todoCardView({ kind: 'ready', data: contactData }, english, 'Large', en);
    expect([view.title, view.header, view.body, ...view.buttons.map((button) => button.title)]).toEqual(['My to-dos', '3 open to-dos', '3 indicator values for 2025 are missing', 'Show all', 'Open indicator workbook']);
    expect(todoCardView({ kind: 'ready', data: { role: 'department', todos: [review] } }, todoEntries({ role: 'department', todos: [review] }, places, 'en', en), 'Medium', en).header).toBe('1 open to-do');
  });

  it('says when there is nothing to do, while loading, and when loading failed (with a retry)', () => {
    expect(todoCardView({ kind: 'ready', data: { role: 'coordinator', todos: [] } }, [], 'Medium', de)).toEqual({ title: 'Meine Aufgaben', header: 'Alles erledigt', body: 'Zurzeit gibt es nichts für Sie zu tun.', buttons: [] });
    expect(todoCardView({ kind: 'loading' }, [], 'Medium', de).header).toBe('Aufgaben werden geladen …');
    const failed = todoCardView({ kind: 'failed', error: new Error('503') }, [], 'Large', de);
    expect(failed.header).toBe('Konnte nicht geladen werden – erneut versuchen');
    expect(failed.buttons).toEqual([{ id: 'retry', title: 'Erneut versuchen', action: { type: 'Submit', id: 'retry' } }]);
  });

  it('renders as an Adaptive Card: texts, footer buttons and the tap on the card', () => {
    const card = todoCardViewCard(todoCardView({ kind: 'ready', data: contactData }, entries, 'Large', de), 'Large') as unknown as Json;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const [title, header, mostUrgent] = card.body!;
    expect([title.text, header.text]).toEqual(['Meine Aufgaben', '3 offene Aufgaben']);
    // The most urgent to-do is the card's tap target, named by its own text.
    expect(mostUrgent.items![0].text).toBe('3 Kennzahlwerte 2025 fehlen');
    expect(mostUrgent.selectAction).toEqual({ type: 'Action.OpenUrl', title: '3 Kennzahlwerte 2025 fehlen', url: places.workbook('40', 2025) });
    expect(card.actions).toEqual([
      { type: 'Action.Submit', id: 'showAll', title: 'Alle anzeigen', data: { action: 'quickView', viewId: todoQuickViewId } },
      { type: 'Action.OpenUrl', id: 'open', title: 'Kennzahlenmappe öffnen', url: places.workbook('40', 2025) }
    ]);
    const medium = todoCardViewCard(todoCardView({ kind: 'ready', data: contactData }, entries, 'Medium', de), 'Medium') as unknown as Json;
    expect(medium.actions).toHaveLength(1);
  });
});

describe('the quick view', () => {
  it('lists every to-do, most urgent first, each with its Action.OpenUrl', () => {
    const card = todoQuickViewCard(todoEntries(contactData, places, 'de', de), de) as unknown as Json;
    expect(card.body![0]).toMatchObject({ type: 'TextBlock', text: 'Ihre offenen Aufgaben' });
    const rows = card.body!.slice(1);
    expect(rows).toHaveLength(3);
    const actions = rows.map((row) => row.items![1].actions![0]);
    expect(actions).toEqual([
      { type: 'Action.OpenUrl', id: 'todo-valuesOwed', title: 'Kennzahlenmappe öffnen', url: places.workbook('40', 2025) },
      { type: 'Action.OpenUrl', id: 'todo-invitationUnanswered', title: 'Einladung in Outlook öffnen', url: 'https://outlook.office365.com/owa/?itemid=1' },
      { type: 'Action.OpenUrl', id: 'todo-agreementReviewDue', title: 'Zielvereinbarung öffnen', url: places.agreement }
    ]);
    // The overdue review carries the mark beside its text.
    expect(JSON.stringify(rows[2])).toContain('"text":"überfällig"');
    expect(JSON.stringify(rows[0])).not.toContain('überfällig');
  });

  it('speaks English and says when nothing is open', () => {
    const card = todoQuickViewCard(todoEntries(contactData, places, 'en', en), en) as unknown as Json;
    expect(JSON.stringify(card)).toContain('Review due');
    expect(JSON.stringify(card)).toContain('Open goal agreement');
    const empty = todoQuickViewCard([], en) as unknown as Json;
    expect(empty.body!.map((item) => item.text)).toEqual(['Your open to-dos', 'There is nothing for you to do right now.']);
  });
});
