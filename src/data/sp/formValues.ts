import type { IListItemFormUpdateValue } from '@pnp/sp/lists';

/**
 * A field value for SharePoint's validate-and-update endpoints (AddValidateUpdateItemUsingPath),
 * which take every value as a string, parsed the way the list form would parse it.
 */
export type FormFieldValue =
  | { readonly type: 'text'; readonly value: string | undefined }
  | { readonly type: 'number'; readonly value: number | undefined }
  | { readonly type: 'boolean'; readonly value: boolean | undefined }
  | { readonly type: 'lookup'; readonly id: number | undefined };

export interface RegionalFormat {
  /** The site's decimal separator (`,` on a German site): numbers are parsed with it. */
  readonly decimalSeparator: string;
}

export function toFormValues(fields: Readonly<Record<string, FormFieldValue>>, regional: RegionalFormat): IListItemFormUpdateValue[] {
  return Object.entries(fields).map(([name, field]) => ({ FieldName: name, FieldValue: formString(field, regional) }));
}

function formString(field: FormFieldValue, regional: RegionalFormat): string {
  switch (field.type) {
    case 'text':
      return field.value ?? '';
    case 'number':
      // No grouping separators: "1.234" would be read as 1,234 on one site and 1.234 on another.
      return field.value === undefined ? '' : String(field.value).replace('.', regional.decimalSeparator);
    case 'boolean':
      return field.value === undefined ? '' : field.value ? '1' : '0';
    case 'lookup':
      return field.id === undefined ? '' : String(field.id);
  }
}
