import * as React from 'react';
import * as overviewStrings from 'OverviewWebPartStrings';
import * as catalogueStrings from 'CatalogueWebPartStrings';
import * as initialReviewsStrings from 'InitialReviewsWebPartStrings';
import * as indicatorDashboardStrings from 'IndicatorDashboardWebPartStrings';
import * as indicatorEntryStrings from 'IndicatorEntryWebPartStrings';
import * as meetingRoundStrings from 'MeetingRoundWebPartStrings';
import * as goalAgreementsStrings from 'GoalAgreementsWebPartStrings';
import { Overview } from '../../webparts/overview/components/Overview';
import { Catalogue } from '../../webparts/catalogue/components/Catalogue';
import { InitialReviews } from '../../webparts/initialReviews/components/InitialReviews';
import { ExcelPanePreview, yearOfLink } from '../../excel/components/ExcelPanePreview';
import { IndicatorDashboard } from '../../webparts/indicatorDashboard/components/IndicatorDashboard';
import { IndicatorEntry } from '../../webparts/indicatorEntry/components/IndicatorEntry';
import { GoalAgreements } from '../../webparts/goalAgreements/components/GoalAgreements';
import { MeetingRound } from '../../webparts/meetingRound/components/MeetingRound';
import { indicatorEntryLinkOf } from '../../webparts/indicatorEntry/indicatorEntryLink';
import { measureIdOfDeepLink } from '../../app/catalogue/measureDeepLink';
import type { ProductServices } from '../../app/services';
import type { HostTheme } from '../../ui/hostTheme';

/** A web part as the workbench shows it: the same React root its SPFx class renders. */
export interface WebPartView {
  readonly key: string;
  readonly title: { readonly de: string; readonly en: string };
  readonly render: (services: ProductServices, theme: HostTheme, deepLink?: string) => React.ReactElement;
}

export const webPartViews: readonly WebPartView[] = [
  {
    key: 'overview',
    title: { de: 'Überblick', en: 'Overview' },
    render: (services, theme) => <Overview services={services} strings={overviewStrings} theme={theme} />
  },
  {
    key: 'catalogue',
    title: { de: 'Maßnahmenkatalog', en: 'Measure catalogue' },
    render: (services, theme, deepLink) => <Catalogue services={services} strings={catalogueStrings} theme={theme} initialMeasureId={measureIdOfDeepLink(deepLink)} />
  },
  {
    key: 'initialReviews',
    title: { de: 'Erstgespräche', en: 'Initial interviews' },
    render: (services, theme) => <InitialReviews services={services} strings={initialReviewsStrings} theme={theme} />
  },
  {
    key: 'goalAgreements',
    title: { de: 'Zielvereinbarungen', en: 'Goal agreements' },
    render: (services, theme) => <GoalAgreements services={services} strings={goalAgreementsStrings} theme={theme} />
  },
  {
    key: 'meetingRound',
    title: { de: 'Gesprächsrunde', en: 'Meeting round' },
    render: (services, theme) => <MeetingRound services={services} strings={meetingRoundStrings} theme={theme} />
  },
  {
    key: 'excel',
    title: { de: 'Excel-Add-in (Vorschau)', en: 'Excel add-in (preview)' },
    // The add-in's task pane beside an in-page sheet; the workbook lives in the browser's storage like a file.
    render: (services) => <ExcelPanePreview services={services} language={services.locale.startsWith('en') ? 'en' : 'de'} storage={window.localStorage} initialYear={yearOfLink(location.search)} />
  },
  {
    key: 'indicatorDashboard',
    title: { de: 'Kennzahlen', en: 'Indicators' },
    // Reminder mails lead to the workbench's entry view for the year (the tenant configures its own link).
    render: (services, theme, deepLink) => (
      <IndicatorDashboard
        services={services}
        strings={indicatorDashboardStrings}
        theme={theme}
        entryLinkTemplate={`${location.origin}${location.pathname}?view=excel&year={year}`}
        initialTab={deepLink === 'completeness' ? 'completeness' : undefined}
      />
    )
  },
  {
    key: 'indicatorEntry',
    title: { de: 'Kennzahlen erfassen', en: 'Enter indicator values' },
    render: (services, theme, deepLink) => {
      const link = indicatorEntryLinkOf(deepLink, location.search);
      return (
        <IndicatorEntry
          services={services}
          strings={indicatorEntryStrings}
          theme={theme}
          storage={window.localStorage}
          initialYear={link.year}
          initialDepartmentNumber={link.departmentNumber}
        />
      );
    }
  }
];
