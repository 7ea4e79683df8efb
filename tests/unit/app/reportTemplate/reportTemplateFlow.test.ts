import { Document, Packer, Paragraph, TextRun } from 'docx';
import {
  downloadStarter,
  initialReportTemplate,
  loadTemplate,
  removeTemplate,
  reportTemplateReducer,
  uploadTemplate
} from '../../../../src/app/reportTemplate/reportTemplateFlow';
import type { ReportTemplateEvent, ReportTemplateServices, ReportTemplateState } from '../../../../src/app/reportTemplate/reportTemplateFlow';
import type { StoredReport } from '../../../../src/data/reportRepository';
import { ServiceError } from '../../../../src/http/serviceError';

const stored: StoredReport = {
  id: 7,
  fileName: 'Berichtsvorlage.docx',
  title: 'Vorlage Musterstadt.docx',
  type: 'template',
  year: 2026,
  created: '2026-12-01T09:00:00Z',
  modified: '2026-12-01T09:00:00Z',
  serverRelativeUrl: '/sites/integration/Berichte/Berichtsvorlage.docx',
  url: 'https://contoso.sharepoint.com/sites/integration/Berichte/Berichtsvorlage.docx'
};

async function wordFile(text: string): Promise<Blob> {
  return new Blob([new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] })))]);
}

function fakeServices(current?: StoredReport): { services: ReportTemplateServices; saved: unknown[]; removed: number[] } {
  const saved: unknown[] = [];
  const removed: number[] = [];
  const reports = {
    currentTemplate: async () => current,
    saveTemplate: async (upload: { title: string }) => {
      saved.push(upload);
      return { ...stored, title: upload.title };
    },
    removeTemplates: async () => {
      removed.push(1);
    },
    download: async () => new Blob(['x'])
  };
  return { services: { reports } as unknown as ReportTemplateServices, saved, removed };
}

/** Runs a command and folds its events into the state, as the hook's reducer does. */
async function run(command: (dispatch: (event: ReportTemplateEvent) => void) => Promise<void>, state: ReportTemplateState = initialReportTemplate): Promise<ReportTemplateState> {
  let result = state;
  await command((event) => {
    result = reportTemplateReducer(result, event);
  });
  return result;
}

describe('the report template workflow', () => {
  const now = new Date('2026-12-03T10:00:00Z');

  it('shows the template in use, or none', async () => {
    expect(await run((dispatch) => loadTemplate(fakeServices(stored).services, dispatch))).toEqual({ status: 'ready', current: stored, work: { kind: 'idle' } });
    expect(await run((dispatch) => loadTemplate(fakeServices().services, dispatch))).toEqual({ status: 'ready', work: { kind: 'idle' } });
  });

  it('stores a Word file with {{Inhalt}} as the template in use', async () => {
    const { services, saved } = fakeServices();
    const content = await wordFile('Briefkopf {{Inhalt}}');
    const state = await run((dispatch) => uploadTemplate(services, { name: 'Vorlage Stadt.docx', content }, now, dispatch));
    expect(saved).toEqual([expect.objectContaining({ title: 'Vorlage Stadt.docx', year: 2026 })]);
    expect(state.current?.title).toBe('Vorlage Stadt.docx');
    expect(state.work).toEqual({ kind: 'done', action: 'upload', fileName: 'Vorlage Stadt.docx' });
  });

  it('refuses a template without {{Inhalt}} or a file that is no .docx, and stores nothing', async () => {
    const { services, saved } = fakeServices(stored);
    const loaded = await run((dispatch) => loadTemplate(services, dispatch));
    const noBody = await run(async (dispatch) => uploadTemplate(services, { name: 'Alt.docx', content: await wordFile('Nur {{Titel}}') }, now, dispatch), loaded);
    expect(noBody.work).toEqual({ kind: 'rejected', problem: 'noBody', fileName: 'Alt.docx' });
    expect(noBody.current).toEqual(stored);
    const notWord = await run((dispatch) => uploadTemplate(services, { name: 'Vorlage.pdf', content: new Blob(['%PDF']) }, now, dispatch), loaded);
    expect(notWord.work).toEqual({ kind: 'rejected', problem: 'notWord', fileName: 'Vorlage.pdf' });
    const renamed = await run((dispatch) => uploadTemplate(services, { name: 'Vorlage.docx', content: new Blob(['kein Word']) }, now, dispatch), loaded);
    expect(renamed.work).toEqual({ kind: 'rejected', problem: 'notWord', fileName: 'Vorlage.docx' });
    expect(saved).toEqual([]);
  });

  it('goes back to the default design when the template is removed', async () => {
    const { services, removed } = fakeServices(stored);
    const loaded = await run((dispatch) => loadTemplate(services, dispatch));
    const state = await run((dispatch) => removeTemplate(services, dispatch), loaded);
    expect(removed).toHaveLength(1);
    expect(state).toEqual({ status: 'ready', work: { kind: 'done', action: 'remove' } });
  });

  it('keeps the service error of a failed upload for the page to explain', async () => {
    const { services } = fakeServices();
    services.reports.saveTemplate = async () => {
      throw new ServiceError(403, 'Access denied.');
    };
    const state = await run(async (dispatch) => uploadTemplate(services, { name: 'Vorlage.docx', content: await wordFile('{{Inhalt}}') }, now, dispatch));
    expect(state.work).toEqual({ kind: 'failed', action: 'upload', error: expect.any(ServiceError) });
  });

  it('offers the starter template as a Word file', async () => {
    const offered: { blob: Blob; fileName: string }[] = [];
    const state = await run((dispatch) => downloadStarter('de', (blob, fileName) => offered.push({ blob, fileName }), dispatch));
    expect(offered.map((entry) => entry.fileName)).toEqual(['Berichtsvorlage-Muster.docx']);
    expect(offered[0].blob.size).toBeGreaterThan(1000);
    expect(state.work).toEqual({ kind: 'done', action: 'starter', fileName: 'Berichtsvorlage-Muster.docx' });
  });
});
