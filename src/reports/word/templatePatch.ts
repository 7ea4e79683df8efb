import { patchDocument, PatchType, TableOfContents, TextRun, Paragraph } from 'docx';
import type { FileChild, IPatch } from 'docx';
import { ServiceError } from '../../http/serviceError';
import type { ChartBlock, ReportDocumentModel } from './documentModel';
import type { ChartPicture } from './blockRenderer';
import { renderBlocks } from './blockRenderer';
import { builderTexts, documentDate } from './builderTexts';
import { checkTemplate, inspectTemplate, templatePlaceholders } from './templateInspection';

/** Shown when a stored template cannot take a report (the upload checks this too, but a file may be replaced in the library). */
const noBodyMessage = {
  de: 'Die Berichtsvorlage enthält keinen Platzhalter {{Inhalt}}. Fügen Sie {{Inhalt}} dort ein, wo der Bericht stehen soll, und laden Sie die Vorlage erneut hoch – oder entfernen Sie sie, um das Standardlayout zu verwenden.',
  en: 'The report template has no placeholder {{Inhalt}}. Put {{Inhalt}} where the report is to go and upload the template again – or remove it to use the default design.'
};
const notWordMessage = {
  de: 'Die Berichtsvorlage ist kein Word-Dokument (.docx). Laden Sie die Vorlage als .docx erneut hoch oder entfernen Sie sie, um das Standardlayout zu verwenden.',
  en: 'The report template is not a Word document (.docx). Upload it again as .docx or remove it to use the default design.'
};

/**
 * The report generated into the city's template: its letterhead, headers, footers, fonts and
 * heading styles stay; `{{Inhalt}}` becomes the report's body, `{{Titel}}`, `{{Untertitel}}`,
 * `{{Datum}}` and one placeholder per title-page fact (`{{Betreff}}`, …) their texts.
 */
export async function patchTemplate(
  model: ReportDocumentModel,
  template: ArrayBuffer | Uint8Array,
  options: { readonly pictures: ReadonlyMap<ChartBlock, ChartPicture>; readonly createdAt: Date }
): Promise<Blob> {
  const data = template instanceof Uint8Array ? template : new Uint8Array(template);
  const check = await checkTemplate(data);
  if (!check.isUsable) {
    throw new ServiceError(422, (check.problem === 'noBody' ? noBodyMessage : notWordMessage)[model.language], `template.${check.problem}`);
  }
  const layout = await inspectTemplate(data);
  // One segment: the template's sections are the city's, so wide tables get a smaller font instead of a landscape page.
  const body: FileChild[] = renderBlocks(model.blocks, { styles: layout.styles, pictures: options.pictures, portraitWidth: layout.textWidth }).flatMap((segment) => segment.children);
  const contents = builderTexts[model.language].contents;
  const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });
  const patches: Record<string, IPatch> = {
    // A placeholder this report has nothing for (a fact only another report has) is left empty rather than shown.
    ...Object.fromEntries(check.placeholders.map((key) => [key, text('')])),
    [templatePlaceholders.title]: text(model.titlePage.title),
    [templatePlaceholders.subtitle]: text(model.titlePage.subtitle ?? ''),
    [templatePlaceholders.date]: text(model.titlePage.date ?? documentDate(options.createdAt, model.language)),
    ...Object.fromEntries((model.titlePage.facts ?? []).map((fact) => [fact.label, text(fact.value)])),
    [templatePlaceholders.body]: {
      type: PatchType.DOCUMENT,
      children: [...(model.tableOfContents ? [new Paragraph({ children: [new TextRun({ text: contents, bold: true })] }), new TableOfContents(contents, { hyperlink: true, headingStyleRange: '1-2' })] : []), ...body]
    }
  };
  return patchDocument({
    outputType: 'blob',
    data,
    patches,
    trimPlaceholders: true,
    keepOriginalStyles: true,
    properties: { title: model.title, subject: model.subject, creator: model.author, lastModifiedBy: model.author, description: `${model.title} – ${model.subject}` }
  });
}
