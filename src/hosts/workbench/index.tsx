import * as React from 'react';
import * as ReactDom from 'react-dom';
import { registerWorkbenchIcons } from './workbenchIcons';
import { createSpForToken } from '../../data/sp/spFactory';
import { createGraphClient } from '../../scheduling/graphClientFactory';
import { createProductServices } from '../productServices';
import { pageItemLink } from '../itemLinks';
import { readWorkbenchState, signedInUserKey, workbenchSearch, WorkbenchState } from './workbenchState';
import { Workbench, WorkbenchUser } from './Workbench';
import { webPartViews } from './webPartViews';

/**
 * Composition root of the local workbench: the product's services against the local
 * SharePoint/Graph on this origin, signed in with the chosen demo user's login as token.
 */
async function main(): Promise<void> {
  registerWorkbenchIcons();
  const root = document.getElementById('workbench')!;
  const users = (await (await fetch('/_emulator/users')).json()) as WorkbenchUser[];
  const state = readWorkbenchState(location.search, window.localStorage.getItem(signedInUserKey) ?? undefined);
  window.localStorage.setItem(signedInUserKey, state.user);
  const origin = location.origin;
  const getToken = async (): Promise<string> => state.user;
  const siteUrl = `${origin}/sites/integration`;
  const services = createProductServices({
    siteUrl,
    sp: createSpForToken({ siteUrl, getToken }),
    graph: createGraphClient({ baseUrl: origin, getToken }),
    locale: state.lang === 'en' ? 'en-US' : 'de-DE',
    linkToItem: (item) => pageItemLink(location.href, item)
  });
  const navigate = (next: WorkbenchState): void => {
    // Language and identity are fixed per page load (as in SharePoint), so reload with the new state.
    location.search = workbenchSearch(next);
  };
  ReactDom.render(<Workbench state={state} users={users} services={services} views={webPartViews} onChange={navigate} />, root);
}

main().catch((error: unknown) => {
  const root = document.getElementById('workbench')!;
  root.textContent = `Die lokale Workbench konnte nicht starten / The local workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
});
