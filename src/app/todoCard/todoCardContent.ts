import type { Todo, TodoLanguage, TodoTarget } from '../../domain/todos';
import type { TodoCardData } from './todoCardData';
import type { TodoPlaces } from './todoPlaces';
import { todoLink } from './todoPlaces';

/**
 * What the card shows, in one place for the Adaptive Card Extension (card view and quick view in
 * Viva Connections) and the local workbench (which renders the same JSON with the `adaptivecards`
 * renderer): no SPFx, no DOM.
 */
export interface TodoCardStrings {
  readonly CardTitle: string;
  readonly CardLabel: string;
  readonly OpenCountOne: string;
  /** `{count}` is filled in. */
  readonly OpenCountMany: string;
  readonly NothingOpen: string;
  readonly NothingOpenDetail: string;
  readonly ShowAll: string;
  readonly Loading: string;
  readonly LoadFailed: string;
  readonly Retry: string;
  readonly QuickViewTitle: string;
  readonly Overdue: string;
  readonly OpenWorkbook: string;
  readonly OpenAgreement: string;
  readonly OpenRound: string;
  readonly OpenDashboard: string;
  readonly OpenSteering: string;
  readonly OpenInvitation: string;
}

export type TodoCardSize = 'Medium' | 'Large';

export type TodoCardStatus = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly data: TodoCardData } | { readonly kind: 'failed'; readonly error?: unknown };

/** One to-do as shown: its text in the card's language and the place one tap opens. */
export interface TodoEntry {
  readonly todo: Todo;
  readonly text: string;
  readonly url: string;
  /** The button's label: what opens. */
  readonly actionTitle: string;
}

export type TodoCardAction = { readonly type: 'QuickView' } | { readonly type: 'ExternalLink'; readonly url: string } | { readonly type: 'Submit'; readonly id: 'retry' };

export interface TodoCardButton {
  readonly id: 'showAll' | 'open' | 'retry';
  readonly title: string;
  readonly action: TodoCardAction;
}

/** The card view: title, the count (or what went wrong), the most urgent to-do, buttons, and what a tap on the card does. */
export interface TodoCardView {
  readonly title: string;
  readonly header: string;
  readonly body: string;
  readonly buttons: readonly TodoCardButton[];
  readonly selection?: TodoCardAction;
}

/** The quick view's id in the ACE's navigator, and the card's Submit data for it in the workbench. */
export const todoQuickViewId = 'TODO_QUICK_VIEW';

const actionTitles: Readonly<Record<TodoTarget, keyof TodoCardStrings>> = {
  workbook: 'OpenWorkbook',
  agreement: 'OpenAgreement',
  round: 'OpenRound',
  dashboard: 'OpenDashboard',
  steering: 'OpenSteering'
};

export function todoEntries(data: TodoCardData, places: TodoPlaces, language: TodoLanguage, strings: TodoCardStrings): TodoEntry[] {
  return data.todos.map((todo) => ({
    todo,
    text: todo.text[language],
    url: todoLink(todo, places, data.departmentNumber),
    actionTitle: todo.kind === 'invitationUnanswered' && todo.link ? strings.OpenInvitation : strings[actionTitles[todo.target]]
  }));
}

export function countText(count: number, strings: TodoCardStrings): string {
  return count === 1 ? strings.OpenCountOne : strings.OpenCountMany.replace('{count}', String(count));
}

/**
 * The card view of both sizes: the count and the most urgent to-do; "Alle anzeigen" opens the
 * quick view; a tap on the card opens the most urgent place. The large card adds a button for that
 * place (the medium card has room for one button only).
 */
export function todoCardView(status: TodoCardStatus, entries: readonly TodoEntry[], size: TodoCardSize, strings: TodoCardStrings): TodoCardView {
  if (status.kind === 'loading') {
    return { title: strings.CardTitle, header: strings.Loading, body: '', buttons: [] };
  }
  if (status.kind === 'failed') {
    return { title: strings.CardTitle, header: strings.LoadFailed, body: '', buttons: [{ id: 'retry', title: strings.Retry, action: { type: 'Submit', id: 'retry' } }] };
  }
  const first = entries[0];
  if (!first) {
    return { title: strings.CardTitle, header: strings.NothingOpen, body: strings.NothingOpenDetail, buttons: [] };
  }
  const open: TodoCardAction = { type: 'ExternalLink', url: first.url };
  const showAll: TodoCardButton = { id: 'showAll', title: strings.ShowAll, action: { type: 'QuickView' } };
  const buttons = size === 'Large' ? [showAll, { id: 'open' as const, title: first.actionTitle, action: open }] : [showAll];
  return { title: strings.CardTitle, header: countText(entries.length, strings), body: first.text, buttons, selection: open };
}

/** An Adaptive Card as JSON (schema 1.5, what Viva Connections renders in quick views). */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: string;
  readonly speak?: string;
  readonly body: readonly object[];
  readonly actions?: readonly object[];
  readonly selectAction?: object;
}

const schema = 'http://adaptivecards.io/schemas/adaptive-card.json';

function cardAction(action: TodoCardAction, title: string): object {
  switch (action.type) {
    case 'ExternalLink':
      return { type: 'Action.OpenUrl', title, url: action.url };
    case 'QuickView':
      return { type: 'Action.Submit', title, data: { action: 'quickView', viewId: todoQuickViewId } };
    case 'Submit':
      return { type: 'Action.Submit', title, data: { action: action.id } };
  }
  return {};
}

/**
 * The card view as an Adaptive Card, laid out as Viva Connections lays out a card of the size
 * (card bar, header, body, footer buttons), for hosts that render the card themselves.
 */
export function todoCardViewCard(view: TodoCardView, size: TodoCardSize): AdaptiveCardJson {
  const body: object[] = [
    { type: 'TextBlock', text: view.title, size: 'Small', weight: 'Bolder', isSubtle: true, wrap: true },
    { type: 'TextBlock', text: view.header, size: 'Large', weight: 'Bolder', wrap: true, spacing: 'Small' }
  ];
  if (view.body) {
    // The most urgent to-do is what a tap opens; its text is the link's accessible name.
    const text = { type: 'TextBlock', text: view.body, wrap: true, maxLines: size === 'Large' ? 4 : 3 };
    body.push({ type: 'Container', spacing: 'Small', items: [text], ...(view.selection ? { selectAction: cardAction(view.selection, view.body) } : {}) });
  }
  return {
    type: 'AdaptiveCard',
    $schema: schema,
    version: '1.5',
    speak: [view.title, view.header, view.body].filter(Boolean).join('. '),
    body,
    ...(view.buttons.length > 0 ? { actions: view.buttons.map((button) => ({ ...cardAction(button.action, button.title), id: button.id })) } : {})
  };
}

/** The quick view: every to-do, most urgent first, each with its one action. */
export function todoQuickViewCard(entries: readonly TodoEntry[], strings: TodoCardStrings): AdaptiveCardJson {
  const items: object[] = entries.map((entry, index) => ({
    type: 'Container',
    separator: index > 0,
    spacing: 'Medium',
    items: [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: entry.text, wrap: true, weight: entry.todo.urgency >= 80 ? 'Bolder' : 'Default' }] },
          ...(entry.todo.isOverdue ? [{ type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: strings.Overdue, color: 'Attention', weight: 'Bolder', wrap: true }] }] : [])
        ]
      },
      { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', id: `todo-${entry.todo.kind}`, title: entry.actionTitle, url: entry.url }] }
    ]
  }));
  return {
    type: 'AdaptiveCard',
    $schema: schema,
    version: '1.5',
    speak: `${strings.QuickViewTitle}: ${countText(entries.length, strings)}`,
    body: [
      { type: 'TextBlock', text: strings.QuickViewTitle, size: 'Medium', weight: 'Bolder', wrap: true },
      ...(items.length > 0 ? items : [{ type: 'TextBlock', text: strings.NothingOpenDetail, wrap: true }])
    ]
  };
}
