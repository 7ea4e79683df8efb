import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { createSpfxServices } from './spfxServices';
import type { ProductServices } from '../../app/services';
import { HostTheme, hostThemeFromTeams, lightTheme } from '../../ui/hostTheme';

/**
 * What every web part of the product does the same way: build the services from the SPFx
 * context once, follow the host's theme (SharePoint section variants, or Teams light, dark
 * and high contrast), and render one React root. Subclasses only say what to render.
 */
export abstract class ProductWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  protected services!: ProductServices;
  protected theme: HostTheme = lightTheme;
  /** What a deep link points at: Teams' subPageId (subEntityId of the link), or `?item=` on a SharePoint page. */
  protected deepLink: string | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = await createSpfxServices(this.context);
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const teamsContext = await teams.teamsJs.app.getContext();
      this.theme = hostThemeFromTeams(teamsContext.app.theme);
      this.deepLink = teamsContext.page.subPageId || undefined;
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = hostThemeFromTeams(name);
        this.render();
      });
    } else {
      this.deepLink = new URLSearchParams(window.location.search).get('item') ?? undefined;
      const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
      this.theme = { name: 'light', sharePoint: themeProvider.tryGetTheme() };
      themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
        this.theme = { name: 'light', sharePoint: args.theme };
        this.render();
      });
    }
  }

  protected abstract createRoot(): React.ReactElement;

  /** The view's code arrives as its own chunk (see lazyComponent); a spinner holds its place meanwhile. */
  public render(): void {
    ReactDom.render(React.createElement(React.Suspense, { fallback: React.createElement(Spinner, { size: SpinnerSize.large }) }, this.createRoot()), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
