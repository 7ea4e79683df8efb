import { Navigation } from './entities';
import { Entity } from './metadata';
import { serviceRootOf, type SiteContext } from './site';

/** The site locales the emulator offers: the product's German sites, and an English one to prove nothing assumes German. */
export type SiteLocale = 'de-DE' | 'en-US';

/** What SharePoint's site settings → "Regional settings" decide, as far as the emulator uses it. */
export interface RegionalSettings {
  readonly locale: SiteLocale;
  readonly localeId: number;
  readonly decimalSeparator: string;
  readonly thousandSeparator: string;
  readonly dateSeparator: string;
  readonly listSeparator: string;
  /** SP.DateFormat: 0 = MDY, 1 = DMY. */
  readonly dateFormat: number;
  readonly time24: boolean;
  readonly firstDayOfWeek: number;
  readonly timeZone: { readonly id: number; readonly description: string; readonly bias: number; readonly daylightBias: number };
}

const siteLocales: Record<SiteLocale, RegionalSettings> = {
  'de-DE': {
    locale: 'de-DE',
    localeId: 1031,
    decimalSeparator: ',',
    thousandSeparator: '.',
    dateSeparator: '.',
    listSeparator: ';',
    dateFormat: 1,
    time24: true,
    firstDayOfWeek: 1,
    timeZone: { id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', bias: -60, daylightBias: -60 }
  },
  'en-US': {
    locale: 'en-US',
    localeId: 1033,
    decimalSeparator: '.',
    thousandSeparator: ',',
    dateSeparator: '/',
    listSeparator: ',',
    dateFormat: 0,
    time24: false,
    firstDayOfWeek: 0,
    timeZone: { id: 13, description: '(UTC-05:00) Eastern Time (US and Canada)', bias: 300, daylightBias: -60 }
  }
};

export function regionalSettingsOf(locale: SiteLocale = 'de-DE'): RegionalSettings {
  if (!Object.prototype.hasOwnProperty.call(siteLocales, locale)) {
    throw new Error(`Unknown site locale ${String(locale)}: use ${Object.keys(siteLocales).join(' or ')}`);
  }
  return siteLocales[locale];
}

/**
 * `/web/RegionalSettings` with the properties SharePoint Online returns; `TimeZone` is a deferred
 * navigation there too. Bias values are minutes to add to local time for UTC, as Windows counts them.
 */
export function regionalSettingsEntity(context: SiteContext): Entity {
  const root = serviceRootOf(context);
  const settings = context.regional;
  const zone = settings.timeZone;
  const english = settings.locale === 'en-US';
  return new Entity(
    { type: 'SP.RegionalSettings', uri: `${root}/Web/RegionalSettings`, editLink: 'Web/RegionalSettings' },
    {
      AdjustHijriDays: 0,
      AlternateCalendarType: 0,
      AM: english ? 'AM' : '',
      CalendarType: 1,
      Collation: 25,
      CollationLCID: 2070,
      DateFormat: settings.dateFormat,
      DateSeparator: settings.dateSeparator,
      DecimalSeparator: settings.decimalSeparator,
      DigitGrouping: '3;0',
      FirstDayOfWeek: settings.firstDayOfWeek,
      FirstWeekOfYear: english ? 0 : 2,
      IsEastAsia: false,
      IsRightToLeft: false,
      IsUIRightToLeft: false,
      ListSeparator: settings.listSeparator,
      LocaleId: settings.localeId,
      NegativeSign: '-',
      NegNumberMode: 1,
      PM: english ? 'PM' : '',
      PositiveSign: '',
      ShowWeeks: false,
      ThousandSeparator: settings.thousandSeparator,
      Time24: settings.time24,
      TimeMarkerPosition: 0,
      TimeSeparator: ':',
      WorkDayEndHour: 1020,
      WorkDays: 62,
      WorkDayStartHour: 480,
      TimeZone: new Navigation(
        () =>
          new Entity(
            { type: 'SP.TimeZone', uri: `${root}/Web/RegionalSettings/TimeZone`, editLink: 'Web/RegionalSettings/TimeZone' },
            { Description: zone.description, Id: zone.id, Information: { Bias: zone.bias, DaylightBias: zone.daylightBias, StandardBias: 0 } }
          )
      )
    }
  );
}

/**
 * A number as SharePoint parses a form value: with the site's separators, grouping separators
 * ignored in the integral part as .NET does. So "3,5" is 35 on an en-US site and 3.5 on a German
 * one, and "3.5" the other way round. `undefined` when the text is no number.
 */
export function parseSiteNumber(text: string, settings: Pick<RegionalSettings, 'decimalSeparator' | 'thousandSeparator'>): number | undefined {
  const trimmed = text.trim();
  const decimalAt = trimmed.indexOf(settings.decimalSeparator);
  const integral = decimalAt < 0 ? trimmed : trimmed.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : trimmed.slice(decimalAt + settings.decimalSeparator.length);
  const plain = `${integral.split(settings.thousandSeparator).join('')}${decimalAt < 0 ? '' : `.${fraction}`}`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) {
    return undefined;
  }
  return Number(plain);
}
