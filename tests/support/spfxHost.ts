import * as React from 'react';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { ProductServices } from '../../src/app/services';
import type { HostTheme } from '../../src/ui/hostTheme';
import { siteUrlPropertyKey } from '../../src/hosts/siteUrlProperty';

/**
 * What a web part sees of SharePoint in tests/unit/hosts: a faked SPFx context (page, culture,
 * theme provider, Teams SDK, Graph client factory, property pane) and a tenant answering the
 * exact REST requests of site discovery and of the stand-in views, through `fetch`, which
 * PnPjs' SPFx behaviour uses.
 */

export const tenantOrigin = 'https://contoso.sharepoint.com';
export const integrationSite = `${tenantOrigin}/sites/integration`;

export interface FakeAnswer {
  readonly status: number;
  readonly body?: unknown;
}

const spError = (status: number, message: string): FakeAnswer => ({ status, body: { 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: message } } } });

/** SharePoint of one tenant: which webs hold the product's lists, the tenant property, a few plan periods. */
export class FakeTenant {
  /** `GET <decoded URL>` of every request, in order. */
  public readonly requests: string[] = [];
  public readonly websWithLists = new Set<string>([integrationSite]);
  /** Value of the IntegrationsplanungSiteUrl tenant property; undefined: nobody set it (OData null). */
  public siteUrlProperty: string | undefined = integrationSite;
  public planPeriods: Array<Record<string, unknown>> = [{ Id: 7, Title: 'Integrationskonzept 2024', UpdateNumber: 2, StartYear: 2024, EndYear: 2028, PeriodStatus: 'beschlossen' }];
  private readonly overrides: Array<{ readonly pattern: RegExp; readonly answer: FakeAnswer }> = [];

  /** Answers requests whose decoded URL matches `pattern` with `answer` instead (a fault, another value). */
  public answer(pattern: RegExp, answer: FakeAnswer): void {
    this.overrides.unshift({ pattern, answer });
  }

  public clearAnswers(): void {
    this.overrides.length = 0;
  }

  public readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = decodeURIComponent(input instanceof Request ? input.url : input.toString());
    const method = (init.method ?? 'GET').toUpperCase();
    this.requests.push(`${method} ${url}`);
    const answer = this.overrides.find((override) => override.pattern.test(url))?.answer ?? this.route(method, url);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata' } });
  };

  private route(method: string, url: string): FakeAnswer {
    if (!url.startsWith(`${tenantOrigin}/`)) {
      throw new Error(`A request outside the tenant: ${method} ${url}`);
    }
    const storage = /^(.*)\/_api\/web\/getStorageEntity\('([^']*)'\)$/i.exec(url);
    if (method === 'GET' && storage) {
      // SharePoint answers OData null for a key nobody set.
      return storage[2] === siteUrlPropertyKey && this.siteUrlProperty !== undefined
        ? { status: 200, body: { Comment: null, Description: 'Website der Integrationsplanung', Value: this.siteUrlProperty } }
        : { status: 200, body: { 'odata.null': true } };
    }
    const list = /^(.*)\/_api\/web\/getList\('([^']*)'\)(\/items)?(\?.*)?$/i.exec(url);
    if (method === 'GET' && list) {
      const [, web, listUrl, items] = list;
      const webPath = new URL(web).pathname.replace(/\/$/, '');
      if (!this.websWithLists.has(web) || !listUrl.toLowerCase().startsWith(`${webPath}/lists/`.toLowerCase())) {
        return spError(404, 'File Not Found.');
      }
      if (!items) {
        return { status: 200, body: { Id: '5b3e0c4e-0000-4000-8000-000000000001' } };
      }
      return { status: 200, body: { value: listUrl.endsWith('/PlanPeriods') ? this.planPeriods : [] } };
    }
    return spError(404, `No fake answer for ${method} ${url}`);
  }
}

export interface HostOptions {
  /** Absolute URL of the page's web (the tenant's root site for personal tabs). */
  readonly webUrl: string;
  readonly uiCulture?: string;
  /** Present when the web part runs as a Teams, Outlook or Microsoft 365 tab. */
  readonly teams?: { readonly theme?: string; readonly subPageId?: string; readonly pageId?: string; readonly channelId?: string };
  readonly sharePointTheme?: { readonly palette: Record<string, string> };
}

export interface FakeHost {
  readonly context: WebPartContext;
  /** SharePoint's theme provider raising a section or site theme change. */
  changeSharePointTheme(theme: { readonly palette: Record<string, string> }): void;
  /** Teams switching between default, dark and contrast. */
  changeTeamsTheme(name: string): void;
  readonly themeHandlerCount: () => number;
  readonly propertyPaneRefreshes: () => number;
}

export function fakeHost(options: HostOptions): FakeHost {
  let themeHandlers: Array<{ observer: unknown; handler: (args: { theme: unknown }) => void }> = [];
  let teamsThemeHandler: ((name: string) => void) | undefined;
  let refreshes = 0;
  const themeProvider = {
    tryGetTheme: () => options.sharePointTheme,
    themeChangedEvent: {
      add: (observer: unknown, handler: (args: { theme: unknown }) => void) => themeHandlers.push({ observer, handler }),
      remove: (observer: unknown, handler: unknown) => {
        themeHandlers = themeHandlers.filter((entry) => entry.observer !== observer || entry.handler !== handler);
      }
    }
  };
  const teams = options.teams;
  const context = {
    pageContext: {
      web: { absoluteUrl: options.webUrl, serverRelativeUrl: new URL(options.webUrl).pathname },
      cultureInfo: { currentUICultureName: options.uiCulture ?? 'de-DE', currentCultureName: options.uiCulture ?? 'de-DE' },
      legacyPageContext: { formDigestValue: `0xFAKE,${new Date().toUTCString()}`, formDigestTimeoutSeconds: 1800 }
    },
    serviceScope: { consume: () => themeProvider },
    sdks: {
      microsoftTeams: teams
        ? {
            teamsJs: {
              app: {
                getContext: async () => ({ app: { theme: teams.theme ?? 'default' }, page: { id: teams.pageId ?? 'tab', subPageId: teams.subPageId ?? '' }, channel: teams.channelId ? { id: teams.channelId } : undefined }),
                registerOnThemeChangeHandler: (handler: (name: string) => void) => {
                  teamsThemeHandler = handler;
                }
              }
            }
          }
        : undefined
    },
    // The views stand in for the real ones and send no mail or invitations; the Graph client is only handed on.
    msGraphClientFactory: { getClient: async () => ({ api: () => { throw new Error('Graph is not called in these tests'); } }) },
    aadTokenProviderFactory: { getTokenProvider: async () => ({ getToken: async () => 'token' }) },
    propertyPane: {
      refresh: () => {
        refreshes += 1;
      }
    }
  };
  return {
    context: context as unknown as WebPartContext,
    changeSharePointTheme: (theme) => [...themeHandlers].forEach((entry) => entry.handler({ theme })),
    changeTeamsTheme: (name) => teamsThemeHandler?.(name),
    themeHandlerCount: () => themeHandlers.length,
    propertyPaneRefreshes: () => refreshes
  };
}

interface LoadableWebPart {
  _loadForTest(context: WebPartContext, properties: object, domElement: HTMLElement): Promise<void>;
  dispose(): void;
  getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ targetProperty: string; properties: Record<string, unknown> }> }> }> };
  onPropertyPaneConfigurationStart(): void;
  render(): void;
}

export interface ShownWebPart {
  readonly webPart: LoadableWebPart;
  readonly domElement: HTMLElement;
}

/** Shows a web part as SharePoint does: new instance, context and properties, onInit, render. */
export async function showWebPart(WebPart: new () => unknown, host: FakeHost, properties: object = {}): Promise<ShownWebPart> {
  const domElement = document.createElement('div');
  document.body.appendChild(domElement);
  const webPart = new WebPart() as LoadableWebPart;
  await webPart._loadForTest(host.context, properties, domElement);
  return { webPart, domElement };
}

/** Waits (bounded) until the DOM shows what the user would see. */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}: ${document.body.innerHTML.slice(0, 2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface StandInViewProps {
  readonly services: ProductServices;
  readonly theme: HostTheme;
  readonly strings: Record<string, string>;
  readonly [prop: string]: unknown;
}

/**
 * Stands in for a web part's view (its own chunk in the bundle, tested in tests/unit/webparts
 * and the browser tests): shows the props the web part handed it and reads the plan periods
 * through the services, so a test sees which site the services talk to.
 */
export function standInView(name: string): React.FunctionComponent<StandInViewProps> {
  return function StandInView(props: StandInViewProps): React.ReactElement {
    const [periods, setPeriods] = React.useState('…');
    React.useEffect(() => {
      let isShown = true;
      props.services.catalogue.planPeriods().then(
        (found) => isShown && setPeriods(found.map((period) => period.title).join(', ')),
        (error: unknown) => isShown && setPeriods(`failed: ${error instanceof Error ? error.message : String(error)}`)
      );
      return () => {
        isShown = false;
      };
    }, [props.services]);
    const { services, theme, strings, ...rest } = props;
    const shown = Object.fromEntries(Object.entries(rest).filter(([, value]) => typeof value !== 'object' || value === null));
    return React.createElement(
      'section',
      { 'data-view': name, 'data-theme': theme.name, 'data-palette': theme.sharePoint?.palette?.themePrimary ?? '', 'data-props': JSON.stringify(shown), 'data-locale': services.locale },
      `${strings.Title ?? name}: ${periods}`
    );
  };
}

export function viewOf(domElement: HTMLElement): HTMLElement | null {
  return domElement.querySelector('section[data-view]');
}
