import * as React from 'react';
import type { ProductServices } from '../../app/services';
import type { HostTheme } from '../../ui/hostTheme';

export interface WebPartViewProps {
  readonly services: ProductServices;
  readonly theme: HostTheme;
  /** The item a deep link points at (`?item=`), as a Teams subPageId would. */
  readonly deepLink?: string;
}

/**
 * A web part as the workbench shows it: the same React root its SPFx class renders. Each view's
 * code is its own chunk, loaded when its tab opens, so the page starts with the shell alone.
 */
export interface WebPartView {
  readonly key: string;
  readonly title: { readonly de: string; readonly en: string };
  readonly Component: React.LazyExoticComponent<React.ComponentType<WebPartViewProps>>;
}

function view(key: string, de: string, en: string, load: () => Promise<{ default: React.ComponentType<WebPartViewProps> }>): WebPartView {
  return { key, title: { de, en }, Component: React.lazy(load) };
}

export const webPartViews: readonly WebPartView[] = [
  view('overview', 'Überblick', 'Overview', () => import('./views/overview')),
  view('catalogue', 'Maßnahmenkatalog', 'Measure catalogue', () => import('./views/catalogue')),
  view('initialReviews', 'Erstgespräche', 'Initial interviews', () => import('./views/initialReviews')),
  view('goalAgreements', 'Zielvereinbarungen', 'Goal agreements', () => import('./views/goalAgreements')),
  view('meetingRound', 'Gesprächsrunde', 'Meeting round', () => import('./views/meetingRound')),
  view('excel', 'Excel-Add-in (Vorschau)', 'Excel add-in (preview)', () => import('./views/excel')),
  view('indicatorDashboard', 'Kennzahlen', 'Indicators', () => import('./views/indicatorDashboard')),
  view('indicatorEntry', 'Kennzahlen erfassen', 'Enter indicator values', () => import('./views/indicatorEntry')),
  view('steering', 'Steuerung', 'Governance', () => import('./views/steering')),
  view('todoCard', 'Meine Aufgaben (Karte)', 'My to-dos (card)', () => import('./views/todoCard'))
];
