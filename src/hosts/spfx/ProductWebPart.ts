import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { createSpfxServices, type SpfxConnection } from './spfxServices';
import { SiteNotFound } from './SiteNotFound';
import { siteNotFoundText } from './siteNotFoundTexts';
import type { ProductServices } from '../../app/services';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { HostTheme, hostThemeFromTeams, lightTheme } from '../../ui/hostTheme';

type Connection = SpfxConnection | { readonly kind: 'failed'; readonly error: unknown };

/**
 * What every web part of the product does the same way: find the product's site and build
 * the services on it once, follow the host's theme (SharePoint section variants, or Teams
 * light, dark and high contrast), and render one React root. Subclasses only say what to
 * render; they are not asked to while the site is unknown.
 */
export abstract class ProductWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  protected services!: ProductServices;
  /** Absolute URL of the product's site: the page's web, or the site the tenant property names (Teams personal tabs run on the root site). */
  protected siteUrl!: string;
  protected theme: HostTheme = lightTheme;
  /** What a deep link points at: Teams' subPageId (subEntityId of the link), or `?item=` on a SharePoint page. */
  protected deepLink: string | undefined;
  private connection: Connection | undefined;
  private themeProvider: ThemeProvider | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    await this.followHostTheme();
    await this.connect();
  }

  private async followHostTheme(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const teamsContext = await teams.teamsJs.app.getContext();
      this.theme = hostThemeFromTeams(teamsContext.app.theme);
      this.deepLink = teamsContext.page.subPageId || undefined;
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = hostThemeFromTeams(name);
        this.renderIfActive();
      });
    } else {
      this.deepLink = new URLSearchParams(window.location.search).get('item') ?? undefined;
      this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
      this.theme = { name: 'light', sharePoint: this.themeProvider.tryGetTheme() };
      this.themeProvider.themeChangedEvent.add(this, this.onHostThemeChanged);
    }
  }

  private readonly onHostThemeChanged = (args: ThemeChangedEventArgs): void => {
    this.theme = { name: 'light', sharePoint: args.theme };
    this.renderIfActive();
  };

  private async connect(): Promise<void> {
    try {
      this.connection = await createSpfxServices(this.context);
    } catch (error) {
      // Shown inside the web part with the service's message and a retry, not as SPFx's generic failure.
      this.connection = { kind: 'failed', error };
    }
    if (this.connection.kind === 'ready') {
      this.services = this.connection.services;
      this.siteUrl = this.connection.siteUrl;
    }
  }

  protected abstract createRoot(): React.ReactElement;

  /** The view's code arrives as its own chunk (see lazyComponent); a spinner holds its place meanwhile. */
  public render(): void {
    ReactDom.render(this.content(), this.domElement);
  }

  private content(): React.ReactElement {
    const connection = this.connection;
    if (connection?.kind === 'missing') {
      return React.createElement(SiteNotFound, { text: siteNotFoundText(connection, this.context.pageContext.cultureInfo.currentUICultureName), theme: this.theme });
    }
    if (connection?.kind === 'failed') {
      return React.createElement(ErrorMessage, { error: connection.error, onRetry: () => void this.connect().then(() => this.renderIfActive()) });
    }
    return React.createElement(React.Suspense, { fallback: React.createElement(Spinner, { size: SpinnerSize.large }) }, this.createRoot());
  }

  /** Theme changes and retries may arrive after the page removed the web part. */
  private renderIfActive(): void {
    if (!this.isDisposed) {
      this.render();
    }
  }

  protected onDispose(): void {
    this.themeProvider?.themeChangedEvent.remove(this, this.onHostThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
