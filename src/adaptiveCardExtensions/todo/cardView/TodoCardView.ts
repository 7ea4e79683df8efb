import {
  BaseComponentsCardView,
  BasicCardView,
  PrimaryTextCardView,
  type ComponentsCardViewParameters,
  type IActionArguments,
  type ICardAction,
  type ICardButtonConfiguration,
  type IExternalLinkCardAction,
  type IQuickViewCardAction
} from '@microsoft/sp-adaptive-card-extension-base';
import * as strings from 'TodoAdaptiveCardExtensionStrings';
import { todoCardView, todoQuickViewId, type TodoCardAction, type TodoCardView as TodoCardContent } from '../../../app/todoCard/todoCardContent';
import type { TodoAdaptiveCardExtensionProps, TodoAdaptiveCardExtensionState } from '../TodoAdaptiveCardExtension';

function cardAction(action: TodoCardAction): ICardAction {
  switch (action.type) {
    case 'QuickView':
      return { type: 'QuickView', parameters: { view: todoQuickViewId } };
    case 'ExternalLink':
      return { type: 'ExternalLink', parameters: { target: action.url } };
    case 'Submit':
      return { type: 'Submit', parameters: { id: action.id } };
  }
  return { type: 'QuickView', parameters: { view: todoQuickViewId } };
}

/** The card (medium and large): the count, the most urgent to-do, "Alle anzeigen", and a tap to the most urgent place. */
export class TodoCardView extends BaseComponentsCardView<TodoAdaptiveCardExtensionProps, TodoAdaptiveCardExtensionState, ComponentsCardViewParameters> {
  public constructor(private readonly retry: () => void) {
    super();
  }

  private get content(): TodoCardContent {
    const content = todoCardView(this.state.status, this.state.entries, this.cardSize, strings);
    return this.properties.title ? { ...content, title: this.properties.title } : content;
  }

  public get cardViewParameters(): ComponentsCardViewParameters {
    const content = this.content;
    const buttons = content.buttons.map((button): ICardButtonConfiguration => ({ componentName: 'cardButton', id: button.id, title: button.title, action: cardAction(button.action) }));
    const footer = buttons.length === 0 ? undefined : buttons.length === 1 ? buttons[0] : ([buttons[0], buttons[1]] as [ICardButtonConfiguration, ICardButtonConfiguration]);
    const cardBar = { componentName: 'cardBar' as const, title: content.title };
    const header = { componentName: 'text' as const, text: content.header };
    return content.body
      ? PrimaryTextCardView({ cardBar, header, body: { componentName: 'text', text: content.body }, footer })
      : BasicCardView({ cardBar, header, footer });
  }

  public get onCardSelection(): IQuickViewCardAction | IExternalLinkCardAction | undefined {
    const selection = this.content.selection;
    if (!selection || selection.type === 'Submit') return undefined;
    return cardAction(selection) as IQuickViewCardAction | IExternalLinkCardAction;
  }

  public onAction(action: IActionArguments): void {
    if (action.type === 'Submit' && (action.data as { id?: string } | undefined)?.id === 'retry') {
      this.retry();
    }
  }
}
