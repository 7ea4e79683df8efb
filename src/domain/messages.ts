/**
 * Texts of every problem the domain reports, in German and English. Rules return a key and
 * parameters; the UI picks the language, so the same rule serves the German tenant and an
 * English one. Placeholders are `{name}`.
 */
const de = {
  'value.notANumber': 'Bitte eine Zahl eingeben.',
  'value.required': 'Bitte einen Wert eingeben.',
  'value.negative': 'Der Wert darf nicht negativ sein.',
  'value.notInteger': 'Personen werden gezählt: bitte eine ganze Zahl eingeben.',
  'value.yearInvalid': 'Das Jahr {year} ist ungültig.',
  'value.genderPartsIncomplete': 'Bitte alle Anteile (weiblich, männlich, divers, ohne Angabe) angeben oder keinen.',
  'value.genderPartsNotSplit': 'Diese Kennzahl wird nicht nach Geschlecht erhoben.',
  'value.genderSumMismatch': 'Die Anteile ergeben {sum}, die Gesamtzahl ist {total}.',
  'value.commentRequired': 'Der Wert weicht um {percent} % vom Vorjahr ({previous}) ab: bitte kurz begründen.',
  'measure.titleRequired': 'Bitte einen Titel eingeben.',
  'measure.titleTooLong': 'Der Titel ist {length} Zeichen lang; erlaubt sind höchstens {max}.',
  'measure.goalRequired': 'Jede Maßnahme gehört zu genau einem Einzelziel.',
  'measure.goalAmbiguous': 'Die Maßnahme ist {count} Einzelzielen zugeordnet; erlaubt ist genau eines.',
  'measure.goalUnknown': 'Das Einzelziel {id} gibt es in dieser Fortschreibung nicht.',
  'measure.leadDepartmentRequired': 'Jede Maßnahme hat genau einen federführenden Fachbereich.',
  'measure.leadDepartmentAmbiguous': 'Es sind {count} federführende Fachbereiche angegeben; erlaubt ist genau einer.',
  'measure.departmentUnknown': 'Den Fachbereich {id} gibt es nicht.',
  'measure.statusInvalid': 'Der Stand der Umsetzung „{status}“ ist unbekannt.',
  'agreement.notAgreed': 'Die Zielvereinbarung ist noch nicht abgeschlossen und kann nicht überprüft werden.',
  'agreement.meetingMissing': 'Für die Zielvereinbarung ist kein Gesprächstermin eingetragen.',
  'agreement.reviewTooEarly': 'Die Überprüfung ist frühestens ab {earliest} möglich (etwa zwölf Monate nach dem Gespräch).',
  'agreement.achievementMissing': 'Bitte die Zielerreichung für „{title}“ angeben.',
  'agreement.reasonRequired': 'Bitte begründen, warum „{title}“ nicht erreicht wurde.',
  'agreement.itemUnknown': 'Die Maßnahme {measureId} gehört nicht zu dieser Zielvereinbarung.',
  'agreement.notDraft': 'Die Zielvereinbarung ist bereits abgeschlossen.',
  'agreement.noItems': 'Bitte mindestens eine Maßnahme vereinbaren.',
  'agreement.targetMissing': 'Bitte das Ziel für „{title}“ angeben.',
  'goalChange.invalidTransition': 'Eine Zieländerung im Stand „{from}“ kann nicht in den Stand „{to}“ wechseln.',
  'date.required': 'Bitte das Datum angeben.',
  'goalChange.dateBeforePrevious': 'Das Datum liegt vor dem vorherigen Verfahrensschritt ({previous}).',
  'goalChange.reasonRequired': 'Bitte begründen, warum sich das Ziel ändern soll; die Begründung steht in der Vorlage für Beirat und Ausschuss.',
  'goalChange.goalRequired': 'Bitte das Einzelziel wählen, das sich ändern soll.',
  'goalChange.newGoalTitleRequired': 'Bitte den Titel des neuen Einzelziels eingeben.',
  'goalChange.fieldRequired': 'Bitte das Handlungsfeld wählen, zu dem das neue Einzelziel gehört.',
  'goalChange.advisorySessionRequired': 'Bitte die Sitzung des Beirats wählen oder eine neue Sitzung mit Datum erfassen.',
  'goalChange.committeeSessionRequired': 'Bitte die Sitzung des Ausschusses wählen oder eine neue Sitzung mit Datum erfassen.',
  'goalChange.referenceRequired': 'Bitte die Vorlagennummer des Ausschussbeschlusses angeben (z. B. V/2026/0412).'
} as const;

export type MessageKey = keyof typeof de;

const en: Readonly<Record<MessageKey, string>> = {
  'value.notANumber': 'Enter a number.',
  'value.required': 'Enter a value.',
  'value.negative': 'The value must not be negative.',
  'value.notInteger': 'Persons are counted: enter a whole number.',
  'value.yearInvalid': 'The year {year} is not valid.',
  'value.genderPartsIncomplete': 'Enter all parts (female, male, diverse, not stated) or none.',
  'value.genderPartsNotSplit': 'This indicator is not split by gender.',
  'value.genderSumMismatch': 'The parts add up to {sum}, but the total is {total}.',
  'value.commentRequired': 'The value differs by {percent} % from last year ({previous}): please add a short explanation.',
  'measure.titleRequired': 'Enter a title.',
  'measure.titleTooLong': 'The title has {length} characters; at most {max} are allowed.',
  'measure.goalRequired': 'Every measure belongs to exactly one goal.',
  'measure.goalAmbiguous': 'The measure is assigned to {count} goals; exactly one is allowed.',
  'measure.goalUnknown': 'Goal {id} does not exist in this plan period.',
  'measure.leadDepartmentRequired': 'Every measure has exactly one lead department.',
  'measure.leadDepartmentAmbiguous': '{count} lead departments are given; exactly one is allowed.',
  'measure.departmentUnknown': 'Department {id} does not exist.',
  'measure.statusInvalid': 'The implementation status "{status}" is unknown.',
  'agreement.notAgreed': 'The goal agreement has not been concluded yet and cannot be reviewed.',
  'agreement.meetingMissing': 'The goal agreement has no meeting date.',
  'agreement.reviewTooEarly': 'The review is possible from {earliest} at the earliest (about twelve months after the meeting).',
  'agreement.achievementMissing': 'Record the achievement of "{title}".',
  'agreement.reasonRequired': 'Explain why "{title}" was not achieved.',
  'agreement.itemUnknown': 'Measure {measureId} is not part of this goal agreement.',
  'agreement.notDraft': 'The goal agreement has already been concluded.',
  'agreement.noItems': 'Agree on at least one measure.',
  'agreement.targetMissing': 'Enter the target for "{title}".',
  'goalChange.invalidTransition': 'A goal change in state "{from}" cannot move to state "{to}".',
  'date.required': 'Enter the date.',
  'goalChange.dateBeforePrevious': 'The date is before the previous step ({previous}).',
  'goalChange.reasonRequired': 'Explain why the goal should change; the reason goes into the paper for the Beirat and the committee.',
  'goalChange.goalRequired': 'Choose the goal that should change.',
  'goalChange.newGoalTitleRequired': 'Enter the title of the new goal.',
  'goalChange.fieldRequired': 'Choose the field of action the new goal belongs to.',
  'goalChange.advisorySessionRequired': 'Choose the Beirat session or record a new session with its date.',
  'goalChange.committeeSessionRequired': 'Choose the committee session or record a new session with its date.',
  'goalChange.referenceRequired': 'Enter the paper number of the committee decision (e.g. V/2026/0412).'
};

export type Language = 'de' | 'en';

/**
 * The language of a UI culture ('de-DE', 'en-US', 'fr-FR'): German for German cultures, else English,
 * as SharePoint picks the web parts' strings (en-us is the fallback of every other culture).
 */
export function uiLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const messages: { readonly [L in Language]: Readonly<Record<MessageKey, string>> } = { de, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills the `{name}` placeholders of a text from `params`; unknown names stay visible rather than vanish. */
export function fillPlaceholders(template: string, params: MessageParams = {}, show: (value: string | number) => string = String): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? show(params[name]) : placeholder));
}

/** The text of a message in a language, with `{name}` placeholders filled from `params`. */
export function formatMessage(key: MessageKey, params: MessageParams = {}, language: Language = 'de'): string {
  return fillPlaceholders(messages[language][key], params);
}
