import { BaseAdaptiveCardExtension } from '@microsoft/sp-adaptive-card-extension-base';
import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'TodoAdaptiveCardExtensionStrings';
import type { TodoLanguage } from '../../domain/todos';
import type { ProductServices } from '../../app/services';
import { refreshTodoCard, todoCardReducer } from '../../app/todoCard/useTodoCard';
import { todoEntries, todoQuickViewId, type TodoCardStatus, type TodoEntry } from '../../app/todoCard/todoCardContent';
import { sitePlaces, type TodoCardPages } from '../../app/todoCard/todoPlaces';
import { createAceServices } from '../../hosts/spfx/aceServices';
import { TodoCardView } from './cardView/TodoCardView';
import { TodoQuickView } from './quickView/TodoQuickView';

export interface TodoAdaptiveCardExtensionProps extends Partial<TodoCardPages> {
  readonly title?: string;
}

export interface TodoAdaptiveCardExtensionState {
  readonly status: TodoCardStatus;
  /** The to-dos with their texts in the user's language and the links one tap opens. */
  readonly entries: readonly TodoEntry[];
}

const cardViewId = 'TODO_CARD_VIEW';

/**
 * "Meine Aufgaben" on a Viva Connections dashboard (Teams, the SharePoint home site): each person's
 * to-dos of the integration planning, read through the product's repositories with the person's
 * own permissions. The class only wires the SPFx context to the card's workflow (src/app/todoCard).
 */
export default class TodoAdaptiveCardExtension extends BaseAdaptiveCardExtension<TodoAdaptiveCardExtensionProps, TodoAdaptiveCardExtensionState> {
  private services: ProductServices | undefined;
  private siteUrl = '';

  public async onInit(): Promise<void> {
    this.state = { status: { kind: 'loading' }, entries: [] };
    this.cardNavigator.register(cardViewId, () => new TodoCardView(() => void this.reload()));
    this.quickViewNavigator.register(todoQuickViewId, () => new TodoQuickView());
    // The card shows "loading" at once; the to-dos follow without holding up the dashboard.
    void this.reload(false);
  }

  private get language(): TodoLanguage {
    return this.context.pageContext.cultureInfo.currentUICultureName.toLowerCase().startsWith('de') ? 'de' : 'en';
  }

  /** Reads the to-dos afresh; `showLoading` on a retry (the first load starts from the initial state). */
  private async reload(showLoading = true): Promise<void> {
    const outcome: { status: TodoCardStatus } = { status: { kind: 'loading' } };
    const dispatch = (event: Parameters<typeof todoCardReducer>[1]): void => {
      outcome.status = todoCardReducer(outcome.status, event);
    };
    if (showLoading) {
      this.setState({ status: outcome.status, entries: [] });
    }
    try {
      if (!this.services) {
        const connection = await createAceServices(this.context);
        if (connection.kind !== 'ready') {
          throw new Error('The integration planning site was not found.');
        }
        this.services = connection.services;
        this.siteUrl = connection.siteUrl;
      }
      await refreshTodoCard(this.services, new Date(), dispatch);
    } catch (error) {
      dispatch({ type: 'failed', error });
    }
    const status = outcome.status;
    const entries = status.kind === 'ready' ? todoEntries(status.data, sitePlaces(this.siteUrl, this.properties), this.language, strings) : [];
    this.setState({ status, entries });
  }

  protected renderCard(): string | undefined {
    return cardViewId;
  }

  protected onPropertyPaneFieldChanged(): void {
    // New page addresses change the links, not the data.
    const status = this.state.status;
    if (status.kind === 'ready') {
      this.setState({ entries: todoEntries(status.data, sitePlaces(this.siteUrl, this.properties), this.language, strings) });
    }
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const pageField = (property: keyof TodoCardPages, label: string): ReturnType<typeof PropertyPaneTextField> =>
      PropertyPaneTextField(property, { label, description: strings.PageFieldDescription });
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupFields: [PropertyPaneTextField('title', { label: strings.TitleFieldLabel })] },
            {
              groupName: strings.PagesGroupName,
              groupFields: [
                pageField('agreementsPage', strings.AgreementsPageLabel),
                pageField('roundPage', strings.RoundPageLabel),
                pageField('dashboardPage', strings.DashboardPageLabel),
                pageField('steeringPage', strings.SteeringPageLabel)
              ]
            }
          ]
        }
      ]
    };
  }
}
