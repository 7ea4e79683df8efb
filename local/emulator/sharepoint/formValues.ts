import { spErrors, SpError } from './errors';
import { convertValue } from './itemWrites';
import { isLookup, isMulti, isUser, type FieldDefinition, type ListDefinition } from './model';
import { parseSiteNumber, type RegionalSettings } from './regional';
import type { SecurityStore } from './security';
import { loginFromClaims } from './site';

/** One entry of `formValues` in `AddValidateUpdateItemUsingPath` / `validateUpdateListItem`. */
export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string | null;
}

export interface FieldResult {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ItemId: number;
}

const invalidValueCode = -2146233088;

/**
 * Form values are strings in the site's locale: numbers with its separators ('3,5' on a German
 * site, '3.5' on an en-US one), dates '15.03.2019' as well as ISO forms; lookups '5' or '5;#Title',
 * multi lookups '1;#;#2;#', persons as JSON `[{"Key":"<claims>"}]`.
 */
function parseFormValue(field: FieldDefinition, text: string | null, security: SecurityStore, regional: RegionalSettings): unknown {
  if (text === null || text === '') {
    return isMulti(field) ? [] : null;
  }
  if (isUser(field)) {
    let entries: Array<{ Key?: string }>;
    try {
      entries = JSON.parse(text) as Array<{ Key?: string }>;
    } catch {
      throw new Error('The user value must be a JSON array of {"Key": "<login>"}.');
    }
    const ids = entries.map((entry) => {
      const user = security.siteUserByLogin(loginFromClaims(String(entry.Key ?? '')));
      if (!user) {
        throw new Error(`The user '${entry.Key}' could not be found.`);
      }
      return user.id;
    });
    return isMulti(field) ? ids : ids[0] ?? null;
  }
  if (isLookup(field)) {
    const ids = text
      .split(';#')
      .filter((part, index) => index % 2 === 0 && part.trim() !== '')
      .map((part) => Number(part));
    if (ids.some((id) => !Number.isInteger(id))) {
      throw new Error(`'${text}' is not a lookup value.`);
    }
    return isMulti(field) ? ids : ids[0] ?? null;
  }
  switch (field.type) {
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const number = parseSiteNumber(text, regional);
      if (number === undefined) {
        throw new Error('Nur Zahlen sind zulässig.');
      }
      return number;
    }
    case 'Boolean':
      if (['1', 'true', 'ja', 'yes'].includes(text.toLowerCase())) {
        return true;
      }
      if (['0', 'false', 'nein', 'no'].includes(text.toLowerCase())) {
        return false;
      }
      throw new Error(`'${text}' is not a Yes/No value.`);
    case 'DateTime': {
      const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
      const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}T${(german[4] ?? '0').padStart(2, '0')}:${german[5] ?? '00'}:00` : text;
      if (Number.isNaN(Date.parse(iso))) {
        throw new Error('Ungültiges Datum/Uhrzeit-Wert.');
      }
      return new Date(Date.parse(iso)).toISOString();
    }
    case 'Choice':
      if (field.choices && !field.choices.includes(text)) {
        throw new Error('Value does not fall within the expected range.');
      }
      return text;
    default:
      return text;
  }
}

/** Converts form values; per-field problems are reported, not thrown, as SharePoint does. */
export function valuesFromForm(list: ListDefinition, formValues: readonly FormValue[], security: SecurityStore, regional: RegionalSettings): { values: Record<string, unknown>; results: FieldResult[] } {
  const values: Record<string, unknown> = {};
  const results: FieldResult[] = [];
  for (const entry of formValues) {
    const name = String(entry?.FieldName ?? '');
    const field = list.fields.find((candidate) => candidate.internalName.toLowerCase() === name.toLowerCase());
    const result: FieldResult = { ErrorCode: 0, ErrorMessage: null, FieldName: name, FieldValue: entry?.FieldValue ?? null, HasException: false, ItemId: 0 };
    try {
      if (!field || field.readOnly) {
        throw new Error(`Column '${name}' does not exist. It may have been deleted by another user.`);
      }
      values[field.internalName] = convertValue(field, parseFormValue(field, entry.FieldValue ?? null, security, regional));
    } catch (error) {
      result.ErrorCode = invalidValueCode;
      result.ErrorMessage = error instanceof SpError || error instanceof Error ? error.message : String(error);
      result.HasException = true;
    }
    results.push(result);
  }
  for (const field of list.fields) {
    // Unlike plain REST writes, the validating methods enforce required columns.
    if (field.required && !field.readOnly && field.internalName in values && (values[field.internalName] === null || values[field.internalName] === '')) {
      const result = results.find((candidate) => candidate.FieldName.toLowerCase() === field.internalName.toLowerCase());
      if (result && !result.HasException) {
        result.ErrorCode = invalidValueCode;
        result.ErrorMessage = 'Sie müssen einen Wert für dieses erforderliche Feld angeben.';
        result.HasException = true;
      }
    }
  }
  return { values, results };
}

export function parseFormBody(body: Record<string, unknown>): FormValue[] {
  const raw = body.formValues;
  const entries = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null && Array.isArray((raw as { results?: unknown }).results) ? (raw as { results: unknown[] }).results : undefined;
  if (!entries) {
    throw spErrors.badRequest('The parameter formValues is missing or invalid.');
  }
  return entries as FormValue[];
}
