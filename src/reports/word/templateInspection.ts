import { patchDetector } from 'docx';
import type { ParagraphStyleIds } from './blockRenderer';
import { defaultStyleIds } from './blockRenderer';
import { portraitTextWidth } from './tableLayout';
import JSZip from 'jszip';

/** The placeholders a template may hold; each title-page fact adds one named after its label. */
export const templatePlaceholders = { title: 'Titel', subtitle: 'Untertitel', date: 'Datum', body: 'Inhalt' } as const;

/** What a template offers, or why it cannot be used (a value: an upload shows it, it is no failure). */
export type TemplateCheck =
  | { readonly isUsable: true; readonly placeholders: readonly string[] }
  | { readonly isUsable: false; readonly problem: 'notWord' | 'noBody'; readonly placeholders: readonly string[] };

/** A usable template must be a Word document with `{{Inhalt}}`, where the report's body goes. */
export async function checkTemplate(data: ArrayBuffer | Uint8Array): Promise<TemplateCheck> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let placeholders: readonly string[];
  try {
    if ((await readParts(bytes, ['word/document.xml']))[0] === undefined) {
      return { isUsable: false, problem: 'notWord', placeholders: [] };
    }
    placeholders = [...new Set(await patchDetector({ data: bytes, trimPlaceholders: true }))];
  } catch {
    return { isUsable: false, problem: 'notWord', placeholders: [] };
  }
  return placeholders.includes(templatePlaceholders.body) ? { isUsable: true, placeholders } : { isUsable: false, problem: 'noBody', placeholders };
}

/** What the builder needs to know of the template: its heading styles and how wide its text is. */
export interface TemplateLayout {
  readonly styles: ParagraphStyleIds;
  readonly textWidth: number;
}

/**
 * Reads the heading styles by their built-in names ("heading 1"), not their ids: a template saved
 * by a German Word calls the style "Überschrift 1" with the id "berschrift1".
 */
/** Parts of the package as text, undefined where missing (the ZIP library is the one docx itself packs with). */
async function readParts(data: Uint8Array, paths: readonly string[]): Promise<(string | undefined)[]> {
  const zip = await JSZip.loadAsync(data);
  return Promise.all(paths.map((path) => zip.file(path)?.async('string')));
}

export async function inspectTemplate(data: Uint8Array): Promise<TemplateLayout> {
  const [styles, document] = await readParts(data, ['word/styles.xml', 'word/document.xml']);
  // Word writes the built-in name in lower case; other tools capitalise it, so that is the second choice.
  const idOf = (level: 1 | 2 | 3): string => {
    const pattern = (flags: string): RegExp => new RegExp(`<w:style\\b[^>]*w:styleId="([^"]+)"[^>]*>(?:(?!</w:style>).)*?<w:name w:val="heading ${level}"`, flags);
    return pattern('s').exec(styles ?? '')?.[1] ?? pattern('is').exec(styles ?? '')?.[1] ?? defaultStyleIds[`heading${level}`];
  };
  return { styles: { heading1: idOf(1), heading2: idOf(2), heading3: idOf(3) }, textWidth: textWidthOf(document ?? '') };
}

/** The text width of the template's last section (the one `{{Inhalt}}` usually sits in): page width less the margins. */
function textWidthOf(documentXml: string): number {
  const sections = documentXml.match(/<w:sectPr\b(?:(?!<\/w:sectPr>).)*<\/w:sectPr>/gs) ?? [];
  const last = sections[sections.length - 1] ?? '';
  const attribute = (element: string, name: string): number | undefined => {
    const match = new RegExp(`<w:${element}\\b[^>]*\\sw:${name}="(-?\\d+)"`).exec(last);
    return match ? Number(match[1]) : undefined;
  };
  const page = attribute('pgSz', 'w');
  const left = attribute('pgMar', 'left') ?? 1440;
  const right = attribute('pgMar', 'right') ?? 1440;
  return page ? page - left - right : portraitTextWidth;
}
