import { createNestablePublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import type { IPublicClientApplication } from '@azure/msal-browser';

/** Where the pane gets the bearer token for SharePoint; one interface, one implementation per host. */
export interface TokenProvider {
  getToken(): Promise<string>;
}

export interface NestedAppAuthSettings {
  /** Application (client) id of the add-in's Entra app registration (SPA redirect `brk-multihub://<pane origin>`). */
  readonly clientId: string;
  /** The tenant id or its domain (`stadt.onmicrosoft.com`). */
  readonly tenant: string;
  /** `https://<tenant>.sharepoint.com`, the resource whose token the pane needs. */
  readonly sharePointOrigin: string;
}

/**
 * Office's nested app authentication through MSAL: Excel signs the user in with the account
 * it already has (no second sign-in on any platform that supports it), and asks the user
 * only when consent or a new sign-in is needed.
 */
export class NestedAppAuthTokenProvider implements TokenProvider {
  private application: Promise<IPublicClientApplication> | undefined;

  public constructor(private readonly settings: NestedAppAuthSettings) {}

  public get scopes(): string[] {
    return [`${this.settings.sharePointOrigin.replace(/\/+$/, '')}/.default`];
  }

  public async getToken(): Promise<string> {
    const application = await this.applicationOnce();
    const request = { scopes: this.scopes };
    const account = application.getActiveAccount() ?? application.getAllAccounts()[0];
    try {
      const result = await application.acquireTokenSilent(account ? { ...request, account } : request);
      application.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) {
        throw error;
      }
      const result = await application.acquireTokenPopup(request);
      application.setActiveAccount(result.account);
      return result.accessToken;
    }
  }

  private applicationOnce(): Promise<IPublicClientApplication> {
    this.application ??= createNestablePublicClientApplication({
      auth: { clientId: this.settings.clientId, authority: `https://login.microsoftonline.com/${this.settings.tenant}` }
    });
    return this.application;
  }
}

/** The local emulator's identity: the token is the demo user's login (dev only, loopback only). */
export class EmulatorTokenProvider implements TokenProvider {
  public constructor(private readonly login: string) {}

  public async getToken(): Promise<string> {
    return this.login;
  }
}
