import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** The lists as sharepoint/assets provisions them, keyed by Url name, for checking seed items against the schema. */

export interface ProvisionedField {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  /** EnforceUniqueValues: SharePoint refuses a second item with the same value. */
  readonly unique?: boolean;
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  /** Url name of a lookup's target list. */
  readonly lookupList?: string;
}

export interface ProvisionedList {
  readonly urlName: string;
  readonly isLibrary: boolean;
  readonly fields: ReadonlyMap<string, ProvisionedField>;
}

type Node = Record<string, unknown>;
const assetsDir = path.resolve(__dirname, '../../../sharepoint/assets');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false, isArray: (name) => ['Field', 'ListInstance', 'CHOICE'].includes(name) });

function read(file: string): Node {
  return parser.parse(fs.readFileSync(path.join(assetsDir, file), 'utf8')) as Node;
}

export function provisionedLists(): Map<string, ProvisionedList> {
  const instances = ((read('elements.xml').Elements as Node).ListInstance as Node[]) ?? [];
  const lists = new Map<string, ProvisionedList>();
  for (const instance of instances) {
    const url = String(instance['@Url']);
    const urlName = url.split('/').pop()!;
    const schema = read(String(instance['@CustomSchema'])).List as Node;
    const fields = new Map<string, ProvisionedField>();
    for (const field of (((schema.MetaData as Node).Fields as Node).Field as Node[]) ?? []) {
      const type = String(field['@Type']);
      const choices = ((field.CHOICES as Node | undefined)?.CHOICE as unknown[] | undefined)?.map(String);
      const target = field['@List'] as string | undefined;
      fields.set(String(field['@Name']), {
        name: String(field['@Name']),
        type,
        required: String(field['@Required'] ?? '').toUpperCase() === 'TRUE',
        ...(String(field['@EnforceUniqueValues'] ?? '').toUpperCase() === 'TRUE' ? { unique: true } : {}),
        ...(field['@MaxLength'] ? { maxLength: Number(field['@MaxLength']) } : {}),
        ...(choices ? { choices } : {}),
        ...(type.startsWith('Lookup') && target ? { lookupList: target.split('/').pop()! } : {})
      });
    }
    lists.set(urlName, { urlName, isLibrary: instance['@TemplateType'] === '101', fields });
  }
  return lists;
}
