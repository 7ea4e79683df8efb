import type { ProductServices } from '../services';

/**
 * What the indicator entry uses of the services: who is signed in, the sheet's model (the
 * year's lock included, so a correction of a closed year asks for its reason, and the office's
 * review of each value) and the values to write, and where a department's corrections of a locked
 * year go as requests. The Excel pane
 * builds no more than this.
 */
export type PaneServices = Pick<ProductServices, 'users' | 'catalogue' | 'departments' | 'indicators' | 'indicatorValues' | 'reportingYears' | 'correctionRequests' | 'valueReviews'>;

/** The upload in the web part: the same, and the UI culture of the page. */
export type IndicatorEntryServices = PaneServices & Pick<ProductServices, 'locale'>;
