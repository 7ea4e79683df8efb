import JSZip from 'jszip';
import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { currentPlanPeriod } from '../../src/domain';
import { ServiceError } from '../../src/http/serviceError';
import { buildStatusQuoReport, packStatusQuoReport, planPeriodLabel, statusQuoReportFileName } from '../../src/reports';
import type { PlanPeriod } from '../../src/domain';

describe('report repository against the local SharePoint library "Berichte"', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let period: PlanPeriod;
  let report: Blob;
  let firstMeasureTitle: string;

  beforeAll(async () => {
    office = emulator.services(coordinator);
    period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    const [fieldsOfAction, goals, measures, departments] = await Promise.all([
      office.catalogue.fieldsOfAction(period.id),
      office.catalogue.goals(period.id),
      office.catalogue.measures(period.id),
      office.departments.departments()
    ]);
    const initialReviews = await office.initialReviews.reviews(measures.map((measure) => measure.id));
    const built = buildStatusQuoReport(
      { planPeriod: period, reportDate: '2026-11-23', officeName: 'Büro für Integration', fieldsOfAction, goals, measures, departments, initialReviews },
      { createdAt: new Date('2026-11-23T10:00:00Z') }
    );
    firstMeasureTitle = built.model.sections[0].goals[0].measures[0].title;
    report = await packStatusQuoReport(built);
  });

  const upload = (fileName: string, content: Blob = report) => ({
    fileName,
    content,
    title: `Status-Quo-Bericht ${planPeriodLabel(period, 'de')}`,
    type: 'statusReport' as const,
    year: 2026,
    planPeriodId: period.id
  });

  it('stores a generated report with its columns, lists it and downloads the same Word document', async () => {
    const fileName = statusQuoReportFileName(period, '2026-11-23');
    const outcome = await office.reports.save(upload(fileName));
    expect(outcome.status).toBe('saved');
    const saved = outcome.status === 'saved' ? outcome.report : undefined;
    expect(saved).toMatchObject({ fileName, type: 'statusReport', year: 2026, planPeriodId: period.id, serverRelativeUrl: `/sites/integration/Berichte/${fileName}` });
    expect(saved?.url).toBe(`${emulator.url}/sites/integration/Berichte/${fileName}`);

    const listed = await office.reports.reports();
    expect(listed.map((entry) => entry.fileName)).toContain(fileName);

    const downloaded = Buffer.from(await (await office.reports.download(saved!)).arrayBuffer());
    expect(downloaded.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(downloaded.length).toBe(report.size);
    const documentXml = await (await JSZip.loadAsync(downloaded)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain(planPeriodLabel(period, 'de'));
    expect(documentXml).toContain(firstMeasureTitle.replace(/&/g, '&amp;'));
  });

  it('does not replace a report of the same name unless asked, and then replaces it', async () => {
    const fileName = 'Status-Quo-Bericht_2019-2021_2026-11-24.docx';
    await office.reports.save(upload(fileName, new Blob(['erste Fassung'])));
    const second = await office.reports.save(upload(fileName));
    expect(second).toEqual({ status: 'exists', fileName });
    const kept = (await office.reports.reports()).find((entry) => entry.fileName === fileName)!;
    expect(await (await office.reports.download(kept)).text()).toBe('erste Fassung');

    const replaced = await office.reports.save(upload(fileName), { overwrite: true });
    expect(replaced.status).toBe('saved');
    const matching = (await office.reports.reports()).filter((entry) => entry.fileName === fileName);
    expect(matching).toHaveLength(1);
    expect((await office.reports.download(matching[0])).size).toBe(report.size);
  });

  it('removes the uploaded file again when its columns cannot be set, and reports the failure', async () => {
    const fileName = 'Status-Quo-Bericht_2019-2021_2026-11-25.docx';
    // The column update is a MERGE on the library's item; fail it while the upload itself goes through.
    await emulator.injectFault({ status: 500, count: 1, path: 'Berichte.*items\\(\\d+\\)' });
    const failed = await office.reports.save(upload(fileName)).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ServiceError);
    expect((failed as ServiceError).status).toBe(500);
    expect((await office.reports.reports()).map((entry) => entry.fileName)).not.toContain(fileName);
    // Nothing is left behind, so the retry stores the report without asking to replace anything.
    await expect(office.reports.save(upload(fileName))).resolves.toMatchObject({ status: 'saved' });
  });

  it("refuses a department contact's upload with 403 and stores nothing", async () => {
    const contact = emulator.people.anyContact();
    const fileName = 'Status-Quo-Bericht_2019-2021_2026-11-26.docx';
    const refused = await emulator.services(contact.login)
      .reports.save(upload(fileName))
      .catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(403);
    expect((await office.reports.reports()).map((entry) => entry.fileName)).not.toContain(fileName);
  });
});
