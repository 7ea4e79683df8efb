import { councilTimeZone } from './calendarDate';
import type { FieldSpec, ListSpec } from './lists';
import type { Language } from './messages';

/**
 * The history of one list item, from SharePoint's item versions: who changed which column
 * from what to what, and when. Versions are kept for the whole plan period, so this is the
 * audit trail of a catalogue item, an agreement or a value.
 */

/** One SharePoint item version as read from `items(id)/versions` (values by internal name). */
export interface ItemVersion {
  /** '1.0', '2.0', … */
  readonly label: string;
  /** ISO date-time of the change. */
  readonly modified: string;
  /** Display name of the person who made this version. */
  readonly editor: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface FieldChange {
  /** The column's display name from the list schema. */
  readonly field: string;
  /** Readable value before the change; '' when the column was empty. */
  readonly before: string;
  readonly after: string;
}

export interface HistoryEntry {
  readonly label: string;
  readonly modified: string;
  readonly editor: string;
  /** The first version: its changes list the values the item was created with. */
  readonly created: boolean;
  readonly changes: readonly FieldChange[];
}

/** Technical columns that change with every write or never mean anything to a reader. */
const ignoredFields = new Set(['CreateKey']);

function dateText(value: string, field: FieldSpec, language: Language): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    return value;
  }
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = field.dateOnly
    ? { timeZone: councilTimeZone, day: '2-digit', month: '2-digit', year: 'numeric' }
    : { timeZone: councilTimeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(instant);
}

/** A version value as a reader sees it: lookups and persons by name, dates in the council's calendar. */
export function readableValue(value: unknown, field: FieldSpec, language: Language): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map((entry) => readableValue(entry, field, language)).filter((text) => text !== '').join(', ');
  }
  if (typeof value === 'object') {
    // SP.FieldLookupValue / SP.FieldUserValue: the shown value, else the id.
    const lookup = value as { LookupValue?: unknown; LookupId?: unknown };
    return lookup.LookupValue ? String(lookup.LookupValue) : lookup.LookupId !== undefined ? `#${String(lookup.LookupId)}` : '';
  }
  if (typeof value === 'boolean') {
    return value ? (language === 'de' ? 'Ja' : 'Yes') : language === 'de' ? 'Nein' : 'No';
  }
  if (field.type === 'DateTime' && typeof value === 'string') {
    return dateText(value, field, language);
  }
  if (typeof value === 'number') {
    return value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB');
  }
  return String(value);
}

/** The columns whose changes a history shows: Title plus the list's own fields. */
function historyFields(spec: ListSpec): FieldSpec[] {
  const title: FieldSpec = { name: 'Title', displayName: spec.titleDisplayName, type: 'Text', required: false, indexed: false, unique: false };
  return [title, ...spec.fields.filter((field) => !ignoredFields.has(field.name))];
}

/**
 * Diffs consecutive versions into entries, newest first. Versions may come in any order
 * (SharePoint sends newest first); versions that change no shown column are left out.
 */
export function itemHistory(spec: ListSpec, versions: readonly ItemVersion[], language: Language): HistoryEntry[] {
  const fields = historyFields(spec);
  const ordered = [...versions].sort((a, b) => Number.parseFloat(a.label) - Number.parseFloat(b.label));
  const entries: HistoryEntry[] = [];
  ordered.forEach((version, index) => {
    const previous = index > 0 ? ordered[index - 1] : undefined;
    const changes: FieldChange[] = [];
    for (const field of fields) {
      const before = previous ? readableValue(previous.values[field.name], field, language) : '';
      const after = readableValue(version.values[field.name], field, language);
      if (before !== after) {
        changes.push({ field: field.displayName, before, after });
      }
    }
    if (previous === undefined || changes.length > 0) {
      entries.push({ label: version.label, modified: version.modified, editor: version.editor, created: previous === undefined, changes });
    }
  });
  return entries.reverse();
}
