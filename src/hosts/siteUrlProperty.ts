/**
 * The tenant property (storage entity) that names the product's site. The set-up script writes
 * it (`spo storageentity set`); every web part reads it, since personal tabs in Teams, Outlook
 * and the Microsoft 365 app run on the tenant's root site, not on the product's site.
 */
export const siteUrlPropertyKey = 'IntegrationsplanungSiteUrl';
