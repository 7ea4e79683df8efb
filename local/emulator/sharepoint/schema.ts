import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { stableGuid } from '../core/ids';
import { documentLibraryTemplate, genericListTemplate, type FieldDefinition, type ListDefinition } from './model';

/**
 * Builds the lists and their fields from the solution's provisioning XML (`sharepoint/assets`),
 * the same files that create the lists in a real tenant, so there is no second copy of the schema.
 * Understands the feature-framework shapes: site columns (`<Field>`), content types with
 * `<FieldRefs>`, `<ListInstance>`, `<ContentTypeBinding>`, and list schema files
 * (`<List><MetaData><Fields>`) referenced through `CustomSchema` or by their `Url`.
 */
export function loadSchema(assetsDir: string): ListDefinition[] {
  const files = fs
    .readdirSync(assetsDir)
    .filter((name) => name.toLowerCase().endsWith('.xml'))
    .sort();
  const documents = new Map<string, XmlNode>();
  for (const file of files) {
    documents.set(file.toLowerCase(), parseXml(fs.readFileSync(path.join(assetsDir, file), 'utf8')));
  }
  return buildLists(documents);
}

type XmlNode = { [key: string]: unknown };

const repeatedElements = new Set(['Field', 'FieldRef', 'ListInstance', 'ContentType', 'ContentTypeBinding', 'CHOICE', 'List', 'Elements', 'Default']);

function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => repeatedElements.has(name)
  });
  return parser.parse(xml) as XmlNode;
}

/** Every element named `tag` anywhere below `node`, outside of subtrees named in `skip`. */
function collect(node: unknown, tag: string, skip: ReadonlySet<string> = new Set()): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (value: unknown, name: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((entry) => visit(entry, name));
      return;
    }
    if (typeof value !== 'object' || value === null) {
      return;
    }
    if (name === tag) {
      found.push(value as XmlNode);
    }
    for (const [key, child] of Object.entries(value as XmlNode)) {
      if (!key.startsWith('@') && !skip.has(key)) {
        visit(child, key);
      }
    }
  };
  visit(node, undefined);
  return found;
}

function attr(node: XmlNode, name: string): string | undefined {
  const direct = node[`@${name}`];
  if (typeof direct === 'string') {
    return direct;
  }
  // Attribute names in CAML are case-sensitive in theory but written inconsistently in practice.
  const key = Object.keys(node).find((candidate) => candidate.toLowerCase() === `@${name.toLowerCase()}`);
  return key && typeof node[key] === 'string' ? (node[key] as string) : undefined;
}

function flag(node: XmlNode, name: string): boolean {
  return (attr(node, name) ?? '').toUpperCase() === 'TRUE';
}

/** The `WriteSecurity` attribute of a list schema's `<List>` element: 1, 2 or 4 as in SharePoint; absent means 1. */
function writeSecurityOf(title: string, listNodes: readonly XmlNode[]): number {
  const declared = listNodes.map((node) => attr(node, 'WriteSecurity')).find((value) => value !== undefined);
  if (declared === undefined) {
    return 1;
  }
  const value = Number(declared);
  if (![1, 2, 4].includes(value)) {
    throw new Error(`List '${title}' has WriteSecurity="${declared}"; SharePoint knows 1, 2 and 4.`);
  }
  return value;
}

function normaliseGuid(value: string | undefined): string | undefined {
  return value?.replace(/[{}]/g, '').toLowerCase();
}

/** `{$ListId:Lists/Departments;}` (feature token) or a plain web-relative URL → 'Lists/Departments'. */
function lookupTarget(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  const token = /^\{\$ListId:(.+?);?\}$/i.exec(value.trim());
  return (token ? token[1] : value.trim()).replace(/^\/+/, '');
}

function textOf(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'object' && value !== null && typeof (value as XmlNode)['#text'] === 'string') {
    return (value as XmlNode)['#text'] as string;
  }
  return '';
}

function fieldFromXml(node: XmlNode): FieldDefinition {
  const internalName = attr(node, 'Name') ?? attr(node, 'StaticName');
  const type = attr(node, 'Type');
  if (!internalName || !type) {
    throw new Error(`A <Field> needs Name and Type: ${JSON.stringify(node).slice(0, 200)}`);
  }
  const isMultiLookup = type === 'LookupMulti' || (type === 'Lookup' && flag(node, 'Mult'));
  const isMultiUser = type === 'UserMulti' || (type === 'User' && flag(node, 'Mult'));
  const choicesNode = node.CHOICES as XmlNode | undefined;
  const choices = choicesNode ? ((choicesNode.CHOICE as unknown[]) ?? []).map(textOf) : undefined;
  return {
    id: normaliseGuid(attr(node, 'ID')) ?? stableGuid(`field:${internalName}`),
    internalName,
    title: attr(node, 'DisplayName') ?? internalName,
    type: isMultiLookup ? 'LookupMulti' : isMultiUser ? 'UserMulti' : type,
    required: flag(node, 'Required'),
    hidden: flag(node, 'Hidden'),
    readOnly: flag(node, 'ReadOnly'),
    indexed: flag(node, 'Indexed'),
    enforceUniqueValues: flag(node, 'EnforceUniqueValues'),
    choices,
    lookupListUrl: type.startsWith('Lookup') ? lookupTarget(attr(node, 'List')) : undefined,
    lookupField: type.startsWith('Lookup') ? attr(node, 'ShowField') ?? 'Title' : undefined,
    dateOnly: type === 'DateTime' ? (attr(node, 'Format') ?? '').toLowerCase() === 'dateonly' : undefined,
    builtIn: false
  };
}

function builtInFields(isLibrary: boolean, titleOverride: FieldDefinition | undefined): FieldDefinition[] {
  const base = { required: false, hidden: false, readOnly: true, indexed: false, enforceUniqueValues: false, builtIn: true };
  const field = (internalName: string, title: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
    ...base,
    id: stableGuid(`builtin:${internalName}`),
    internalName,
    title,
    type,
    ...extra
  });
  const title = titleOverride
    ? { ...titleOverride, builtIn: true }
    : field('Title', 'Titel', 'Text', { readOnly: false, required: !isLibrary });
  return [
    field('ID', 'ID', 'Counter', { indexed: true }),
    title,
    field('ContentTypeId', 'Inhaltstyp-ID', 'ContentTypeId', { hidden: true }),
    field('Modified', 'Geändert', 'DateTime'),
    field('Created', 'Erstellt', 'DateTime'),
    field('Author', 'Erstellt von', 'User', { lookupField: 'Title' }),
    field('Editor', 'Geändert von', 'User', { lookupField: 'Title' }),
    field('_UIVersionString', 'Version', 'Text'),
    field('Attachments', 'Anlagen', 'Attachments', { hidden: isLibrary }),
    field('GUID', 'GUID', 'Guid', { hidden: true }),
    field('FileLeafRef', 'Name', 'File', { readOnly: !isLibrary, hidden: !isLibrary }),
    field('FileRef', 'URL-Pfad', 'Text', { hidden: true }),
    field('FileDirRef', 'Pfad', 'Text', { hidden: true }),
    field('FSObjType', 'Elementtyp', 'Integer', { hidden: true })
  ];
}

function buildLists(documents: Map<string, XmlNode>): ListDefinition[] {
  const listSchemaSkip = new Set(['List']);
  const siteColumns = new Map<string, FieldDefinition>();
  for (const doc of documents.values()) {
    for (const node of collect(doc, 'Field', listSchemaSkip)) {
      const field = fieldFromXml(node);
      siteColumns.set(field.id, field);
      siteColumns.set(field.internalName.toLowerCase(), field);
    }
  }
  const contentTypes = new Map<string, XmlNode>();
  for (const doc of documents.values()) {
    for (const node of collect(doc, 'ContentType', listSchemaSkip)) {
      const id = attr(node, 'ID');
      if (id) {
        contentTypes.set(id.toUpperCase(), node);
      }
    }
  }
  const resolveRef = (ref: XmlNode): FieldDefinition | undefined =>
    siteColumns.get(normaliseGuid(attr(ref, 'ID')) ?? '') ?? siteColumns.get((attr(ref, 'Name') ?? '').toLowerCase());

  const listSchemas: Array<{ file: string; node: XmlNode }> = [];
  for (const [file, doc] of documents) {
    collect(doc, 'List').forEach((node) => listSchemas.push({ file, node }));
  }
  const fieldsOfSchema = (schema: XmlNode): FieldDefinition[] => {
    const result: FieldDefinition[] = [];
    for (const fields of collect(schema, 'Fields')) {
      for (const node of (fields.Field as XmlNode[] | undefined) ?? []) {
        const reference = attr(node, 'Type') ? undefined : resolveRef(node);
        result.push(reference ?? fieldFromXml(node));
      }
    }
    for (const ct of collect(schema, 'ContentType')) {
      result.push(...fieldsOfContentType(ct));
    }
    return result;
  };
  const fieldsOfContentType = (ct: XmlNode): FieldDefinition[] => {
    const result: FieldDefinition[] = [];
    for (const ref of collect(ct, 'FieldRef')) {
      const field = resolveRef(ref);
      if (field) {
        result.push(field);
      }
    }
    return result;
  };

  const lists: ListDefinition[] = [];
  const instances = [...documents.values()].flatMap((doc) => collect(doc, 'ListInstance'));
  for (const instance of instances) {
    const url = (attr(instance, 'Url') ?? '').replace(/^\/+/, '');
    const title = attr(instance, 'Title');
    if (!url || !title) {
      throw new Error(`A <ListInstance> needs Title and Url: ${JSON.stringify(instance).slice(0, 200)}`);
    }
    const baseTemplate = Number(attr(instance, 'TemplateType') ?? genericListTemplate);
    const collected: FieldDefinition[] = [];
    const customSchema = attr(instance, 'CustomSchema');
    const schemaDoc = customSchema ? documents.get(path.basename(customSchema).toLowerCase()) : undefined;
    if (customSchema && !schemaDoc) {
      throw new Error(`List '${title}' refers to the missing schema file '${customSchema}'.`);
    }
    const listNodes: XmlNode[] = [];
    if (schemaDoc) {
      collected.push(...fieldsOfSchema(schemaDoc));
      listNodes.push(...collect(schemaDoc, 'List'));
    }
    for (const schema of listSchemas) {
      const schemaUrl = (attr(schema.node, 'Url') ?? '').replace(/^\/+/, '');
      if (schemaUrl.toLowerCase() === url.toLowerCase() && schema.file !== customSchema?.toLowerCase()) {
        collected.push(...fieldsOfSchema(schema.node));
        listNodes.push(schema.node);
      }
    }
    for (const doc of documents.values()) {
      for (const binding of collect(doc, 'ContentTypeBinding')) {
        if ((attr(binding, 'ListUrl') ?? '').replace(/^\/+/, '').toLowerCase() === url.toLowerCase()) {
          const ct = contentTypes.get((attr(binding, 'ContentTypeId') ?? '').toUpperCase());
          if (ct) {
            collected.push(...fieldsOfContentType(ct));
          }
        }
      }
    }
    const isLibrary = baseTemplate === documentLibraryTemplate;
    const byName = new Map<string, FieldDefinition>();
    for (const field of collected) {
      byName.set(field.internalName.toLowerCase(), field);
    }
    const titleOverride = byName.get('title');
    byName.delete('title');
    const builtIns = builtInFields(isLibrary, titleOverride);
    const builtInNames = new Set(builtIns.map((field) => field.internalName.toLowerCase()));
    const custom = [...byName.values()].filter((field) => !builtInNames.has(field.internalName.toLowerCase()));
    lists.push({
      id: stableGuid(`list:${url.toLowerCase()}`),
      title,
      url,
      baseTemplate,
      description: attr(instance, 'Description') ?? '',
      hidden: flag(instance, 'Hidden'),
      fields: [...builtIns, ...custom],
      writeSecurity: writeSecurityOf(title, listNodes)
    });
  }
  for (const list of lists) {
    for (const field of list.fields) {
      if (field.lookupListUrl && !lists.some((target) => target.url.toLowerCase() === field.lookupListUrl!.toLowerCase())) {
        throw new Error(`Lookup '${list.title}.${field.internalName}' points to the unknown list '${field.lookupListUrl}'.`);
      }
    }
  }
  return lists;
}
