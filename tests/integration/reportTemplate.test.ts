import JSZip from 'jszip';
import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { buildWordDocument, checkTemplate, starterTemplate } from '../../src/reports';
import type { ReportDocumentModel } from '../../src/reports';

const model: ReportDocumentModel = {
  language: 'de',
  title: 'Jahresbericht an den Ausschuss 2025',
  subject: '4. Fortschreibung 2025–2027',
  author: 'Büro für Integration',
  titlePage: { title: 'Jahresbericht an den Ausschuss 2025', facts: [{ label: 'Betreff', value: 'Umsetzung des Integrationskonzepts' }] },
  blocks: [
    { kind: 'heading', level: 1, text: 'Sachverhalt' },
    { kind: 'paragraph', text: 'Der Bericht zeigt den Stand der Maßnahmen.' }
  ]
};

async function letterheadTemplate(): Promise<Blob> {
  return Packer.toBlob(
    new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Stadt Musterstadt · Briefkopf')] })] }) },
          children: [new Paragraph({ children: [new TextRun('{{Titel}}')] }), new Paragraph({ children: [new TextRun('Betreff: {{Betreff}}')] }), new Paragraph({ children: [new TextRun('{{Inhalt}}')] })]
        }
      ]
    })
  );
}

describe('the city template stored in "Berichte"', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;

  beforeAll(() => {
    office = emulator.services(coordinator);
  });

  it('is used for reports once stored, replaced by a newer one and removed again', async () => {
    expect(await office.reports.currentTemplate()).toBeUndefined();
    expect(await office.reports.template()).toBeUndefined();

    await office.reports.saveTemplate({ content: await starterTemplate('de'), title: 'Berichtsvorlage (Muster)', year: 2026 });
    const template = await letterheadTemplate();
    expect((await checkTemplate(new Uint8Array(await template.arrayBuffer()))).isUsable).toBe(true);
    const stored = await office.reports.saveTemplate({ content: template, title: 'Vorlage Stadt Musterstadt.docx', year: 2026 });
    expect(stored).toMatchObject({ type: 'template', title: 'Vorlage Stadt Musterstadt.docx', fileName: 'Berichtsvorlage.docx' });
    // Stored under one name: the second upload replaced the first, nothing piles up.
    expect((await office.reports.reports()).filter((report) => report.type === 'template')).toHaveLength(1);
    expect(await office.reports.currentTemplate()).toMatchObject({ id: stored.id, title: 'Vorlage Stadt Musterstadt.docx' });

    const content = await office.reports.template();
    expect(content).toBeDefined();
    const generated = await JSZip.loadAsync(await (await buildWordDocument(model, { template: content! })).arrayBuffer());
    const documentXml = await generated.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('Jahresbericht an den Ausschuss 2025');
    expect(documentXml).toContain('Umsetzung des Integrationskonzepts');
    expect(documentXml).toContain('Sachverhalt');
    expect(documentXml).not.toContain('{{');
    const headers = await Promise.all(Object.keys(generated.files).filter((path) => /^word\/header\d*\.xml$/.test(path)).map((path) => generated.file(path)!.async('string')));
    expect(headers.join('')).toContain('Stadt Musterstadt · Briefkopf');

    await office.reports.removeTemplates();
    expect(await office.reports.currentTemplate()).toBeUndefined();
    expect(await office.reports.template()).toBeUndefined();
  });

  it('cannot be replaced by a department contact', async () => {
    const contact = emulator.people.anyContact();
    const response = await fetch(`${emulator.siteUrl}/_api/web/GetFolderByServerRelativePath(decodedurl='/sites/integration/Berichte')/files/AddUsingPath(decodedurl='Berichtsvorlage.docx',overwrite=true)`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${contact.login}`, Accept: 'application/json;odata=nometadata' },
      body: new Uint8Array(await (await letterheadTemplate()).arrayBuffer())
    });
    expect(response.status).toBe(403);
    expect(await office.reports.currentTemplate()).toBeUndefined();
  });
});
