import type { Language } from '../../domain';

/** The few words the builder writes itself: the footer and the table of contents' title. */
export interface BuilderTexts {
  /** "Seite 2 von 5": before the page number and between it and the count. */
  readonly page: string;
  readonly pageOf: string;
  readonly contents: string;
}

export const builderTexts: { readonly [L in Language]: BuilderTexts } = {
  de: { page: 'Seite ', pageOf: ' von ', contents: 'Inhalt' },
  en: { page: 'Page ', pageOf: ' of ', contents: 'Contents' }
};

/** Word's language tags: spelling and hyphenation follow the document's language. */
export const wordLanguage: { readonly [L in Language]: string } = { de: 'de-DE', en: 'en-GB' };

/** Dates as the document's language writes them: "03.12.2026", "3 December 2026". */
export function documentDate(date: Date, language: Language): string {
  return language === 'de'
    ? new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(date);
}
