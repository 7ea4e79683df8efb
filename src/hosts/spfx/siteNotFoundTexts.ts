import type { SiteDiscovery } from '../siteDiscovery';
import { siteUrlPropertyKey } from '../siteUrlProperty';

type Missing = Extract<SiteDiscovery, { kind: 'missing' }>;

export interface SiteNotFoundText {
  readonly title: string;
  readonly reason: string;
  readonly action: string;
  /** The command an administrator runs; the same in every language. */
  readonly command: string;
}

const command = 'npx tsx scripts/tenantSetup.ts --site https://<tenant>.sharepoint.com/sites/<integration-site>';

/**
 * What the user reads when the web part cannot find the product's site. The composition root
 * has no SPFx loc module of its own, so both languages live here, picked by the UI culture.
 */
export function siteNotFoundText(missing: Missing, uiCulture: string): SiteNotFoundText {
  const german = uiCulture.toLowerCase().startsWith('de');
  const where = missing.currentWebUrl;
  const value = missing.propertyValue ?? '';
  if (german) {
    const reasons: Record<Missing['reason'], string> = {
      notSet: `Diese Seite gehört zu ${where}; dort liegen die Listen der Integrationsplanung nicht, und die Mandanteneigenschaft „${siteUrlPropertyKey}“, die auf die Website der Integrationsplanung zeigt, ist nicht gesetzt.`,
      invalid: `Die Mandanteneigenschaft „${siteUrlPropertyKey}“ enthält „${value}“; das ist keine Adresse einer Website dieses Mandanten.`,
      withoutLists: `Die Mandanteneigenschaft „${siteUrlPropertyKey}“ zeigt auf ${value}; dort liegen die Listen der Integrationsplanung nicht.`
    };
    return {
      title: 'Integrationsplanung 365 findet die Website der Integrationsplanung nicht.',
      reason: reasons[missing.reason],
      action: 'Bitten Sie die Microsoft-365-Administration, das Einrichtungsskript mit der Adresse der Website der Integrationsplanung auszuführen:',
      command
    };
  }
  const reasons: Record<Missing['reason'], string> = {
    notSet: `This page belongs to ${where}, which does not hold the integration planning lists, and the tenant property "${siteUrlPropertyKey}" that points to the integration planning site is not set.`,
    invalid: `The tenant property "${siteUrlPropertyKey}" holds "${value}", which is not the address of a site in this tenant.`,
    withoutLists: `The tenant property "${siteUrlPropertyKey}" points to ${value}, which does not hold the integration planning lists.`
  };
  return {
    title: 'Integration planning 365 cannot find the integration planning site.',
    reason: reasons[missing.reason],
    action: 'Ask your Microsoft 365 administrator to run the set-up script with the address of the integration planning site:',
    command
  };
}
