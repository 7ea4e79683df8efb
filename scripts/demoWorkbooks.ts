// The demo's department workbooks: what the office's "open year" writes, written for the demo's
// open year once the local SharePoint is up, through the product's own services as the office.
import { createProductServices } from '../src/hosts/productServices';
import { createSpForToken } from '../src/data/sp/spFactory';
import { createGraphClient } from '../src/scheduling/graphClientFactory';
import { indicatorsOfYear } from '../src/app/indicatorEntry/sheetModelSource';
import { reportingYearOf } from '../src/app/indicatorDashboard/dashboardModel';

/** The demo's coordinator (local/seed): the office, who may write every department's folder. */
const office = 'koordination@stadt.example';

/**
 * Writes (or refreshes, keeping what was typed) the workbook of every department that owes values
 * of the demo's open year. Answers a line for the console.
 */
export async function writeDemoWorkbooks(emulatorUrl: string, today: Date = new Date()): Promise<string> {
  const siteUrl = `${emulatorUrl}/sites/integration`;
  const getToken = async (): Promise<string> => office;
  const services = createProductServices({ sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: emulatorUrl, getToken }), siteUrl, locale: 'de-DE' });
  const year = reportingYearOf(today);
  const [departments, indicators] = await Promise.all([services.departments.departments(), indicatorsOfYear(services, year)]);
  const owing = new Set(indicators.map((indicator) => indicator.departmentId));
  const result = await services.departmentWorkbooks.refreshAll(year, departments.filter((department) => owing.has(department.id)));
  const failed = result.failed.map((failure) => `${failure.departmentNumber} (${failure.error.status} ${failure.error.serviceMessage})`);
  return `Department workbooks ${year} in Kennzahlenmappen: ${result.refreshed.length} written${failed.length > 0 ? `, failed: ${failed.join(', ')}` : ''}.`;
}
