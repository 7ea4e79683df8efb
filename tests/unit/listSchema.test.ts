import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { allLists } from '../../src/domain/lists';

/**
 * The list contract shared by the domain, the emulator and the data layer, checked against the
 * feature-framework XML that provisions the lists on a tenant and in the emulator.
 */

const assetsDir = path.resolve(__dirname, '../../sharepoint/assets');

type FieldType = 'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'Lookup' | 'LookupMulti' | 'User';
interface ExpectedField {
  readonly type: FieldType;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  /** Url name of the lookup target. */
  readonly lookup?: string;
  readonly choices?: readonly string[];
  readonly dateOnly?: boolean;
}
interface ExpectedList {
  readonly title: string;
  readonly url: string;
  readonly template: 100 | 101;
  readonly fields: Readonly<Record<string, ExpectedField>>;
}

const measureStatus = ['geplant', 'in Umsetzung', 'umgesetzt', 'Daueraufgabe', 'zurückgestellt', 'entfallen'];
const reviewAnswer = ['ja', 'nein', 'offen'];
const reportTypes = ['Status-Quo-Bericht', 'Jahresbericht', 'Bericht zur Fortschreibung', 'Berichtsvorlage'];
const text: ExpectedField = { type: 'Text' };
const note: ExpectedField = { type: 'Note' };
const num: ExpectedField = { type: 'Number' };
const date: ExpectedField = { type: 'DateTime' };
const key: ExpectedField = { type: 'Text', indexed: true, unique: true };
const lookup = (target: string, indexed = true): ExpectedField => ({ type: 'Lookup', lookup: target, indexed });

const contract: Readonly<Record<string, ExpectedList>> = {
  Concepts: { title: 'Integrationskonzepte', url: 'Lists/Concepts', template: 100, fields: { ConceptYear: num, Description: note } },
  PlanPeriods: {
    title: 'Fortschreibungen',
    url: 'Lists/PlanPeriods',
    template: 100,
    fields: {
      UpdateNumber: num,
      StartYear: num,
      EndYear: num,
      AdoptionDate: { type: 'DateTime', dateOnly: true },
      PeriodStatus: { type: 'Choice', choices: ['Entwurf', 'Beschlossen', 'Abgeschlossen'] },
      PaperNumber: text,
      ClosedAt: date,
      ClosedBy: { type: 'User' },
      ReopenedAt: date,
      ReopenedBy: { type: 'User' },
      ReopenReason: note,
      CreateKey: key
    }
  },
  GuidingGoals: {
    title: 'Leitziele',
    url: 'Lists/GuidingGoals',
    template: 100,
    fields: { SortOrder: num, PlanPeriod: lookup('PlanPeriods'), Description: note, PredecessorGuidingGoal: lookup('GuidingGoals'), CreateKey: key }
  },
  Departments: { title: 'Fachbereiche', url: 'Lists/Departments', template: 100, fields: { DepartmentNumber: key, GroupName: text } },
  Contacts: {
    title: 'Ansprechpersonen',
    url: 'Lists/Contacts',
    template: 100,
    fields: { ContactUser: { type: 'User' }, Email: text, Phone: text, Department: lookup('Departments'), IsPrimary: { type: 'Boolean' } }
  },
  FieldsOfAction: { title: 'Handlungsfelder', url: 'Lists/FieldsOfAction', template: 100, fields: { SortOrder: num, PlanPeriod: lookup('PlanPeriods'), Description: note, CreateKey: key, PredecessorFieldOfAction: lookup('FieldsOfAction') } },
  Goals: {
    title: 'Einzelziele',
    url: 'Lists/Goals',
    template: 100,
    fields: { GoalNumber: text, FieldOfAction: lookup('FieldsOfAction'), PlanPeriod: lookup('PlanPeriods'), Description: note, CreateKey: key, PredecessorGoal: lookup('Goals') }
  },
  Measures: {
    title: 'Maßnahmen',
    url: 'Lists/Measures',
    template: 100,
    fields: {
      MeasureNumber: text,
      Goal: lookup('Goals'),
      PlanPeriod: lookup('PlanPeriods'),
      LeadDepartment: lookup('Departments'),
      InvolvedDepartments: { type: 'LookupMulti', lookup: 'Departments' },
      SourceConcept: lookup('Concepts'),
      MeasureStatus: { type: 'Choice', choices: measureStatus, indexed: true },
      Contact: { type: 'User' },
      Description: note,
      ImportKey: key,
      PredecessorMeasure: lookup('Measures')
    }
  },
  Indicators: {
    title: 'Kennzahlen',
    url: 'Lists/Indicators',
    template: 100,
    fields: {
      Measure: lookup('Measures'),
      Goal: lookup('Goals'),
      Department: lookup('Departments'),
      Unit: text,
      Direction: { type: 'Choice', choices: ['höher ist besser', 'niedriger ist besser'] },
      TargetValue: num,
      IsGenderSplit: { type: 'Boolean' },
      Description: note,
      BudgetProduct: text,
      CreateKey: key,
      PredecessorIndicator: lookup('Indicators'),
      SeriesContinuity: { type: 'Choice', choices: ['fortgeführt', 'umbenannt', 'neu definiert'] }
    }
  },
  IndicatorValues: {
    title: 'Kennzahlwerte',
    url: 'Lists/IndicatorValues',
    template: 100,
    fields: {
      ValueKey: key,
      Indicator: lookup('Indicators'),
      ValueYear: { type: 'Number', indexed: true },
      Total: num,
      Female: num,
      Male: num,
      Diverse: num,
      NotStated: num,
      Source: text,
      ValueComment: note,
      Department: lookup('Departments'),
      IsCorrection: { type: 'Boolean' },
      CorrectionReason: note,
      CorrectedBy: { type: 'User' },
      CorrectedAt: date
    }
  },
  InitialReviews: {
    title: 'Erstgespräche',
    url: 'Lists/InitialReviews',
    template: 100,
    fields: {
      Measure: lookup('Measures'),
      Department: lookup('Departments'),
      IsCurrent: { type: 'Choice', choices: reviewAnswer },
      IsAppropriate: { type: 'Choice', choices: reviewAnswer },
      ImplementationStatus: { type: 'Choice', choices: measureStatus },
      ReviewNotes: note,
      ReviewDate: date,
      ReviewKey: key
    }
  },
  Meetings: {
    title: 'Termine',
    url: 'Lists/Meetings',
    template: 100,
    fields: {
      MeetingKind: { type: 'Choice', choices: ['Zielvereinbarungsgespräch', 'Erstgespräch', 'Steuerungsgruppe'], indexed: true },
      Department: lookup('Departments'),
      MeetingYear: { type: 'Number', indexed: true },
      MeetingStart: date,
      MeetingEnd: date,
      Attendees: note,
      IsOnlineMeeting: { type: 'Boolean' },
      MeetingState: { type: 'Choice', choices: ['vorgeschlagen', 'gebucht', 'abgesagt'] },
      EventId: text,
      TransactionId: key,
      Agenda: note
    }
  },
  GoalAgreements: {
    title: 'Zielvereinbarungen',
    url: 'Lists/GoalAgreements',
    template: 100,
    fields: {
      Department: lookup('Departments'),
      AgreementYear: { type: 'Number', indexed: true },
      AgreementStatus: { type: 'Choice', choices: ['Entwurf', 'vereinbart', 'überprüft'] },
      ReviewedOn: { type: 'DateTime', dateOnly: true },
      PreviousAgreement: lookup('GoalAgreements', false),
      AgreementNotes: note,
      AgreementKey: key
    }
  },
  AgreementItems: {
    title: 'Vereinbarte Maßnahmen',
    url: 'Lists/AgreementItems',
    template: 100,
    fields: {
      Agreement: lookup('GoalAgreements'),
      Measure: lookup('Measures'),
      Target: note,
      Achievement: { type: 'Choice', choices: ['offen', 'erreicht', 'teilweise erreicht', 'nicht erreicht', 'entfallen'] },
      AchievementReason: note,
      CarriedOverFrom: lookup('AgreementItems', false),
      ResponsibleContact: lookup('Contacts', false),
      ItemNotes: note,
      CreateKey: key
    }
  },
  AgreementComments: {
    title: 'Anmerkungen zu Zielvereinbarungen',
    url: 'Lists/AgreementComments',
    template: 100,
    fields: { Agreement: lookup('GoalAgreements'), CommentText: note, CreateKey: key }
  },
  SteeringMeetings: {
    title: 'Steuerungsgruppensitzungen',
    url: 'Lists/SteeringMeetings',
    template: 100,
    fields: { MeetingDate: date, Attendees: note, Agenda: note, Decisions: note, EventId: text }
  },
  GoalChanges: {
    title: 'Zieländerungen',
    url: 'Lists/GoalChanges',
    template: 100,
    fields: {
      Goal: lookup('Goals'),
      ChangeType: { type: 'Choice', choices: ['neues Ziel', 'Ziel erreicht', 'Ziel geändert', 'Ziel gestrichen'] },
      ChangeDescription: note,
      ChangeStatus: { type: 'Choice', choices: ['vorgeschlagen', 'Beirat zugestimmt', 'beschlossen', 'abgelehnt'] },
      ProposedDate: date,
      AdvisoryBoardDate: date,
      CommitteeDate: date,
      CommitteeReference: text,
      PlanPeriod: lookup('PlanPeriods'),
      ChangeReason: note,
      AdvisoryBoardSession: lookup('BodySessions'),
      CommitteeSession: lookup('BodySessions'),
      CreateKey: key
    }
  },
  ReportingYears: {
    title: 'Berichtsjahre',
    url: 'Lists/ReportingYears',
    template: 100,
    fields: { ReportingYear: { type: 'Number', indexed: true, unique: true }, IsLocked: { type: 'Boolean' }, LockedAt: date, LockedBy: { type: 'User' }, Deadline: { type: 'DateTime', dateOnly: true } }
  },
  CorrectionRequests: {
    title: 'Korrekturanträge',
    url: 'Lists/CorrectionRequests',
    template: 100,
    fields: {
      Indicator: lookup('Indicators'),
      ReportingYear: { type: 'Number', indexed: true },
      Department: lookup('Departments'),
      ValueKey: { type: 'Text', indexed: true },
      Total: num,
      Female: num,
      Male: num,
      Diverse: num,
      NotStated: num,
      Source: text,
      ValueComment: note,
      CorrectionReason: note,
      RequestStatus: { type: 'Choice', choices: ['Offen', 'Angenommen', 'Abgelehnt'], indexed: true },
      PreviousTotal: num,
      PreviousFemale: num,
      PreviousMale: num,
      PreviousDiverse: num,
      PreviousNotStated: num,
      DecidedBy: { type: 'User' },
      DecidedAt: date,
      DecisionNote: note,
      CreateKey: key
    }
  },
  BodySessions: {
    title: 'Gremiensitzungen',
    url: 'Lists/BodySessions',
    template: 100,
    fields: {
      Body: { type: 'Choice', choices: ['Steuerungsgruppe', 'Beirat', 'Ausschuss', 'Rat'], indexed: true },
      SessionDate: { type: 'DateTime', indexed: true, dateOnly: true },
      PaperNumber: text,
      AgendaItems: note,
      Decisions: note,
      PlanPeriod: lookup('PlanPeriods'),
      CreateKey: key,
      SessionStatus: { type: 'Choice', choices: ['geplant', 'gebucht', 'stattgefunden', 'abgesagt'], indexed: true },
      EventId: text
    }
  },
  ActionItems: {
    title: 'Arbeitsaufträge',
    url: 'Lists/ActionItems',
    template: 100,
    fields: {
      Session: lookup('BodySessions'),
      Department: lookup('Departments'),
      DueDate: { type: 'DateTime', dateOnly: true },
      IsDone: { type: 'Boolean' },
      DoneAt: { type: 'DateTime', dateOnly: true },
      Description: note,
      CreateKey: key
    }
  },

  Berichte: {
    title: 'Berichte',
    url: 'Berichte',
    template: 101,
    fields: {
      ReportType: { type: 'Choice', choices: reportTypes },
      ReportYear: num,
      PlanPeriod: { type: 'Lookup', lookup: 'PlanPeriods' },
      ReleaseSession: { type: 'Lookup', lookup: 'BodySessions' },
      ReleasedAt: { type: 'DateTime', dateOnly: true },
      PublishedAt: date,
      PublishedBy: { type: 'User' }
    }
  },
  ValueReviews: {
    title: 'Wertprüfungen',
    url: 'Lists/ValueReviews',
    template: 100,
    fields: {
      ValueKey: { type: 'Text', indexed: true },
      Indicator: lookup('Indicators'),
      ReportingYear: { type: 'Number', indexed: true },
      Department: lookup('Departments'),
      Decision: { type: 'Choice', choices: ['angenommen', 'zurückgegeben'] },
      ReviewComment: note,
      ReviewedETag: text,
      ReviewedAt: date,
      ReviewedBy: { type: 'User' },
      CreateKey: key
    }
  },
  Veroeffentlichungen: {
    title: 'Veröffentlichungen',
    url: 'Veroeffentlichungen',
    template: 101,
    fields: { ReportType: { type: 'Choice', choices: reportTypes }, ReportYear: num, PublicationKind: { type: 'Choice', choices: ['Bericht', 'Kennzahlen (CSV)', 'Kennzahlen (Webseite)'] } }
  },
  Kennzahlenmappen: { title: 'Kennzahlen-Arbeitsmappen', url: 'Kennzahlenmappen', template: 101, fields: { ReportYear: num } },
  Reminders: {
    title: 'Erinnerungen',
    url: 'Lists/Reminders',
    template: 100,
    fields: {
      Department: lookup('Departments'),
      ReportingYear: { type: 'Number', indexed: true },
      SentAt: date,
      SentBy: { type: 'User' },
      MissingCount: num,
      Outcome: { type: 'Choice', choices: ['gesendet', 'unklar'] },
      CreateKey: key
    }
  }
};

const genericListFeature = '00bfea71-de22-43b2-a848-c05709900100';
const documentLibraryFeature = '00bfea71-e717-4e80-aa17-d0c71b360101';
const titleFieldId = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ['Field', 'FieldRef', 'ContentType', 'ContentTypeRef', 'ListInstance', 'CHOICE', 'View', 'Form'].includes(name)
});

function readXml(file: string): Node {
  const xml = fs.readFileSync(path.join(assetsDir, file), 'utf8');
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new Error(`${file} is not well-formed: ${JSON.stringify(validation.err)}`);
  }
  return parser.parse(xml) as Node;
}

const attr = (node: Node, name: string): string | undefined => node[`@${name}`] as string | undefined;
const isTrue = (node: Node, name: string): boolean => (attr(node, name) ?? '').toUpperCase() === 'TRUE';
const guidOf = (value: string | undefined): string => (value ?? '').replace(/[{}]/g, '').toLowerCase();
const choicesOf = (field: Node): string[] => (((field.CHOICES as Node | undefined)?.CHOICE as unknown[]) ?? []).map(String);
const urlName = (url: string): string => url.split('/').pop()!;

const elements = readXml('elements.xml').Elements as Node;
const siteColumns = (elements.Field as Node[]) ?? [];
const contentTypes = (elements.ContentType as Node[]) ?? [];
const listInstances = (elements.ListInstance as Node[]) ?? [];
const siteColumnByName = new Map(siteColumns.map((field) => [attr(field, 'Name')!, field]));

function instanceOf(listUrl: string): Node | undefined {
  return listInstances.find((instance) => attr(instance, 'Url') === listUrl);
}

function schemaOf(listUrl: string): Node {
  const instance = instanceOf(listUrl)!;
  return readXml(attr(instance, 'CustomSchema')!).List as Node;
}

function schemaFields(listUrl: string): Node[] {
  return (((schemaOf(listUrl).MetaData as Node).Fields as Node).Field as Node[]) ?? [];
}

describe('list schema XML (sharepoint/assets)', () => {
  it('defines exactly the lists of the contract, with German titles, URLs and the right templates and features', () => {
    expect(listInstances.map((instance) => attr(instance, 'Url')).sort()).toEqual(Object.values(contract).map((list) => list.url).sort());
    for (const list of Object.values(contract)) {
      const instance = instanceOf(list.url)!;
      expect({ url: list.url, title: attr(instance, 'Title'), template: attr(instance, 'TemplateType'), feature: attr(instance, 'FeatureId')?.toLowerCase() }).toEqual({
        url: list.url,
        title: list.title,
        template: String(list.template),
        feature: list.template === 101 ? documentLibraryFeature : genericListFeature
      });
    }
  });

  it('gives every list a schema file that matches its instance', () => {
    for (const list of Object.values(contract)) {
      const customSchema = attr(instanceOf(list.url)!, 'CustomSchema');
      expect(customSchema && fs.existsSync(path.join(assetsDir, customSchema))).toBeTruthy();
      const schema = schemaOf(list.url);
      expect({ url: list.url, schemaUrl: attr(schema, 'Url'), baseType: attr(schema, 'BaseType') }).toEqual({ url: list.url, schemaUrl: list.url, baseType: list.template === 101 ? '1' : '0' });
    }
  });

  it('defines every contract field as a site column with the contract type, choices, index and uniqueness', () => {
    for (const [listName, list] of Object.entries(contract)) {
      for (const [name, expected] of Object.entries(list.fields)) {
        const column = siteColumnByName.get(name);
        expect({ list: listName, name, found: column !== undefined }).toEqual({ list: listName, name, found: true });
        const type = attr(column!, 'Type');
        const isMulti = type === 'LookupMulti' ? isTrue(column!, 'Mult') : undefined;
        expect({ list: listName, name, type, isMulti }).toEqual({ list: listName, name, type: expected.type, isMulti: expected.type === 'LookupMulti' ? true : undefined });
        if (expected.choices) {
          expect({ name, choices: choicesOf(column!) }).toEqual({ name, choices: [...expected.choices] });
        }
        if (expected.dateOnly) {
          expect({ name, format: attr(column!, 'Format') }).toEqual({ name, format: 'DateOnly' });
        }
      }
    }
  });

  it('repeats every contract field in the list schema with the site column ID, the required indexes and uniqueness', () => {
    for (const [listName, list] of Object.entries(contract)) {
      const fields = schemaFields(list.url);
      const byName = new Map(fields.map((field) => [attr(field, 'Name')!, field]));
      for (const [name, expected] of Object.entries(list.fields)) {
        const field = byName.get(name);
        expect({ list: listName, name, found: field !== undefined }).toEqual({ list: listName, name, found: true });
        expect({
          list: listName,
          name,
          id: guidOf(attr(field!, 'ID')),
          type: attr(field!, 'Type'),
          // An extra index is harmless; a missing one fails queries above the list view threshold.
          indexed: expected.indexed ? isTrue(field!, 'Indexed') : undefined,
          unique: isTrue(field!, 'EnforceUniqueValues')
        }).toEqual({
          list: listName,
          name,
          id: guidOf(attr(siteColumnByName.get(name)!, 'ID')),
          type: expected.type,
          indexed: expected.indexed ? true : undefined,
          unique: expected.unique ?? false
        });
      }
      const extra = [...byName.keys()].filter((name) => name !== 'Title' && !(name in list.fields));
      expect({ list: listName, extra }).toEqual({ list: listName, extra: [] });
    }
  });

  it('binds each list to a content type whose field refs cover the list fields', () => {
    const contentTypeIds = new Map(contentTypes.map((ct) => [attr(ct, 'ID')!.toUpperCase(), ct]));
    for (const [listName, list] of Object.entries(contract)) {
      const refs = (((schemaOf(list.url).MetaData as Node).ContentTypes as Node).ContentTypeRef as Node[]).map((ref) => attr(ref, 'ID')!.toUpperCase());
      const own = refs.find((id) => contentTypeIds.has(id));
      expect({ list: listName, hasContentType: own !== undefined }).toEqual({ list: listName, hasContentType: true });
      // Document content types derive from 0x0101, items from 0x01.
      expect(own!.startsWith(list.template === 101 ? '0X0101' : '0X0100')).toBe(true);
      const fieldRefs = ((contentTypeIds.get(own!)!.FieldRefs as Node).FieldRef as Node[]).map((ref) => attr(ref, 'Name'));
      expect({ list: listName, missing: Object.keys(list.fields).filter((name) => !fieldRefs.includes(name)) }).toEqual({ list: listName, missing: [] });
    }
  });

  it('uses ASCII internal names equal to their static names, and German display names', () => {
    const allFields = [...siteColumns, ...Object.values(contract).flatMap((list) => schemaFields(list.url))];
    for (const field of allFields) {
      const name = attr(field, 'Name')!;
      expect({ name, ascii: /^[A-Za-z][A-Za-z0-9_]*$/.test(name), staticName: attr(field, 'StaticName') }).toEqual({ name, ascii: true, staticName: name });
      expect((attr(field, 'DisplayName') ?? '').length).toBeGreaterThan(0);
    }
    for (const column of siteColumns) {
      expect(attr(column, 'Group')).toBe('Integrationsplanung');
    }
  });

  it('points every lookup to a list defined here, showing its Title, provisioned before the list that uses it', () => {
    const order = listInstances.map((instance) => attr(instance, 'Url')!);
    const definedUrls = new Set(order);
    for (const list of Object.values(contract)) {
      for (const field of schemaFields(list.url).filter((candidate) => (attr(candidate, 'Type') ?? '').startsWith('Lookup'))) {
        const target = attr(field, 'List')!;
        const name = attr(field, 'Name')!;
        expect({ name, target, defined: definedUrls.has(target), showField: attr(field, 'ShowField') }).toEqual({ name, target, defined: true, showField: 'Title' });
        expect(urlName(target)).toBe(list.fields[name].lookup);
        if (target !== list.url) {
          expect({ list: list.url, target, targetFirst: order.indexOf(target) < order.indexOf(list.url) }).toEqual({ list: list.url, target, targetFirst: true });
        }
      }
    }
    for (const column of siteColumns.filter((candidate) => (attr(candidate, 'Type') ?? '').startsWith('Lookup'))) {
      expect(definedUrls.has(attr(column, 'List')!)).toBe(true);
    }
  });

  it('uses unique GUIDs: one per site column, one per content type, and the built-in Title only as an override', () => {
    const fieldIds = siteColumns.map((field) => guidOf(attr(field, 'ID')));
    expect(fieldIds.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(fieldIds).size).toBe(fieldIds.length);
    expect(fieldIds).not.toContain(titleFieldId);
    const ctIds = contentTypes.map((ct) => attr(ct, 'ID')!.toUpperCase());
    expect(new Set(ctIds).size).toBe(ctIds.length);
    // Within a list, a GUID identifies exactly one column.
    for (const list of Object.values(contract)) {
      const ids = schemaFields(list.url).map((field) => guidOf(attr(field, 'ID')));
      expect(new Set(ids).size).toBe(ids.length);
      for (const field of schemaFields(list.url).filter((candidate) => attr(candidate, 'Name') === 'Title')) {
        expect(guidOf(attr(field, 'ID'))).toBe(titleFieldId);
      }
    }
  });

  it('gives every list a default view over existing columns and the three forms', () => {
    const builtIn = new Set(['LinkTitle', 'Title', 'ID', 'DocIcon', 'LinkFilename', 'Modified', 'Created', 'Editor', 'Author']);
    for (const list of Object.values(contract)) {
      const metaData = schemaOf(list.url).MetaData as Node;
      const views = (metaData.Views as Node).View as Node[];
      const defaultView = views.find((view) => isTrue(view, 'DefaultView'));
      expect({ list: list.url, hasDefaultView: defaultView !== undefined }).toEqual({ list: list.url, hasDefaultView: true });
      const viewFields = ((defaultView!.ViewFields as Node).FieldRef as Node[]).map((ref) => attr(ref, 'Name')!);
      expect(viewFields.length).toBeGreaterThanOrEqual(2);
      expect({ list: list.url, unknown: viewFields.filter((name) => !builtIn.has(name) && !(name in list.fields)) }).toEqual({ list: list.url, unknown: [] });
      const forms = ((metaData.Forms as Node).Form as Node[]).map((form) => attr(form, 'Type')).sort();
      expect(forms).toEqual(['DisplayForm', 'EditForm', 'NewForm']);
    }
  });

  it('lets folders be created in the lists that hold one folder per department', () => {
    for (const url of ['Lists/Measures', 'Lists/IndicatorValues', 'Lists/GoalAgreements', 'Lists/AgreementItems', 'Lists/AgreementComments', 'Lists/Meetings', 'Lists/InitialReviews', 'Lists/CorrectionRequests', 'Kennzahlenmappen']) {
      const schema = schemaOf(url);
      const refs = (((schema.MetaData as Node).ContentTypes as Node).ContentTypeRef as Node[]).map((ref) => attr(ref, 'ID'));
      expect({ url, folderCreation: attr(schema, 'FolderCreation'), folderContentType: refs.includes('0x0120') }).toEqual({ url, folderCreation: 'TRUE', folderContentType: true });
    }
  });

  it("matches the domain's list map (src/domain/lists.ts), so code and provisioned lists never drift apart", () => {
    const urlOf = (name: string): string => allLists.find((spec) => spec.name === name)?.url ?? name;
    expect(allLists.map((spec) => spec.url).sort()).toEqual(listInstances.map((instance) => attr(instance, 'Url')).sort());
    for (const spec of allLists) {
      const instance = instanceOf(spec.url)!;
      const fields = schemaFields(spec.url);
      const title = fields.find((field) => attr(field, 'Name') === 'Title');
      expect({ url: spec.url, title: attr(instance, 'Title'), template: attr(instance, 'TemplateType'), titleColumn: title && attr(title, 'DisplayName') }).toEqual({
        url: spec.url,
        title: spec.title,
        template: String(spec.template),
        titleColumn: spec.titleDisplayName
      });
      const xmlFields = fields
        .filter((field) => attr(field, 'Name') !== 'Title')
        .map((field) => ({
          name: attr(field, 'Name'),
          displayName: attr(field, 'DisplayName'),
          type: attr(field, 'Type'),
          required: isTrue(field, 'Required'),
          indexed: isTrue(field, 'Indexed'),
          unique: isTrue(field, 'EnforceUniqueValues'),
          lookup: attr(field, 'Type')?.startsWith('Lookup') ? attr(field, 'List') : undefined,
          choices: field.CHOICES ? choicesOf(field) : undefined,
          dateOnly: attr(field, 'Type') === 'DateTime' ? attr(field, 'Format') === 'DateOnly' : undefined
        }));
      const domainFields = spec.fields.map((field) => ({
        name: field.name,
        displayName: field.displayName,
        type: field.type,
        required: field.required,
        indexed: field.indexed,
        unique: field.unique,
        lookup: field.lookupList ? urlOf(field.lookupList) : undefined,
        choices: field.choices ? [...field.choices] : undefined,
        dateOnly: field.type === 'DateTime' ? field.dateOnly === true : undefined
      }));
      expect({ url: spec.url, fields: xmlFields }).toEqual({ url: spec.url, fields: domainFields });
    }
  });

  it('gives every list the product creates items in a unique, indexed key column in the XML', () => {
    // The lists the data layer creates items in (src/data): a create whose answer is lost is read back by this key.
    const created = ['PlanPeriods', 'GuidingGoals', 'FieldsOfAction', 'Goals', 'Measures', 'Indicators', 'IndicatorValues', 'InitialReviews', 'Meetings', 'GoalAgreements', 'AgreementItems', 'AgreementComments', 'GoalChanges', 'ReportingYears', 'CorrectionRequests', 'BodySessions', 'ActionItems', 'ValueReviews', 'Reminders'];
    expect(allLists.filter((spec) => spec.createKey).map((spec) => spec.name)).toEqual(created);
    for (const spec of allLists.filter((candidate) => candidate.createKey)) {
      const column = schemaFields(spec.url).find((field) => attr(field, 'Name') === spec.createKey!.field);
      expect({ list: spec.name, key: spec.createKey!.field, indexed: column && isTrue(column, 'Indexed'), unique: column && isTrue(column, 'EnforceUniqueValues') }).toEqual({
        list: spec.name,
        key: spec.createKey!.field,
        indexed: true,
        unique: true
      });
    }
  });

  it('ships every list schema file with the feature in config/package-solution.json', () => {
    const solution = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config/package-solution.json'), 'utf8')) as {
      solution: { features: Array<{ assets: { elementManifests: string[]; elementFiles: string[] } }> };
    };
    const assets = solution.solution.features.map((feature) => feature.assets);
    const schemaFiles = listInstances.map((instance) => attr(instance, 'CustomSchema')!);
    // A CustomSchema file missing from the package makes the feature fail to activate on the site.
    expect(assets.some((asset) => asset.elementManifests.includes('elements.xml') && schemaFiles.every((file) => asset.elementFiles.includes(file)))).toBe(true);
  });
});
