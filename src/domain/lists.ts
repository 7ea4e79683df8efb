import {
  AchievementChoices,
  AgreementStatusChoices,
  GoalChangeStatusChoices,
  GoalChangeTypeChoices,
  IndicatorDirectionChoices,
  MeasureStatusChoices,
  PlanPeriodStatusChoices,
  ReportTypeChoices,
  ReviewAnswerChoices,
  SeriesContinuityChoices,
  SessionStatusChoices
} from './choices';
import { MeetingKindChoices, MeetingStateChoices } from './meetings';
import { CorrectionRequestStatusChoices } from './correctionRequest';
import { BodyChoices } from './bodies';
import { ValueReviewDecisionChoices } from './valueReview';
import { PublicationKindChoices } from './publication';
import { ReminderOutcomeChoices } from './reminder';

/**
 * The lists of the site /sites/integration and their columns, as provisioned by
 * `sharepoint/assets` (a unit test keeps the XML and this map in step). Code uses these
 * names instead of string literals; internal names are ASCII because SharePoint escapes
 * anything else (`Maßnahme` would become `Ma_x00df_nahme`).
 */

export type FieldType = 'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'Lookup' | 'LookupMulti' | 'User';

export interface FieldSpec<Name extends string = string> {
  readonly name: Name;
  /** German column title. */
  readonly displayName: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly unique: boolean;
  /** Url name of the target list of a lookup. */
  readonly lookupList?: string;
  /** German stored values of a choice column. */
  readonly choices?: readonly string[];
  /** A DateTime shown and stored as a date without time of day. */
  readonly dateOnly?: boolean;
}

interface FieldOptions {
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  readonly lookupList?: string;
  readonly choices?: readonly string[];
  readonly dateOnly?: boolean;
}

function field<const Name extends string>(name: Name, displayName: string, type: FieldType, options: FieldOptions = {}): FieldSpec<Name> {
  return { name, displayName, type, required: options.required ?? false, indexed: options.indexed ?? false, unique: options.unique ?? false, ...pick(options) };
}

function pick(options: FieldOptions): Pick<FieldSpec, 'lookupList' | 'choices' | 'dateOnly'> {
  return {
    ...(options.lookupList ? { lookupList: options.lookupList } : {}),
    ...(options.choices ? { choices: options.choices } : {}),
    ...(options.dateOnly ? { dateOnly: true } : {})
  };
}

const lookup = <const Name extends string>(name: Name, displayName: string, target: string, options: { indexed?: boolean; required?: boolean } = {}) =>
  field(name, displayName, 'Lookup', { lookupList: target, indexed: options.indexed ?? true, required: options.required ?? false });
const required = { required: true } as const;
const notIndexed = { indexed: false } as const;
const choice = <const Name extends string>(name: Name, displayName: string, choices: readonly string[], indexed = false) => field(name, displayName, 'Choice', { choices, indexed, required: true });
const note = <const Name extends string>(name: Name, displayName: string) => field(name, displayName, 'Note');
const text = <const Name extends string>(name: Name, displayName: string) => field(name, displayName, 'Text');
const num = <const Name extends string>(name: Name, displayName: string, required = false) => field(name, displayName, 'Number', { required });
/** A unique, indexed text column: SharePoint refuses a second item with the same value, which makes writes by key idempotent. */
const key = <const Name extends string>(name: Name, displayName: string) => field(name, displayName, 'Text', { indexed: true, unique: true });
/** The key of lists without a natural one: generated per create (`newCreateKey`) before the first send. */
const createKey = key('CreateKey', 'Anlageschlüssel');

export interface ListSpec<Name extends string = string, Fields extends readonly FieldSpec[] = readonly FieldSpec[]> {
  readonly name: Name;
  /** Web-relative URL, e.g. 'Lists/Measures' (or 'Berichte' for the library). */
  readonly url: string;
  /** German list title. */
  readonly title: string;
  /** 100 custom list, 101 document library. */
  readonly template: 100 | 101;
  /** German display name of the built-in Title column. */
  readonly titleDisplayName: string;
  /** Technical lists (values, reviews, agreements) are keyed by other columns, so Title is optional there. */
  readonly isTitleRequired: boolean;
  /** German name of the list's content type. */
  readonly contentTypeName: string;
  /** Items live in one folder per department (named by DepartmentNumber) with unique permissions. */
  readonly hasDepartmentFolders: boolean;
  /**
   * The unique, indexed column that identifies an item the product creates, so that a create
   * whose answer was lost can be read back instead of repeated (see `src/data/sp/keyedCreate.ts`).
   * Lists the product never creates items in (filled by the office in SharePoint) have none.
   */
  readonly createKey?: CreateKeySpec;
  readonly fields: Fields;
}

export interface CreateKeySpec {
  readonly field: string;
  /**
   * True when the value is generated per create (`newCreateKey`): only our own earlier send can
   * hold it. A natural key (department and year) may also be held by someone else's item.
   */
  readonly isGenerated: boolean;
}

interface ListOptions {
  readonly template?: 100 | 101;
  readonly url?: string;
  readonly hasDepartmentFolders?: boolean;
  readonly isTitleRequired?: boolean;
  readonly createKey?: CreateKeySpec;
}

function list<const Name extends string, const Fields extends readonly FieldSpec[]>(
  name: Name,
  names: { readonly title: string; readonly titleColumn: string; readonly contentType: string },
  fields: Fields,
  options: ListOptions = {}
): ListSpec<Name, Fields> {
  const template = options.template ?? 100;
  return {
    name,
    url: options.url ?? `Lists/${name}`,
    title: names.title,
    template,
    titleDisplayName: names.titleColumn,
    isTitleRequired: options.isTitleRequired ?? template === 100,
    contentTypeName: names.contentType,
    hasDepartmentFolders: options.hasDepartmentFolders ?? false,
    ...(options.createKey ? { createKey: options.createKey } : {}),
    fields
  };
}

const measureStatusValues = MeasureStatusChoices.labels;
const generatedKey: CreateKeySpec = { field: 'CreateKey', isGenerated: true };
const naturalKey = (name: string): CreateKeySpec => ({ field: name, isGenerated: false });

export const listSchema = {
  Concepts: list('Concepts', { title: 'Integrationskonzepte', titleColumn: 'Konzept', contentType: 'Integrationskonzept' }, [num('ConceptYear', 'Jahr', true), note('Description', 'Beschreibung')]),
  PlanPeriods: list('PlanPeriods', { title: 'Fortschreibungen', titleColumn: 'Fortschreibung', contentType: 'Fortschreibung' }, [
    num('UpdateNumber', 'Nummer der Fortschreibung', true),
    num('StartYear', 'Beginn (Jahr)', true),
    num('EndYear', 'Ende (Jahr)', true),
    field('AdoptionDate', 'Beschlossen am', 'DateTime', { dateOnly: true }),
    choice('PeriodStatus', 'Status der Fortschreibung', PlanPeriodStatusChoices.labels),
    text('PaperNumber', 'Drucksache'),
    field('ClosedAt', 'Abgeschlossen am', 'DateTime'),
    field('ClosedBy', 'Abgeschlossen von', 'User'),
    // A reopening is deliberate and recorded: who, when, why (earlier ones stay in the item's versions).
    field('ReopenedAt', 'Wieder geöffnet am', 'DateTime'),
    field('ReopenedBy', 'Wieder geöffnet von', 'User'),
    note('ReopenReason', 'Grund der Wiederöffnung'),
    // Set when the product creates the next period from the current one, so that a repeat finds it.
    createKey
  ], { createKey: generatedKey }),
  /** Overarching guiding goals (Leitziele) of a plan period. */
  GuidingGoals: list('GuidingGoals', { title: 'Leitziele', titleColumn: 'Leitziel', contentType: 'Leitziel' }, [
    num('SortOrder', 'Reihenfolge', true),
    lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods', required),
    note('Description', 'Beschreibung'),
    lookup('PredecessorGuidingGoal', 'Vorgänger (Leitziel)', 'GuidingGoals'),
    createKey
  ], { createKey: generatedKey }),
  Departments: list('Departments', { title: 'Fachbereiche', titleColumn: 'Fachbereich', contentType: 'Fachbereich' }, [
    field('DepartmentNumber', 'Fachbereichsnummer', 'Text', { required: true, indexed: true, unique: true }),
    text('GroupName', 'SharePoint-Gruppe')
  ]),
  Contacts: list('Contacts', { title: 'Ansprechpersonen', titleColumn: 'Name', contentType: 'Ansprechperson' }, [
    field('ContactUser', 'Person', 'User'),
    text('Email', 'E-Mail'),
    text('Phone', 'Telefon'),
    lookup('Department', 'Fachbereich', 'Departments', required),
    field('IsPrimary', 'Hauptansprechperson', 'Boolean')
  ]),
  FieldsOfAction: list('FieldsOfAction', { title: 'Handlungsfelder', titleColumn: 'Handlungsfeld', contentType: 'Handlungsfeld' }, [
    num('SortOrder', 'Reihenfolge', true),
    lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods'),
    note('Description', 'Beschreibung'),
    createKey,
    // Predecessor columns link an item copied into the next plan period to the item it came from.
    lookup('PredecessorFieldOfAction', 'Vorgänger (Handlungsfeld)', 'FieldsOfAction')
  ], { createKey: generatedKey }),
  Goals: list('Goals', { title: 'Einzelziele', titleColumn: 'Einzelziel', contentType: 'Einzelziel' }, [
    text('GoalNumber', 'Zielnummer'),
    lookup('FieldOfAction', 'Handlungsfeld', 'FieldsOfAction', required),
    lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods'),
    note('Description', 'Beschreibung'),
    createKey,
    lookup('PredecessorGoal', 'Vorgänger (Einzelziel)', 'Goals')
  ], { createKey: generatedKey }),
  Measures: list(
    'Measures',
    { title: 'Maßnahmen', titleColumn: 'Maßnahme', contentType: 'Maßnahme' },
    [
      text('MeasureNumber', 'Maßnahmennummer'),
      lookup('Goal', 'Einzelziel', 'Goals', required),
      lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods', required),
      lookup('LeadDepartment', 'Federführender Fachbereich', 'Departments', required),
      field('InvolvedDepartments', 'Beteiligte Fachbereiche', 'LookupMulti', { lookupList: 'Departments' }),
      lookup('SourceConcept', 'Herkunft (Konzept)', 'Concepts'),
      choice('MeasureStatus', 'Stand der Umsetzung', measureStatusValues, true),
      field('Contact', 'Ansprechperson', 'User'),
      note('Description', 'Beschreibung'),
      key('ImportKey', 'Importschlüssel'),
      lookup('PredecessorMeasure', 'Vorgänger (Maßnahme)', 'Measures')
    ],
    // The import key is made from the row (plan period, number, field, goal, title).
    { hasDepartmentFolders: true, createKey: naturalKey('ImportKey') }
  ),
  Indicators: list('Indicators', { title: 'Kennzahlen', titleColumn: 'Kennzahl', contentType: 'Kennzahl' }, [
    lookup('Measure', 'Maßnahme', 'Measures'),
    lookup('Goal', 'Einzelziel', 'Goals'),
    lookup('Department', 'Fachbereich', 'Departments', required),
    text('Unit', 'Einheit'),
    choice('Direction', 'Richtung', IndicatorDirectionChoices.labels),
    num('TargetValue', 'Zielwert'),
    field('IsGenderSplit', 'Nach Geschlecht', 'Boolean'),
    note('Description', 'Beschreibung'),
    // The budget product (Produktplan) the value is also reported under, e.g. "1.31.01 Integration".
    text('BudgetProduct', 'Produkt (Produktplan)'),
    createKey,
    lookup('PredecessorIndicator', 'Vorgänger (Kennzahl)', 'Indicators'),
    field('SeriesContinuity', 'Zeitreihe gegenüber Vorgänger', 'Choice', { choices: SeriesContinuityChoices.labels })
  ], { createKey: generatedKey }),
  IndicatorValues: list(
    'IndicatorValues',
    { title: 'Kennzahlwerte', titleColumn: 'Bezeichnung', contentType: 'Kennzahlwert' },
    [
      key('ValueKey', 'Wertschlüssel'),
      lookup('Indicator', 'Kennzahl', 'Indicators', required),
      field('ValueYear', 'Jahr', 'Number', { required: true, indexed: true }),
      // Not required: the office prepares each value item empty when it opens a reporting year, and an empty Total means "not reported yet".
      num('Total', 'Gesamt'),
      num('Female', 'Weiblich'),
      num('Male', 'Männlich'),
      num('Diverse', 'Divers'),
      num('NotStated', 'Ohne Angabe'),
      text('Source', 'Quelle'),
      note('ValueComment', 'Kommentar'),
      lookup('Department', 'Fachbereich', 'Departments', required),
      // Set when the value was changed after its year was locked; the reason stays with it.
      field('IsCorrection', 'Korrektur', 'Boolean'),
      note('CorrectionReason', 'Korrekturgrund'),
      // Who applied the correction and when: the office, directly or by accepting a request.
      field('CorrectedBy', 'Korrigiert von', 'User'),
      field('CorrectedAt', 'Korrigiert am', 'DateTime')
    ],
    { hasDepartmentFolders: true, isTitleRequired: false, createKey: naturalKey('ValueKey') }
  ),
  InitialReviews: list('InitialReviews', { title: 'Erstgespräche', titleColumn: 'Bezeichnung', contentType: 'Erstgespräch' }, [
    lookup('Measure', 'Maßnahme', 'Measures', required),
    lookup('Department', 'Fachbereich', 'Departments'),
    choice('IsCurrent', 'Aktualität', ReviewAnswerChoices.labels),
    choice('IsAppropriate', 'Angemessenheit', ReviewAnswerChoices.labels),
    field('ImplementationStatus', 'Stand der Umsetzung (Erstgespräch)', 'Choice', { choices: measureStatusValues }),
    note('ReviewNotes', 'Notizen'),
    field('ReviewDate', 'Gesprächsdatum', 'DateTime', { dateOnly: true }),
    key('ReviewKey', 'Erstgesprächsschlüssel')
  ], { hasDepartmentFolders: true, isTitleRequired: false, createKey: naturalKey('ReviewKey') }),
  /** Meetings booked in Outlook (agreement meetings, initial interviews, steering group); Title is the Outlook subject. */
  Meetings: list('Meetings', { title: 'Termine', titleColumn: 'Betreff', contentType: 'Termin' }, [
    choice('MeetingKind', 'Art des Termins', MeetingKindChoices.labels, true),
    lookup('Department', 'Fachbereich', 'Departments'),
    field('MeetingYear', 'Jahr', 'Number', { required: true, indexed: true }),
    field('MeetingStart', 'Beginn', 'DateTime', required),
    field('MeetingEnd', 'Ende', 'DateTime', required),
    // Mailboxes separated by ';', as Outlook lists recipients.
    note('Attendees', 'Teilnehmende'),
    field('IsOnlineMeeting', 'Teams-Besprechung', 'Boolean'),
    choice('MeetingState', 'Stand des Termins', MeetingStateChoices.labels),
    text('EventId', 'Outlook-Termin-ID'),
    key('TransactionId', 'Transaktions-ID'),
    note('Agenda', 'Tagesordnung')
  ], { hasDepartmentFolders: true, createKey: { field: 'TransactionId', isGenerated: true } }),
  GoalAgreements: list(
    'GoalAgreements',
    { title: 'Zielvereinbarungen', titleColumn: 'Bezeichnung', contentType: 'Zielvereinbarung' },
    [
      lookup('Department', 'Fachbereich', 'Departments', required),
      field('AgreementYear', 'Jahr der Vereinbarung', 'Number', { required: true, indexed: true }),
      choice('AgreementStatus', 'Status der Vereinbarung', AgreementStatusChoices.labels),
      field('ReviewedOn', 'Überprüft am', 'DateTime', { dateOnly: true }),
      lookup('PreviousAgreement', 'Vorherige Vereinbarung', 'GoalAgreements', notIndexed),
      note('AgreementNotes', 'Notizen zur Vereinbarung'),
      key('AgreementKey', 'Vereinbarungsschlüssel')
    ],
    { hasDepartmentFolders: true, isTitleRequired: false, createKey: naturalKey('AgreementKey') }
  ),
  AgreementItems: list(
    'AgreementItems',
    { title: 'Vereinbarte Maßnahmen', titleColumn: 'Bezeichnung', contentType: 'Vereinbarte Maßnahme' },
    [
      lookup('Agreement', 'Zielvereinbarung', 'GoalAgreements', required),
      lookup('Measure', 'Maßnahme', 'Measures', required),
      note('Target', 'Vereinbartes Ziel'),
      choice('Achievement', 'Zielerreichung', AchievementChoices.labels),
      note('AchievementReason', 'Begründung'),
      lookup('CarriedOverFrom', 'Übernommen aus', 'AgreementItems', notIndexed),
      lookup('ResponsibleContact', 'Verantwortliche Ansprechperson', 'Contacts', notIndexed),
      note('ItemNotes', 'Notizen'),
      createKey
    ],
    { hasDepartmentFolders: true, isTitleRequired: false, createKey: generatedKey }
  ),
  /** What a department remarks on its agreement: its only write access to agreements. */
  AgreementComments: list(
    'AgreementComments',
    { title: 'Anmerkungen zu Zielvereinbarungen', titleColumn: 'Bezeichnung', contentType: 'Anmerkung zur Zielvereinbarung' },
    [lookup('Agreement', 'Zielvereinbarung', 'GoalAgreements', required), field('CommentText', 'Anmerkung', 'Note', required), createKey],
    { hasDepartmentFolders: true, isTitleRequired: false, createKey: generatedKey }
  ),
  SteeringMeetings: list('SteeringMeetings', { title: 'Steuerungsgruppensitzungen', titleColumn: 'Sitzung', contentType: 'Steuerungsgruppensitzung' }, [
    field('MeetingDate', 'Sitzungstermin', 'DateTime', { required: true }),
    note('Attendees', 'Teilnehmende'),
    note('Agenda', 'Tagesordnung'),
    note('Decisions', 'Beschlüsse'),
    text('EventId', 'Outlook-Termin-ID')
  ]),
  GoalChanges: list('GoalChanges', { title: 'Zieländerungen', titleColumn: 'Zieländerung', contentType: 'Zieländerung' }, [
    lookup('Goal', 'Einzelziel', 'Goals', required),
    choice('ChangeType', 'Art der Änderung', GoalChangeTypeChoices.labels),
    note('ChangeDescription', 'Beschreibung der Änderung'),
    choice('ChangeStatus', 'Verfahrensstand', GoalChangeStatusChoices.labels),
    field('ProposedDate', 'Vorgeschlagen am', 'DateTime', { dateOnly: true }),
    field('AdvisoryBoardDate', 'Beirat am', 'DateTime', { dateOnly: true }),
    field('CommitteeDate', 'Ausschuss am', 'DateTime', { dateOnly: true }),
    text('CommitteeReference', 'Vorlagennummer'),
    lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods'),
    note('ChangeReason', 'Begründung'),
    lookup('AdvisoryBoardSession', 'Sitzung des Beirats', 'BodySessions'),
    lookup('CommitteeSession', 'Sitzung des Ausschusses', 'BodySessions'),
    createKey
  ], { createKey: generatedKey }),
  /** A reported year the office has locked: later changes to its values are corrections with a reason. */
  ReportingYears: list('ReportingYears', { title: 'Berichtsjahre', titleColumn: 'Berichtsjahr', contentType: 'Berichtsjahr' }, [
    field('ReportingYear', 'Jahr', 'Number', { required: true, indexed: true, unique: true }),
    field('IsLocked', 'Gesperrt', 'Boolean'),
    field('LockedAt', 'Gesperrt am', 'DateTime'),
    field('LockedBy', 'Gesperrt von', 'User'),
    /** The day by which the departments owe the year's values, set when the office opens the year. */
    field('Deadline', 'Abgabefrist', 'DateTime', { dateOnly: true })
  ], { isTitleRequired: false, createKey: naturalKey('ReportingYear') }),
  /**
   * A department's request to correct a value of a locked year: the department may only add
   * (its year folder is read-only then), the office decides and applies an accepted one. The
   * value before the correction stays here (Previous*), which makes the value's history.
   */
  CorrectionRequests: list(
    'CorrectionRequests',
    { title: 'Korrekturanträge', titleColumn: 'Bezeichnung', contentType: 'Korrekturantrag' },
    [
      lookup('Indicator', 'Kennzahl', 'Indicators', required),
      field('ReportingYear', 'Jahr', 'Number', { required: true, indexed: true }),
      lookup('Department', 'Fachbereich', 'Departments', required),
      // Several requests may concern one value, so the value's key is indexed but not unique here.
      field('ValueKey', 'Wertschlüssel', 'Text', { required: true, indexed: true }),
      num('Total', 'Gesamt', true),
      num('Female', 'Weiblich'),
      num('Male', 'Männlich'),
      num('Diverse', 'Divers'),
      num('NotStated', 'Ohne Angabe'),
      text('Source', 'Quelle'),
      note('ValueComment', 'Kommentar'),
      field('CorrectionReason', 'Korrekturgrund', 'Note', required),
      field('RequestStatus', 'Status des Antrags', 'Choice', { choices: CorrectionRequestStatusChoices.labels, required: true, indexed: true }),
      num('PreviousTotal', 'Bisher: Gesamt'),
      num('PreviousFemale', 'Bisher: Weiblich'),
      num('PreviousMale', 'Bisher: Männlich'),
      num('PreviousDiverse', 'Bisher: Divers'),
      num('PreviousNotStated', 'Bisher: Ohne Angabe'),
      field('DecidedBy', 'Entschieden von', 'User'),
      field('DecidedAt', 'Entschieden am', 'DateTime'),
      note('DecisionNote', 'Begründung der Entscheidung'),
      createKey
    ],
    { hasDepartmentFolders: true, isTitleRequired: false, createKey: generatedKey }
  ),
  /**
   * Sessions of the bodies (Steuerungsgruppe, Beirat, Ausschuss, Rat). No folders: the list inherits
   * the web's permissions, so the office writes and every department reads what was decided.
   */
  BodySessions: list(
    'BodySessions',
    { title: 'Gremiensitzungen', titleColumn: 'Sitzung', contentType: 'Gremiensitzung' },
    [
      choice('Body', 'Gremium', BodyChoices.labels, true),
      field('SessionDate', 'Sitzungsdatum', 'DateTime', { required: true, indexed: true, dateOnly: true }),
      text('PaperNumber', 'Drucksache'),
      note('AgendaItems', 'Tagesordnungspunkte'),
      note('Decisions', 'Beschlüsse'),
      lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods'),
      createKey,
      field('SessionStatus', 'Stand der Sitzung', 'Choice', { choices: SessionStatusChoices.labels, indexed: true }),
      text('EventId', 'Outlook-Termin-ID')
    ],
    { createKey: generatedKey }
  ),
  /** Action items of a session (Arbeitsaufträge): listed as open on the next session's agenda until done. */
  ActionItems: list('ActionItems', { title: 'Arbeitsaufträge', titleColumn: 'Arbeitsauftrag', contentType: 'Arbeitsauftrag' }, [
    lookup('Session', 'Sitzung', 'BodySessions', required),
    lookup('Department', 'Fachbereich', 'Departments', required),
    field('DueDate', 'Fällig am', 'DateTime', { dateOnly: true }),
    field('IsDone', 'Erledigt', 'Boolean'),
    field('DoneAt', 'Erledigt am', 'DateTime', { dateOnly: true }),
    note('Description', 'Beschreibung'),
    createKey
  ], { createKey: generatedKey }),
  Reports: list(
    'Reports',
    { title: 'Berichte', titleColumn: 'Titel', contentType: 'Bericht' },
    [
      choice('ReportType', 'Berichtsart', ReportTypeChoices.labels),
      num('ReportYear', 'Berichtsjahr'),
      lookup('PlanPeriod', 'Fortschreibung', 'PlanPeriods'),
      // The Beirat's release (only the office writes here: the library inherits the web's permissions) and the last publication.
      lookup('ReleaseSession', 'Freigegeben in der Beiratssitzung', 'BodySessions', notIndexed),
      field('ReleasedAt', 'Freigegeben am', 'DateTime', { dateOnly: true }),
      field('PublishedAt', 'Veröffentlicht am', 'DateTime'),
      field('PublishedBy', 'Veröffentlicht von', 'User')
    ],
    { template: 101, url: 'Berichte' }
  ),
  /**
   * The office's decisions on submitted values (Wertprüfungen), one item per decision: the latest
   * per value counts while the value is still the version it names (ReviewedETag). No folders: the
   * list inherits the web's permissions, so the office writes and every department reads.
   */
  ValueReviews: list(
    'ValueReviews',
    { title: 'Wertprüfungen', titleColumn: 'Bezeichnung', contentType: 'Wertprüfung' },
    [
      // Several decisions may concern one value, so its key is indexed but not unique here.
      field('ValueKey', 'Wertschlüssel', 'Text', { required: true, indexed: true }),
      lookup('Indicator', 'Kennzahl', 'Indicators', required),
      field('ReportingYear', 'Jahr', 'Number', { required: true, indexed: true }),
      lookup('Department', 'Fachbereich', 'Departments', required),
      choice('Decision', 'Entscheidung', ValueReviewDecisionChoices.labels),
      note('ReviewComment', 'Kommentar der Prüfung'),
      field('ReviewedETag', 'Geprüfte Version', 'Text', required),
      field('ReviewedAt', 'Geprüft am', 'DateTime', required),
      field('ReviewedBy', 'Geprüft von', 'User'),
      createKey
    ],
    { isTitleRequired: false, createKey: generatedKey }
  ),
  /**
   * What the office published: released reports and their public indicator datasets. Unique
   * permissions: everyone in the city reads ("Everyone except external users"), only the office writes.
   */
  Publications: list(
    'Publications',
    { title: 'Veröffentlichungen', titleColumn: 'Titel', contentType: 'Veröffentlichung' },
    [
      choice('ReportType', 'Berichtsart', ReportTypeChoices.labels),
      num('ReportYear', 'Berichtsjahr'),
      choice('PublicationKind', 'Art der Veröffentlichung', PublicationKindChoices.labels)
    ],
    { template: 101, url: 'Veroeffentlichungen' }
  ),
  /**
   * Each department's indicator workbook per reporting year (`departmentWorkbook.ts`), in one folder
   * per department with unique permissions: the department edits its file, the office full, nobody else reads.
   */
  DepartmentWorkbooks: list(
    'DepartmentWorkbooks',
    { title: 'Kennzahlen-Arbeitsmappen', titleColumn: 'Titel', contentType: 'Kennzahlen-Arbeitsmappe' },
    [num('ReportYear', 'Berichtsjahr')],
    { template: 101, url: 'Kennzahlenmappen', hasDepartmentFolders: true }
  ),
  /**
   * Who reminded which department of its missing values, when (Erinnerungen): one item per
   * department and click, by a key made of both. No folders: the list inherits the web's
   * permissions, so the office writes and every department reads.
   */
  Reminders: list(
    'Reminders',
    { title: 'Erinnerungen', titleColumn: 'Bezeichnung', contentType: 'Erinnerung' },
    [
      lookup('Department', 'Fachbereich', 'Departments', required),
      field('ReportingYear', 'Jahr', 'Number', { required: true, indexed: true }),
      field('SentAt', 'Gesendet am', 'DateTime', required),
      field('SentBy', 'Gesendet von', 'User'),
      num('MissingCount', 'Fehlende Werte', true),
      choice('Outcome', 'Ergebnis', ReminderOutcomeChoices.labels),
      createKey
    ],
    { isTitleRequired: false, createKey: generatedKey }
  )
} as const;

export type ListName = keyof typeof listSchema;

/** Url names of the lists (`'Measures'` for `Lists/Measures`; `'Berichte'` is the library's URL). */
export const ListNames: { readonly [L in ListName]: L } = Object.fromEntries(Object.keys(listSchema).map((name) => [name, name])) as { readonly [L in ListName]: L };

/** Every list in provisioning order: a lookup's target comes before the list that points to it. */
export const allLists: readonly ListSpec[] = Object.values(listSchema);

type FieldNamesOf<L extends ListName> = (typeof listSchema)[L]['fields'][number]['name'];

/** Internal names per list, e.g. `Fields.Measures.LeadDepartment === 'LeadDepartment'`; `Title` exists on every list. */
export const Fields: { readonly [L in ListName]: { readonly [F in FieldNamesOf<L> | 'Title']: F } } = Object.fromEntries(
  allLists.map((spec) => [spec.name, Object.fromEntries(['Title', ...spec.fields.map((f) => f.name)].map((name) => [name, name]))])
) as never;

/** The list of a Url name ('Measures') or a web-relative URL ('Lists/Measures'). */
export function listSpec(nameOrUrl: string): ListSpec | undefined {
  const wanted = nameOrUrl.replace(/^\/+/, '').toLowerCase();
  return allLists.find((spec) => spec.name.toLowerCase() === wanted || spec.url.toLowerCase() === wanted);
}

/** Lookup and person columns are read and written through `<Name>Id` in SharePoint REST. */
export function idFieldName(internalName: string): string {
  return `${internalName}Id`;
}

/**
 * Url names of the lists as the data layer addresses them: `Lists/<Url>` for lists, while
 * the report library sits at the web root under its own name (`Berichte`).
 */
export const ListUrl: { readonly [L in ListName]: string } = Object.fromEntries(allLists.map((spec) => [spec.name, spec.url.replace(/^Lists\//, '')])) as never;

/** Internal field names per list, one constant each (`MeasureFields.LeadDepartment === 'LeadDepartment'`). */
export const ConceptFields = Fields.Concepts;
export const PlanPeriodFields = Fields.PlanPeriods;
export const DepartmentFields = Fields.Departments;
export const ContactFields = Fields.Contacts;
export const FieldOfActionFields = Fields.FieldsOfAction;
export const GoalFields = Fields.Goals;
export const MeasureFields = Fields.Measures;
export const IndicatorFields = Fields.Indicators;
export const IndicatorValueFields = Fields.IndicatorValues;
export const InitialReviewFields = Fields.InitialReviews;
export const MeetingFields = Fields.Meetings;
export const GoalAgreementFields = Fields.GoalAgreements;
export const AgreementItemFields = Fields.AgreementItems;
export const AgreementCommentFields = Fields.AgreementComments;
export const SteeringMeetingFields = Fields.SteeringMeetings;
export const GoalChangeFields = Fields.GoalChanges;
export const ReportFields = Fields.Reports;
export const ReportingYearFields = Fields.ReportingYears;
export const CorrectionRequestFields = Fields.CorrectionRequests;
export const BodySessionFields = Fields.BodySessions;
export const GuidingGoalFields = Fields.GuidingGoals;
export const ActionItemFields = Fields.ActionItems;
export const ValueReviewFields = Fields.ValueReviews;
export const PublicationFields = Fields.Publications;
export const DepartmentWorkbookFields = Fields.DepartmentWorkbooks;
export const ReminderFields = Fields.Reminders;

/**
 * Item-level write security of the lists that restrict it (SharePoint's WriteSecurity: 2 = users
 * change and delete only the items they created; 1, everything their permissions allow, elsewhere).
 * The schema's `WriteSecurity` attribute sets it when the feature creates a list; lists of an earlier
 * release get it from the set-up script. A test keeps this map and the schema XML in step.
 */
export const itemWriteSecurity: Readonly<Partial<Record<ListName, 2>>> = { AgreementComments: 2 };
