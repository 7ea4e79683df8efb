import * as React from 'react';
import { Dropdown, IDropdownOption, Pivot, PivotItem, Spinner, SpinnerSize, Stack, Text, ThemeProvider, mergeStyleSets } from '@fluentui/react';
import type { ProductServices } from '../../app/services';
import { fluentTheme } from '../../ui/hostTheme';
import type { WorkbenchState } from './workbenchState';
import type { WebPartView } from './webPartViews';

export interface WorkbenchUser {
  readonly login: string;
  readonly displayName: string;
  readonly role: 'coordinator' | 'department';
  readonly department: string | null;
}

export interface WorkbenchProps {
  readonly state: WorkbenchState;
  readonly users: readonly WorkbenchUser[];
  readonly services: ProductServices;
  readonly views: readonly WebPartView[];
  readonly onChange: (state: WorkbenchState) => void;
}

const texts = {
  de: {
    product: 'Integrationsplanung 365',
    subtitle: 'Lokale Workbench mit Demodaten',
    user: 'Angemeldet als',
    language: 'Sprache',
    theme: 'Darstellung',
    light: 'Hell (SharePoint)',
    dark: 'Dunkel (Teams)',
    contrast: 'Hoher Kontrast (Teams)',
    coordinator: 'Koordination',
    department: 'Fachbereich',
    views: 'Webparts',
    loading: 'Webpart wird geladen …'
  },
  en: {
    product: 'Integration planning 365',
    subtitle: 'Local workbench with demo data',
    user: 'Signed in as',
    language: 'Language',
    theme: 'Appearance',
    light: 'Light (SharePoint)',
    dark: 'Dark (Teams)',
    contrast: 'High contrast (Teams)',
    coordinator: 'coordination',
    department: 'Department',
    views: 'Web parts',
    loading: 'Loading web part …'
  }
};

/** The page around the web parts: a user switcher (to see permissions), language and Teams theme. */
export function Workbench({ state, users, services, views, onChange }: WorkbenchProps): React.ReactElement {
  const t = texts[state.lang];
  const theme = fluentTheme({ name: state.theme });
  const classes = mergeStyleSets({
    bar: { padding: '8px 24px', background: theme.palette.themeDarker, color: '#ffffff' },
    barText: { color: '#ffffff' },
    page: { padding: '0 24px 48px', minHeight: '100vh', background: theme.semanticColors.bodyBackground }
  });
  const userOptions: IDropdownOption[] = users.map((user) => ({
    key: user.login,
    text: user.role === 'coordinator' ? `${user.displayName} (${t.coordinator})` : `${user.displayName} (${t.department} ${user.department ?? ''})`
  }));
  const view = views.find((candidate) => candidate.key === state.view) ?? views[0];
  return (
    <ThemeProvider theme={theme}>
      <Stack as="header" horizontal wrap verticalAlign="end" tokens={{ childrenGap: 24 }} className={classes.bar}>
        <Stack grow>
          <Text as="h1" variant="large" className={classes.barText}>
            {t.product}
          </Text>
          <Text variant="small" className={classes.barText}>
            {t.subtitle}
          </Text>
        </Stack>
        <Dropdown
          label={t.user}
          selectedKey={state.user}
          options={userOptions}
          onChange={(_, option) => option && onChange({ ...state, user: String(option.key) })}
          styles={{ root: { minWidth: 280 }, label: { color: '#ffffff' } }}
          data-testid="user-switcher"
        />
        <Dropdown
          label={t.language}
          selectedKey={state.lang}
          options={[
            { key: 'de', text: 'Deutsch' },
            { key: 'en', text: 'English' }
          ]}
          onChange={(_, option) => option && onChange({ ...state, lang: option.key === 'en' ? 'en' : 'de' })}
          styles={{ root: { minWidth: 120 }, label: { color: '#ffffff' } }}
        />
        <Dropdown
          label={t.theme}
          selectedKey={state.theme}
          options={[
            { key: 'light', text: t.light },
            { key: 'dark', text: t.dark },
            { key: 'contrast', text: t.contrast }
          ]}
          onChange={(_, option) => option && onChange({ ...state, theme: option.key as WorkbenchState['theme'] })}
          styles={{ root: { minWidth: 200 }, label: { color: '#ffffff' } }}
        />
      </Stack>
      <main className={classes.page}>
        <Pivot
          aria-label={t.views}
          // Many views: the tabs wrap to a second row instead of pushing the page sideways.
          styles={{ root: { display: 'flex', flexWrap: 'wrap' } }}
          selectedKey={view.key}
          onLinkClick={(item) => item?.props.itemKey && onChange({ ...state, view: item.props.itemKey })}
        >
          {views.map((candidate) => (
            <PivotItem key={candidate.key} itemKey={candidate.key} headerText={candidate.title[state.lang]} />
          ))}
        </Pivot>
        {/* keyed by user so a switch reloads everything with the new identity */}
        <div key={`${state.user}-${view.key}`}>
          <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={t.loading} styles={{ root: { marginTop: 48 } }} />}>
            <view.Component services={services} theme={{ name: state.theme }} deepLink={state.item} />
          </React.Suspense>
        </div>
      </main>
    </ThemeProvider>
  );
}
