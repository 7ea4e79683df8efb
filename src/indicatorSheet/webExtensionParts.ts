import JSZip from 'jszip';
import excelAddIn from './excelAddIn.json';

/**
 * The Open XML parts that make Excel open our task pane with a workbook (AddInCommands 1.1,
 * "Automatically open a task pane with a document"): a web extension that references the add-in
 * as deployed centrally (store type EXCatalog: the manifest's id and version) and carries the
 * property `Office.AutoShowTaskpaneWithDocument` = true, and a task pane part pointing at it.
 * The manifest's matching `ShowTaskpane` action has the TaskpaneId of the same name
 * (scripts/excelManifest.js). Where the add-in is not deployed, Excel ignores the parts.
 */

/** The add-in's id and version, as the Excel manifest declares them (one source: excelAddIn.json). */
export const excelAddInReference = { id: excelAddIn.id, version: excelAddIn.version } as const;

export const autoShowTaskpaneProperty = 'Office.AutoShowTaskpaneWithDocument';

const namespaces = {
  webextension: 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11',
  taskpanes: 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships'
} as const;

export const webExtensionRelationshipTypes = {
  taskpanes: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
  webextension: 'http://schemas.microsoft.com/office/2011/relationships/webextension'
} as const;

export const webExtensionContentTypes = {
  taskpanes: 'application/vnd.ms-office.webextensiontaskpanes+xml',
  webextension: 'application/vnd.ms-office.webextension+xml'
} as const;

export const webExtensionPartNames = {
  webextension: 'xl/webextensions/webextension1.xml',
  taskpanes: 'xl/webextensions/taskpanes.xml',
  taskpanesRels: 'xl/webextensions/_rels/taskpanes.xml.rels'
} as const;

/** This web extension's instance id in the workbook: fixed, so that a refreshed file names the same instance. */
const instanceId = '{3C9A51E2-7B64-4F0D-A8E5-62D1B90F4C17}';
/** The package relationship's id: ours, so that adding the parts again finds and keeps it. */
const packageRelationshipId = 'rIdIp365Taskpanes';

function webExtensionXml(keptProperties: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<we:webextension xmlns:we="${namespaces.webextension}" id="${instanceId}">`,
    // EXCatalog: the add-in deployed centrally in the Microsoft 365 admin center; id and version are the manifest's.
    `<we:reference id="${excelAddInReference.id}" version="${excelAddInReference.version}" store="EXCatalog" storeType="EXCatalog"/>`,
    '<we:alternateReferences/>',
    `<we:properties><we:property name="${autoShowTaskpaneProperty}" value="true"/>${keptProperties.join('')}</we:properties>`,
    '<we:bindings/>',
    `<we:snapshot xmlns:r="${namespaces.relationships}"/>`,
    '</we:webextension>'
  ].join('');
}

function taskpanesXml(): string {
  // visibility 1: the pane opens the first time the file is opened, not only after the user has
  // started the add-in once (the file and the pane belong together; see the docs' visibility note).
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<wetp:taskpanes xmlns:wetp="${namespaces.taskpanes}">`,
    '<wetp:taskpane dockstate="right" visibility="1" width="350" row="4">',
    `<wetp:webextensionref xmlns:r="${namespaces.relationships}" r:id="rId1"/>`,
    '</wetp:taskpane>',
    '</wetp:taskpanes>'
  ].join('');
}

function taskpanesRelsXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<Relationships xmlns="${namespaces.packageRelationships}">`,
    `<Relationship Id="rId1" Type="${webExtensionRelationshipTypes.webextension}" Target="webextension1.xml"/>`,
    '</Relationships>'
  ].join('');
}

/**
 * The workbook with the web-extension parts added (or replaced: a refreshed file keeps exactly one
 * set). Everything else in the package stays as exceljs wrote it. `previous` is the file this one
 * replaces: the add-in's own settings (Office.context.document.settings, which Excel keeps as
 * properties of this part, e.g. a submission the pane must resume) are carried over from it.
 */
export async function addAutoShowTaskpane(workbook: Uint8Array, previous?: Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(workbook);
  zip.file(webExtensionPartNames.webextension, webExtensionXml(previous ? await settingsOf(previous) : []));
  zip.file(webExtensionPartNames.taskpanes, taskpanesXml());
  zip.file(webExtensionPartNames.taskpanesRels, taskpanesRelsXml());
  zip.file('_rels/.rels', withPackageRelationship(await requiredText(zip, '_rels/.rels')));
  zip.file('[Content_Types].xml', withContentTypes(await requiredText(zip, '[Content_Types].xml')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Whether the workbook carries a task pane part that opens a web extension referring to our
 * add-in with `Office.AutoShowTaskpaneWithDocument` = true (the workbench's Excel preview shows
 * the pane then). A file that is no workbook answers false.
 */
export async function hasAutoShowTaskpane(workbook: Uint8Array | ArrayBuffer): Promise<boolean> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(workbook);
  } catch {
    return false;
  }
  const rels = await zip.file('_rels/.rels')?.async('string');
  const taskpanes = await zip.file(webExtensionPartNames.taskpanes)?.async('string');
  const webextension = await zip.file(webExtensionPartNames.webextension)?.async('string');
  if (!rels || !taskpanes || !webextension || !rels.includes(webExtensionRelationshipTypes.taskpanes)) {
    return false;
  }
  const reference = /<we:reference\b[^>]*\bid="([^"]+)"/.exec(webextension)?.[1];
  const property = new RegExp(`<we:property\\b[^>]*\\bname="${autoShowTaskpaneProperty.replace(/\./g, '\\.')}"[^>]*\\bvalue="([^"]*)"`).exec(webextension)?.[1];
  return reference?.toLowerCase() === excelAddInReference.id.toLowerCase() && property?.toLowerCase() === 'true' && /<wetp:webextensionref\b/.test(taskpanes);
}

/** The `we:property` elements of a workbook's web extension other than the auto-show flag; none for a file without one. */
async function settingsOf(workbook: Uint8Array | ArrayBuffer): Promise<string[]> {
  let part: string | undefined;
  try {
    part = await (await JSZip.loadAsync(workbook)).file(webExtensionPartNames.webextension)?.async('string');
  } catch {
    return [];
  }
  const properties = part?.match(/<we:property\b[^>]*\/>/g) ?? [];
  return properties.filter((property) => !new RegExp(`\\bname="${escapeRegExp(autoShowTaskpaneProperty)}"`).test(property));
}

async function requiredText(zip: JSZip, name: string): Promise<string> {
  const text = await zip.file(name)?.async('string');
  if (text === undefined) {
    throw new Error(`The workbook has no ${name}; it is not an Open XML package.`);
  }
  return text;
}

/** The package relationships with exactly one relationship to our task panes part. */
function withPackageRelationship(rels: string): string {
  const withoutOurs = rels.replace(new RegExp(`<Relationship\\b[^>]*Type="${escapeRegExp(webExtensionRelationshipTypes.taskpanes)}"[^>]*/>`, 'g'), '');
  const relationship = `<Relationship Id="${packageRelationshipId}" Type="${webExtensionRelationshipTypes.taskpanes}" Target="${webExtensionPartNames.taskpanes}"/>`;
  return withoutOurs.replace('</Relationships>', `${relationship}</Relationships>`);
}

/** The content types with exactly one override for each of our parts. */
function withContentTypes(types: string): string {
  const parts: ReadonlyArray<[string, string]> = [
    [`/${webExtensionPartNames.taskpanes}`, webExtensionContentTypes.taskpanes],
    [`/${webExtensionPartNames.webextension}`, webExtensionContentTypes.webextension]
  ];
  let result = types;
  for (const [partName] of parts) {
    result = result.replace(new RegExp(`<Override\\b[^>]*PartName="${escapeRegExp(partName)}"[^>]*/>`, 'g'), '');
  }
  const overrides = parts.map(([partName, contentType]) => `<Override PartName="${partName}" ContentType="${contentType}"/>`).join('');
  return result.replace('</Types>', `${overrides}</Types>`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
