import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { DepartmentSheet, findDepartmentSheet, openReportingYearAsOffice, sheetRowIndicators, expectDepartmentRows } from './support/departmentSheet';
import type { RunningWorkbench } from './support/workbench';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { CatalogueRepository } from '../../src/data/catalogueRepository';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { IndicatorRepository } from '../../src/data/indicatorRepository';
import { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { ReportingYearRepository } from '../../src/data/reportingYearRepository';
import { ValueReviewRepository } from '../../src/data/valueReviewRepository';
import { UserRepository } from '../../src/data/userRepository';
import { CorrectionRequestRepository } from '../../src/data/correctionRequestRepository';
import { countsPersons } from '../../src/domain';
import type { Indicator } from '../../src/domain';
import { workbookOpenLink } from '../../src/domain/departmentWorkbook';
import { createProductServices } from '../../src/hosts/productServices';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import { loadDashboard } from '../../src/app/indicatorDashboard/dashboardData';
import { completenessOf } from '../../src/app/indicatorDashboard/dashboardModel';
import { remindDepartments } from '../../src/app/indicatorDashboard/reminderDispatch';
import { columnIndex } from '../../src/indicatorSheet/sheetLayout';
import { isWorkbookError, readIndicatorWorkbook } from '../../src/indicatorSheet/xlsxSheet';

const coordinator = 'koordination@stadt.example';
const year = new Date().getFullYear();
const deadline = `${year + 1}-03-31`;
const totalColumn = columnIndex('total');
const femaleColumn = columnIndex('female');

/** "12,5" as the German sheet shows a number. */
function german(value: number): string {
  return String(value).replace('.', ',');
}

/** The product's repositories as the office uses them, on the workbench's SharePoint. */
function asOffice(workbench: RunningWorkbench) {
  const siteUrl = `${workbench.url}/sites/integration`;
  const lists = new SiteLists(createSpForToken({ siteUrl, getToken: async () => coordinator }), '/sites/integration');
  const services = {
    catalogue: new CatalogueRepository(lists),
    departments: new DepartmentRepository(lists),
    indicators: new IndicatorRepository(lists),
    indicatorValues: new IndicatorValueRepository(lists),
    reportingYears: new ReportingYearRepository(lists),
    valueReviews: new ValueReviewRepository(lists),
    users: new UserRepository(lists),
    correctionRequests: new CorrectionRequestRepository(lists)
  };
  return { lists, services };
}

interface SentMessage {
  readonly toRecipients: ReadonlyArray<{ readonly emailAddress: { readonly address: string } }>;
  readonly body: { readonly content: string };
}

/** What the emulator's Outlook has sent, oldest first. */
async function sentMail(workbench: RunningWorkbench): Promise<SentMessage[]> {
  return ((await (await fetch(`${workbench.url}/_emulator/mail`)).json()) as { value: SentMessage[] }).value;
}

/** Every service of the product as the office has them (SharePoint and Outlook), on the workbench. */
function productServicesAsOffice(workbench: RunningWorkbench) {
  const siteUrl = `${workbench.url}/sites/integration`;
  const getToken = async (): Promise<string> => coordinator;
  return createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: workbench.url, getToken }), locale: 'de-DE' });
}

/** The same workbook without the parts that make Excel open our pane with it (as a contact's own copy might be). */
async function withoutWebExtension(content: ArrayBuffer): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(content);
  for (const name of Object.keys(zip.files).filter((part) => part.startsWith('xl/webextensions/'))) {
    zip.remove(name);
  }
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file('_rels/.rels', rels.replace(/<Relationship\b[^>]*Target="[^"]*webextensions\/[^"]*"[^>]*\/>/g, ''));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(/<Override\b[^>]*PartName="\/xl\/webextensions\/[^"]*"[^>]*\/>/g, ''));
  return zip.generateAsync({ type: 'arraybuffer' });
}

describe('local workbench: from the reminder to submitted values in three steps (Excel for the web with the pane)', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;
  let sheet: DepartmentSheet;
  let office: ReturnType<typeof asOffice>;
  let link: string;
  let serverRelativeUrl: string;

  beforeAll(async () => {
    workbench = session.workbench;
    office = asOffice(workbench);
    await openReportingYearAsOffice(workbench, year);
    let found: DepartmentSheet | undefined;
    ({ sheet: found } = await findDepartmentSheet(workbench, year, (candidate) => {
      const previous = candidate.valuesOf(year - 1);
      const current = candidate.valuesOf(year);
      return candidate.indicators.length >= 3 && candidate.indicators.filter((indicator) => previous.has(indicator.id)).length >= 2 && candidate.indicators.every((indicator) => current.get(indicator.id)?.total === undefined);
    }));
    expect(found).toBeDefined();
    sheet = found!;
    // The office set the year's deadline when it opened the year.
    await office.services.reportingYears.setDeadline(year, deadline);
    // The office reminds the department (the product's own reminder: it refreshes the workbook
    // and mails its link); the journey starts from the link in that mail.
    const services = productServicesAsOffice(workbench);
    const data = await loadDashboard(services, new Date());
    const row = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts).departments.find(
      (candidate) => candidate.department.number === sheet.departmentNumber
    );
    expect(row?.recipients.length).toBeGreaterThan(0);
    const before = (await sentMail(workbench)).length;
    const [result] = await remindDepartments({
      services,
      rows: [row!],
      year,
      deadline,
      entryLinkTemplate: `${workbench.url}/?view=indicatorEntry&year={year}&department={department}`,
      senderName: 'Koordinierungsstelle Integration',
      clickId: `journey-${Date.now()}`
    });
    expect({ outcome: result.outcome, isWorkbookLink: result.isWorkbookLink }).toEqual({ outcome: 'sent', isWorkbookLink: true });
    const mails = (await sentMail(workbench)).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual(row!.recipients.map((recipient) => recipient.address));
    const href = /<a href="([^"]+)">/.exec(mails[0].body.content)?.[1];
    expect(href).toBeDefined();
    link = href!.replace(/&amp;/g, '&');
    serverRelativeUrl = new URL(link).pathname.split('/').map((segment) => decodeURIComponent(segment)).join('/');
    expect(link).toBe(workbookOpenLink(workbench.url, serverRelativeUrl));
  }, 180_000);

  beforeEach(() => {
    page = session.page;
  });

  const cell = (row: number, column: number) => page.getByTestId('sheet-grid').locator(`[data-cell="${row}:${column}"]`);
  const pane = () => page.getByTestId('indicator-pane');

  const sheetRows = (): Promise<Indicator[]> => sheetRowIndicators(page, sheet.indicators);

  /** The contact is signed in on this browser, as in the tenant; not one of the journey's steps. */
  async function signIn(): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(sheet.login)}`);
    await page.getByTestId('user-switcher').waitFor({ timeout: 30_000 });
  }

  it('opens the workbook from the mail with the pane, takes the typed values and sends them with Absenden: three steps', async () => {
    await signIn();
    let steps = 0;
    const step = async (action: () => Promise<unknown>): Promise<void> => {
      steps += 1;
      await action();
    };

    // (1) The link from the mail: Excel for the web with the workbook and the pane open on it.
    await step(() => page.goto(link));
    expect(new URL(page.url()).searchParams.get('file')).toBe(serverRelativeUrl);
    await pane().getByRole('heading', { name: 'Kennzahlen erfassen' }).waitFor({ timeout: 30_000 });
    await pane().getByText(`Berichtsjahr ${year}`).waitFor({ timeout: 30_000 });
    // Exactly the department's indicators, with last year's values for reference.
    const rows = await expectDepartmentRows(page, sheet, year);
    const previous = sheet.valuesOf(year - 1);
    // No year to pick and no sheet to write: the workbook is the year's.
    expect(await pane().getByRole('button', { name: 'Jahr öffnen' }).count()).toBe(0);
    expect(await pane().getByRole('combobox', { name: 'Berichtsjahr' }).count()).toBe(0);
    await expect(pane().getByTestId('pane-deadline').innerText()).resolves.toBe(`Abgabefrist: 31.03.${year + 1}`);
    await expect(pane().getByTestId('pane-how-to').innerText()).resolves.toContain('Koordinierungsstelle');
    await screenshot(page, 'reminder-journey-opened-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // (2) The values: last year's where there was one, else a small count; split indicators by gender.
    const intended = rows.map((indicator) => previous.get(indicator.id)?.total ?? (countsPersons(indicator) ? 7 : 2.5));
    await step(async () => {
      for (const [index, indicator] of rows.entries()) {
        await cell(index + 1, totalColumn).fill(german(intended[index]));
        await cell(index + 1, totalColumn).press('Tab');
        if (indicator.isGenderSplit) {
          for (const [offset, part] of [intended[index], 0, 0, 0].entries()) {
            await cell(index + 1, femaleColumn + offset).fill(german(part));
            await cell(index + 1, femaleColumn + offset).press('Tab');
          }
        }
      }
    });

    // (3) Absenden.
    await step(() => pane().getByRole('button', { name: 'Absenden' }).click());
    await pane().getByText(`Gesendet: ${rows.length} gespeichert, 0 aktualisiert, 0 unverändert.`).waitFor({ timeout: 30_000 });
    await screenshot(page, 'reminder-journey-sent-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(steps).toBe(3);

    // The values are in SharePoint, read back as the office.
    const stored = await office.services.indicatorValues.valuesOf(
      rows.map((indicator) => indicator.id),
      [year]
    );
    expect(new Map(stored.map((value) => [value.indicatorId, value.total]))).toEqual(new Map(rows.map((indicator, index) => [indicator.id, intended[index]])));

    // Excel's autosave: the file holds what was typed and the outcome of the send, so the office's next refresh keeps it.
    const totalsInFile = async (): Promise<Map<unknown, unknown>> => {
      const content = await readIndicatorWorkbook(await office.lists.spfi.web.getFileByServerRelativePath(serverRelativeUrl).getBuffer(), 'file.xlsx');
      return isWorkbookError(content) ? new Map() : new Map(content.values.slice(1).map((cells) => [cells[columnIndex('indicatorId')], [cells[totalColumn], cells[columnIndex('outcome')]]]));
    };
    const expectedInFile = new Map(rows.map((indicator, index) => [indicator.id, [intended[index], 'Gespeichert']]));
    for (let attempt = 0; attempt < 30 && JSON.stringify([...(await totalsInFile())]) !== JSON.stringify([...expectedInFile]); attempt++) {
      await page.waitForTimeout(500);
    }
    expect(await totalsInFile()).toEqual(expectedInFile);
    await expect(page.getByTestId('save-status').innerText()).resolves.toBe('In SharePoint gespeichert');

    // "So geht's" collapses and stays collapsed for this user.
    await pane().getByRole('button', { name: 'So geht’s' }).click();
    await expect(pane().getByRole('button', { name: 'So geht’s' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.reload();
    await pane().getByRole('button', { name: 'So geht’s' }).waitFor({ timeout: 30_000 });
    await expect(pane().getByRole('button', { name: 'So geht’s' }).getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await page.locator('#pane-how-to-steps').count()).toBe(0);
  });

  it('opens the same workbook without the auto-show part without the pane, which the ribbon opens on the same sheet', async () => {
    const folder = serverRelativeUrl.slice(0, serverRelativeUrl.lastIndexOf('/'));
    const content = await office.lists.spfi.web.getFileByServerRelativePath(serverRelativeUrl).getBuffer();
    const copyName = `Kopie ohne Add-in ${year}.xlsx`;
    await office.lists.spfi.web.getFolderByServerRelativePath(folder).files.addUsingPath(copyName, await withoutWebExtension(content), { Overwrite: true });

    await signIn();
    await page.goto(workbookOpenLink(workbench.url, `${folder}/${copyName}`));
    await page.getByTestId('sheet-grid').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('sheet-grid').locator('caption').innerText()).resolves.toBe(`Kennzahlen ${year}`);
    expect(await visible(pane(), 2_000)).toBe(false);
    await expect(page.getByTestId('ribbon-show-pane').getAttribute('aria-pressed')).resolves.toBe('false');
    await screenshot(page, 'reminder-journey-without-pane-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kennzahlen erfassen' }).click();
    await pane().getByText(`Berichtsjahr ${year}`).waitFor({ timeout: 30_000 });
    expect(await pane().getByRole('button', { name: 'Jahr öffnen' }).count()).toBe(0);
    await expect(page.getByTestId('ribbon-show-pane').getAttribute('aria-pressed')).resolves.toBe('true');
  });
});
