import { BaseAdaptiveCardQuickView, type ISPFxAdaptiveCard } from '@microsoft/sp-adaptive-card-extension-base';
import * as strings from 'TodoAdaptiveCardExtensionStrings';
import { todoQuickViewCard } from '../../../app/todoCard/todoCardContent';
import type { TodoAdaptiveCardExtensionProps, TodoAdaptiveCardExtensionState } from '../TodoAdaptiveCardExtension';

/** Every to-do, most urgent first, each with its Action.OpenUrl to the place to act. */
export class TodoQuickView extends BaseAdaptiveCardQuickView<TodoAdaptiveCardExtensionProps, TodoAdaptiveCardExtensionState> {
  public get title(): string {
    return strings.QuickViewTitle;
  }

  public get template(): ISPFxAdaptiveCard {
    // The card is built whole (no template data): the same JSON the workbench renders.
    return todoQuickViewCard(this.state.entries, strings) as unknown as ISPFxAdaptiveCard;
  }
}
