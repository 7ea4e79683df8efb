/** What the workbench shows, kept in the address so a reload or a shared link shows the same. */
export interface WorkbenchState {
  readonly user: string;
  readonly lang: 'de' | 'en';
  readonly theme: 'light' | 'dark' | 'contrast';
  readonly view: string;
  /** A deep link into the view, as Teams' subEntityId or SharePoint's `?item=` would carry it. */
  readonly item?: string;
}

export const defaultUser = 'koordination@stadt.example';

/** Where the workbench keeps who signed in last (localStorage). */
export const signedInUserKey = 'integrationsplanung365.workbench.user';

/**
 * `rememberedUser` is who signed in last on this browser: a link without `?user=` (the reminder's
 * workbook link, redirected here as Excel for the web takes it over) opens as that user, as a
 * tenant's sign-in cookie would; without one, as the office.
 */
export function readWorkbenchState(search: string, rememberedUser?: string): WorkbenchState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    user: params.get('user') ?? rememberedUser ?? defaultUser,
    lang: params.get('lang') === 'en' ? 'en' : 'de',
    theme: theme === 'dark' || theme === 'contrast' ? theme : 'light',
    view: params.get('view') ?? 'overview',
    item: params.get('item') ?? undefined
  };
}

export function workbenchSearch(state: WorkbenchState): string {
  const params = new URLSearchParams({ user: state.user, view: state.view });
  if (state.lang === 'en') {
    params.set('lang', 'en');
  }
  if (state.theme !== 'light') {
    params.set('theme', state.theme);
  }
  return `?${params.toString()}`;
}
