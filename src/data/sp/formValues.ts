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
  /** The site's decimal separator (`,` on a German site, `.` on an en-US one): numbers are parsed with it. */
  readonly decimalSeparator: string;
}

/** For form values without decimals (ids, years, texts): any separator reads them alike. */
export const noDecimals: RegionalFormat = { decimalSeparator: '.' };

export function toFormValues(fields: Readonly<Record<string, FormFieldValue>>, regional: RegionalFormat): IListItemFormUpdateValue[] {
  return Object.entries(fields).map(([name, field]) => ({ FieldName: name, FieldValue: formString(field, regional) }));
}

function formString(field: FormFieldValue, regional: RegionalFormat): string {
  switch (field.type) {
    case 'text':
      return field.value ?? '';
    case 'number':
      return field.value === undefined ? '' : formNumber(field.value, regional);
    case 'boolean':
      return field.value === undefined ? '' : field.value ? '1' : '0';
    case 'lookup':
      return field.id === undefined ? '' : String(field.id);
  }
}

/**
 * A number as the site's list form would take it: the site's decimal separator and no grouping
 * separators, since "1.234" is 1234 on a German site and 1.234 on an en-US one.
 */
export function formNumber(value: number, regional: RegionalFormat): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${value} cannot be stored in a number column.`);
  }
  return String(value).replace('.', regional.decimalSeparator);
}
