/** Word's package part with the document properties (File › Info). */
export const corePropertiesPath = 'docProps/core.xml';

export interface CoreProperties {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  readonly description: string;
  /** An RFC 5646 tag such as `de-DE`. */
  readonly language: string;
  readonly createdAt: Date;
}

/**
 * The core properties part, written here rather than by the docx library because the library
 * leaves out `dc:language`, which SharePoint search and screen readers use to pick the language.
 */
export function corePropertiesXml(properties: CoreProperties): string {
  const timestamp = properties.createdAt.toISOString();
  const element = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', properties.title),
    element('dc:subject', properties.subject),
    element('dc:creator', properties.creator),
    element('dc:description', properties.description),
    element('dc:language', properties.language),
    element('cp:lastModifiedBy', properties.creator),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>`,
    '</cp:coreProperties>'
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
