import type { TodoCardData } from '../../../src/app/todoCard/todoCardData';

// SPFx's ACE base loads only inside SharePoint's module loader (as the web part base does, see
// tests/support/spfxBaseStub.js). This stand-in follows its documented contract: the host calls
// onInit(), renders the view renderCard() names, reads its cardViewParameters and onCardSelection,
// and passes Submit actions to onAction; setState re-renders.
jest.mock('@microsoft/sp-adaptive-card-extension-base', () => {
  class Navigator {
    public readonly views = new Map<string, () => unknown>();
    public register(id: string, create: () => unknown): void {
      this.views.set(id, create);
    }
  }
  class BaseAdaptiveCardExtension {
    public cardNavigator = new Navigator();
    public quickViewNavigator = new Navigator();
    public properties: Record<string, unknown> = {};
    public context: unknown;
    public cardSize = 'Medium';
    public renders = 0;
    private current: unknown;
    public get state(): unknown {
      return this.current;
    }
    public set state(value: unknown) {
      this.current = value;
    }
    public setState(changes: object): void {
      this.current = { ...(this.current as object), ...changes };
      this.renders += 1;
    }
  }
  class BaseView {
    public host: BaseAdaptiveCardExtension | undefined;
    public get state(): unknown {
      return this.host!.state;
    }
    public get properties(): unknown {
      return this.host!.properties;
    }
    public get cardSize(): unknown {
      return this.host!.cardSize;
    }
  }
  return {
    BaseAdaptiveCardExtension,
    BaseComponentsCardView: BaseView,
    BaseAdaptiveCardQuickView: BaseView,
    PrimaryTextCardView: (configuration: object) => ({ cardViewType: 'primaryText', ...configuration }),
    BasicCardView: (configuration: object) => ({ cardViewType: 'basic', ...configuration })
  };
});
jest.mock('TodoAdaptiveCardExtensionStrings', () => require('../../../scripts/locStrings').readLocStrings('TodoAdaptiveCardExtensionStrings', 'de-de'), { virtual: true });
const connect = jest.fn();
jest.mock('../../../src/hosts/spfx/aceServices', () => ({ createAceServices: (...args: unknown[]) => connect(...args) }));
const load = jest.fn();
jest.mock('../../../src/app/todoCard/todoCardData', () => ({ loadTodoCard: (...args: unknown[]) => load(...args) }));

import TodoAdaptiveCardExtension from '../../../src/adaptiveCardExtensions/todo/TodoAdaptiveCardExtension';

const siteUrl = 'https://stadt.sharepoint.com/sites/integration';
const data: TodoCardData = {
  role: 'department',
  departmentNumber: '40',
  todos: [
    { kind: 'valuesOwed', count: 2, urgency: 85, target: 'workbook', year: 2025, due: '2026-12-24', isOverdue: false, text: { de: '2 Kennzahlwerte 2025 fehlen', en: '2 indicator values for 2025 are missing' } },
    { kind: 'agreementReviewDue', count: 1, urgency: 75, target: 'agreement', year: 2025, isOverdue: true, text: { de: 'Überprüfung fällig', en: 'Review due' } }
  ]
};

/** What the host (and this test) sees of the extension. */
interface Navigator {
  readonly views: Map<string, () => { host?: unknown }>;
}
interface Host {
  readonly cardNavigator: Navigator;
  readonly quickViewNavigator: Navigator;
  properties: Record<string, unknown>;
  cardSize: string;
  context: unknown;
  readonly state: { status: { kind: string } };
  onInit(): Promise<void>;
}

interface CardViewLike {
  host?: unknown;
  cardViewParameters: { cardViewType: string; cardBar: { title: string }; header: { text: string }; body?: { text: string }; footer?: unknown };
  onCardSelection: unknown;
  onAction(action: unknown): void;
}

async function started(culture = 'de-DE'): Promise<{ ace: Host; card: () => CardViewLike; quickView: () => { template: { body: Array<{ text?: string }> } } }> {
  const ace = new TodoAdaptiveCardExtension() as unknown as Host;
  ace.context = { pageContext: { cultureInfo: { currentUICultureName: culture } } };
  await ace.onInit();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const view = <T>(navigator: Navigator, id: string): T => {
    const created = [...navigator.views.values()][0]();
    created.host = ace;
    expect(navigator.views.has(id)).toBe(true);
    return created as T;
  };
  return {
    ace,
    card: () => view<CardViewLike>(ace.cardNavigator, 'TODO_CARD_VIEW'),
    quickView: () => view(ace.quickViewNavigator, 'TODO_QUICK_VIEW')
  };
}

describe('the to-do Adaptive Card Extension', () => {
  beforeEach(() => {
    connect.mockReset().mockResolvedValue({ kind: 'ready', services: {}, siteUrl });
    load.mockReset().mockResolvedValue(data);
  });

  it('renders the card view: count, most urgent to-do, "Alle anzeigen"; a tap opens the workbook', async () => {
    const { ace, card } = await started();
    expect(ace.state.status.kind).toBe('ready');
    const parameters = card().cardViewParameters;
    expect(parameters).toMatchObject({ cardViewType: 'primaryText', cardBar: { componentName: 'cardBar', title: 'Meine Aufgaben' }, header: { text: '2 offene Aufgaben' }, body: { text: '2 Kennzahlwerte 2025 fehlen' } });
    expect(parameters.footer).toEqual({ componentName: 'cardButton', id: 'showAll', title: 'Alle anzeigen', action: { type: 'QuickView', parameters: { view: 'TODO_QUICK_VIEW' } } });
    expect(card().onCardSelection).toEqual({ type: 'ExternalLink', parameters: { target: `${siteUrl}/Kennzahlenmappen/40/Kennzahlen%202025%20%E2%80%93%20Fachbereich%2040.xlsx?web=1` } });
  });

  it('shows two buttons on the large card and the title from the property pane', async () => {
    const { ace, card } = await started();
    ace.cardSize = 'Large';
    ace.properties.title = 'Integrationsplanung';
    const parameters = card().cardViewParameters;
    expect(parameters.cardBar.title).toBe('Integrationsplanung');
    expect((parameters.footer as Array<{ title: string }>).map((button) => button.title)).toEqual(['Alle anzeigen', 'Kennzahlenmappe öffnen']);
  });

  it('lists every to-do in the quick view, and links to the pages the property pane names', async () => {
    const { ace, quickView } = await started();
    ace.properties.agreementsPage = 'SitePages/ZV.aspx';
    (ace as unknown as { onPropertyPaneFieldChanged(): void }).onPropertyPaneFieldChanged();
    const json = JSON.stringify(quickView().template);
    expect(json).toContain('Ihre offenen Aufgaben');
    expect(json).toContain('2 Kennzahlwerte 2025 fehlen');
    expect(json).toContain(`"url":"${siteUrl}/SitePages/ZV.aspx"`);
  });

  it('says when loading failed and loads again on "Erneut versuchen"', async () => {
    load.mockReset().mockRejectedValueOnce(new Error('503')).mockResolvedValue(data);
    const { ace, card } = await started();
    expect(ace.state.status.kind).toBe('failed');
    const failed = card();
    expect(failed.cardViewParameters).toMatchObject({ cardViewType: 'basic', header: { text: 'Konnte nicht geladen werden – erneut versuchen' } });
    expect(failed.cardViewParameters.footer).toMatchObject({ title: 'Erneut versuchen', action: { type: 'Submit', parameters: { id: 'retry' } } });
    failed.onAction({ type: 'Submit', data: { id: 'retry' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).toHaveBeenCalledTimes(2);
    expect(ace.state.status.kind).toBe('ready');
  });

  it('says so when the product site is not found', async () => {
    connect.mockReset().mockResolvedValue({ kind: 'missing' });
    const { ace, card } = await started();
    expect(ace.state.status.kind).toBe('failed');
    expect(card().cardViewParameters.header.text).toBe('Konnte nicht geladen werden – erneut versuchen');
    expect(load).not.toHaveBeenCalled();
  });

  it('speaks English to an English user', async () => {
    const { card } = await started('en-US');
    // The loc module is the German one here (SPFx picks the file per user); the to-do texts follow the user's language.
    expect(card().cardViewParameters.body?.text).toBe('2 indicator values for 2025 are missing');
  });
});
