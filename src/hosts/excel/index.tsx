/// <reference types="office-js" />
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { uiLanguage } from '../../domain';
import { createSpForToken } from '../../data/sp/spFactory';
import { SiteLists, serverRelativeUrlOf } from '../../data/sp/siteLists';
import { CatalogueRepository } from '../../data/catalogueRepository';
import { DepartmentRepository } from '../../data/departmentRepository';
import { IndicatorRepository } from '../../data/indicatorRepository';
import { IndicatorValueRepository } from '../../data/indicatorValueRepository';
import { ReportingYearRepository } from '../../data/reportingYearRepository';
import { ValueReviewRepository } from '../../data/valueReviewRepository';
import { CorrectionRequestRepository } from '../../data/correctionRequestRepository';
import { UserRepository } from '../../data/userRepository';
import type { PaneServices } from '../../app/indicatorEntry/entryServices';
import { registerWorkbenchIcons } from '../workbench/workbenchIcons';
import { defaultUser } from '../workbench/workbenchState';
import { OfficeSheetGrid } from '../../excel/officeSheetGrid';
import { EmulatorTokenProvider, NestedAppAuthTokenProvider, TokenProvider } from '../../excel/tokenProvider';
import { IndicatorPane } from '../../excel/components/IndicatorPane';
import { ExcelPanePreview, yearOfLink } from '../../excel/components/ExcelPanePreview';

/**
 * Composition root of the Excel task pane. In Excel: the office.js sheet and nested app
 * authentication against the tenant named in the pane's address (the manifest's
 * SourceLocation carries `site`, `clientId` and `tenant`). Outside Office (office.js resolves
 * with host null): the in-page sheet against the local emulator on this origin, signed in as
 * `?user=`.
 */
async function main(): Promise<void> {
  registerWorkbenchIcons();
  const info = await Office.onReady();
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('taskpane')!;
  if (info.host === Office.HostType.Excel) {
    const language = uiLanguage(Office.context.displayLanguage);
    document.documentElement.lang = language;
    const siteUrl = requiredParam(params, 'site');
    const tokens = new NestedAppAuthTokenProvider({ clientId: requiredParam(params, 'clientId'), tenant: requiredParam(params, 'tenant'), sharePointOrigin: new URL(siteUrl).origin });
    const services = servicesFor(siteUrl, tokens);
    ReactDom.render(<IndicatorPane services={services} grid={new OfficeSheetGrid()} language={language} initialYear={yearOfLink(location.search)} preferences={window.localStorage} />, root);
    return;
  }
  const language = params.get('lang') === 'en' ? 'en' : 'de';
  document.documentElement.lang = language;
  const services = servicesFor(`${location.origin}/sites/integration`, new EmulatorTokenProvider(params.get('user') ?? defaultUser));
  ReactDom.render(<ExcelPanePreview services={services} language={language} storage={window.localStorage} initialYear={yearOfLink(location.search)} />, root);
}

/** The pane works on SharePoint lists only: no Graph client, no calendar or mail. */
function servicesFor(siteUrl: string, tokens: TokenProvider): PaneServices {
  const sp = createSpForToken({ siteUrl, getToken: () => tokens.getToken() });
  const lists = new SiteLists(sp, serverRelativeUrlOf(siteUrl));
  return {
    users: new UserRepository(lists),
    catalogue: new CatalogueRepository(lists),
    departments: new DepartmentRepository(lists),
    indicators: new IndicatorRepository(lists),
    indicatorValues: new IndicatorValueRepository(lists),
    reportingYears: new ReportingYearRepository(lists),
    correctionRequests: new CorrectionRequestRepository(lists),
    valueReviews: new ValueReviewRepository(lists)
  };
}

function requiredParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) {
    throw new Error(`The add-in manifest must pass "${name}" in the task pane's address.`);
  }
  return value;
}

main().catch((error: unknown) => {
  const root = document.getElementById('taskpane')!;
  root.textContent = `Der Aufgabenbereich konnte nicht starten / The task pane could not start: ${error instanceof Error ? error.message : String(error)}`;
});
