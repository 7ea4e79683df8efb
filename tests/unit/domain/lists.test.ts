import { allLists, Fields, ListUrl, listSchema, listSpec, MeasureFields, IndicatorValueFields, idFieldName } from '../../../src/domain/lists';
import { MeasureStatusChoices, ReviewAnswerChoices } from '../../../src/domain/choices';

/** The list schema contract: Url → InternalName: Type (Title is built in everywhere). */
const contract: Record<string, { title: string; fields: Record<string, string> }> = {
  Concepts: { title: 'Integrationskonzepte', fields: { ConceptYear: 'Number', Description: 'Note' } },
  PlanPeriods: {
    title: 'Fortschreibungen',
    fields: {
      UpdateNumber: 'Number', StartYear: 'Number', EndYear: 'Number', AdoptionDate: 'DateTime',
      PeriodStatus: 'Choice',
      PaperNumber: 'Text',
      ClosedAt: 'DateTime',
      ClosedBy: 'User',
      ReopenedAt: 'DateTime',
      ReopenedBy: 'User',
      ReopenReason: 'Note',
      CreateKey: 'Text'
    }
  },
  GuidingGoals: { title: 'Leitziele', fields: { SortOrder: 'Number', PlanPeriod: 'Lookup>PlanPeriods', Description: 'Note', PredecessorGuidingGoal: 'Lookup>GuidingGoals', CreateKey: 'Text' } },
  Departments: { title: 'Fachbereiche', fields: { DepartmentNumber: 'Text', GroupName: 'Text' } },
  Contacts: { title: 'Ansprechpersonen', fields: { ContactUser: 'User', Email: 'Text', Phone: 'Text', Department: 'Lookup>Departments', IsPrimary: 'Boolean' } },
  FieldsOfAction: { title: 'Handlungsfelder', fields: { SortOrder: 'Number', PlanPeriod: 'Lookup>PlanPeriods', Description: 'Note', CreateKey: 'Text', PredecessorFieldOfAction: 'Lookup>FieldsOfAction' } },
  Goals: { title: 'Einzelziele', fields: { GoalNumber: 'Text', FieldOfAction: 'Lookup>FieldsOfAction', PlanPeriod: 'Lookup>PlanPeriods', Description: 'Note', CreateKey: 'Text', PredecessorGoal: 'Lookup>Goals' } },
  Measures: {
    title: 'Maßnahmen',
    fields: {
      MeasureNumber: 'Text',
      Goal: 'Lookup>Goals',
      PlanPeriod: 'Lookup>PlanPeriods',
      LeadDepartment: 'Lookup>Departments',
      InvolvedDepartments: 'LookupMulti>Departments',
      SourceConcept: 'Lookup>Concepts',
      MeasureStatus: 'Choice',
      Contact: 'User',
      Description: 'Note',
      ImportKey: 'Text',
      PredecessorMeasure: 'Lookup>Measures'
    }
  },
  Indicators: {
    title: 'Kennzahlen',
    fields: { Measure: 'Lookup>Measures', Goal: 'Lookup>Goals', Department: 'Lookup>Departments', Unit: 'Text', Direction: 'Choice', TargetValue: 'Number', IsGenderSplit: 'Boolean', Description: 'Note', BudgetProduct: 'Text', CreateKey: 'Text', PredecessorIndicator: 'Lookup>Indicators', SeriesContinuity: 'Choice' }
  },
  IndicatorValues: {
    title: 'Kennzahlwerte',
    fields: {
      ValueKey: 'Text',
      Indicator: 'Lookup>Indicators',
      ValueYear: 'Number',
      Total: 'Number',
      Female: 'Number',
      Male: 'Number',
      Diverse: 'Number',
      NotStated: 'Number',
      Source: 'Text',
      ValueComment: 'Note',
      Department: 'Lookup>Departments',
      IsCorrection: 'Boolean',
      CorrectionReason: 'Note',
      CorrectedBy: 'User',
      CorrectedAt: 'DateTime'
    }
  },
  InitialReviews: {
    title: 'Erstgespräche',
    fields: {
      Measure: 'Lookup>Measures',
      Department: 'Lookup>Departments',
      IsCurrent: 'Choice',
      IsAppropriate: 'Choice',
      ImplementationStatus: 'Choice',
      ReviewNotes: 'Note',
      ReviewDate: 'DateTime',
      ReviewKey: 'Text'
    }
  },
  Meetings: {
    title: 'Termine',
    fields: {
      MeetingKind: 'Choice',
      Department: 'Lookup>Departments',
      MeetingYear: 'Number',
      MeetingStart: 'DateTime',
      MeetingEnd: 'DateTime',
      Attendees: 'Note',
      IsOnlineMeeting: 'Boolean',
      MeetingState: 'Choice',
      EventId: 'Text',
      TransactionId: 'Text',
      Agenda: 'Note'
    }
  },
  GoalAgreements: {
    title: 'Zielvereinbarungen',
    fields: {
      Department: 'Lookup>Departments',
      AgreementYear: 'Number',
      AgreementStatus: 'Choice',
      ReviewedOn: 'DateTime',
      PreviousAgreement: 'Lookup>GoalAgreements',
      AgreementNotes: 'Note',
      AgreementKey: 'Text'
    }
  },
  AgreementItems: {
    title: 'Vereinbarte Maßnahmen',
    fields: {
      Agreement: 'Lookup>GoalAgreements',
      Measure: 'Lookup>Measures',
      Target: 'Note',
      Achievement: 'Choice',
      AchievementReason: 'Note',
      CarriedOverFrom: 'Lookup>AgreementItems',
      ResponsibleContact: 'Lookup>Contacts',
      ItemNotes: 'Note',
      CreateKey: 'Text'
    }
  },
  AgreementComments: { title: 'Anmerkungen zu Zielvereinbarungen', fields: { Agreement: 'Lookup>GoalAgreements', CommentText: 'Note', CreateKey: 'Text' } },
  SteeringMeetings: { title: 'Steuerungsgruppensitzungen', fields: { MeetingDate: 'DateTime', Attendees: 'Note', Agenda: 'Note', Decisions: 'Note', EventId: 'Text' } },
  GoalChanges: {
    title: 'Zieländerungen',
    fields: {
      Goal: 'Lookup>Goals',
      ChangeType: 'Choice',
      ChangeDescription: 'Note',
      ChangeStatus: 'Choice',
      ProposedDate: 'DateTime',
      AdvisoryBoardDate: 'DateTime',
      CommitteeDate: 'DateTime',
      CommitteeReference: 'Text',
      PlanPeriod: 'Lookup>PlanPeriods',
      ChangeReason: 'Note',
      AdvisoryBoardSession: 'Lookup>BodySessions',
      CommitteeSession: 'Lookup>BodySessions',
      CreateKey: 'Text'
    }
  },
  ReportingYears: { title: 'Berichtsjahre', fields: { ReportingYear: 'Number', IsLocked: 'Boolean', LockedAt: 'DateTime', LockedBy: 'User', Deadline: 'DateTime' } },
  CorrectionRequests: {
    title: 'Korrekturanträge',
    fields: {
      Indicator: 'Lookup>Indicators',
      ReportingYear: 'Number',
      Department: 'Lookup>Departments',
      ValueKey: 'Text',
      Total: 'Number',
      Female: 'Number',
      Male: 'Number',
      Diverse: 'Number',
      NotStated: 'Number',
      Source: 'Text',
      ValueComment: 'Note',
      CorrectionReason: 'Note',
      RequestStatus: 'Choice',
      PreviousTotal: 'Number',
      PreviousFemale: 'Number',
      PreviousMale: 'Number',
      PreviousDiverse: 'Number',
      PreviousNotStated: 'Number',
      DecidedBy: 'User',
      DecidedAt: 'DateTime',
      DecisionNote: 'Note',
      CreateKey: 'Text'
    }
  },
  BodySessions: {
    title: 'Gremiensitzungen',
    fields: { Body: 'Choice', SessionDate: 'DateTime', PaperNumber: 'Text', AgendaItems: 'Note', Decisions: 'Note', PlanPeriod: 'Lookup>PlanPeriods', CreateKey: 'Text', SessionStatus: 'Choice', EventId: 'Text' }
  },
  ActionItems: {
    title: 'Arbeitsaufträge',
    fields: { Session: 'Lookup>BodySessions', Department: 'Lookup>Departments', DueDate: 'DateTime', IsDone: 'Boolean', DoneAt: 'DateTime', Description: 'Note', CreateKey: 'Text' }
  },
  Berichte: {
    title: 'Berichte',
    fields: { ReportType: 'Choice', ReportYear: 'Number', PlanPeriod: 'Lookup>PlanPeriods', ReleaseSession: 'Lookup>BodySessions', ReleasedAt: 'DateTime', PublishedAt: 'DateTime', PublishedBy: 'User' }
  },
  ValueReviews: {
    title: 'Wertprüfungen',
    fields: {
      ValueKey: 'Text',
      Indicator: 'Lookup>Indicators',
      ReportingYear: 'Number',
      Department: 'Lookup>Departments',
      Decision: 'Choice',
      ReviewComment: 'Note',
      ReviewedETag: 'Text',
      ReviewedAt: 'DateTime',
      ReviewedBy: 'User',
      CreateKey: 'Text'
    }
  },
  Veroeffentlichungen: { title: 'Veröffentlichungen', fields: { ReportType: 'Choice', ReportYear: 'Number', PublicationKind: 'Choice' } },
  Kennzahlenmappen: { title: 'Kennzahlen-Arbeitsmappen', fields: { ReportYear: 'Number' } },
  Reminders: {
    title: 'Erinnerungen',
    fields: { Department: 'Lookup>Departments', ReportingYear: 'Number', SentAt: 'DateTime', SentBy: 'User', MissingCount: 'Number', Outcome: 'Choice', CreateKey: 'Text' }
  }
};

describe('list map', () => {
  it('holds exactly the lists and fields of the contract, with their types and lookup targets', () => {
    const actual = Object.fromEntries(
      allLists.map((spec) => [
        ListUrl[spec.name as keyof typeof ListUrl],
        {
          title: spec.title,
          fields: Object.fromEntries(spec.fields.map((f) => [f.name, f.lookupList ? `${f.type}>${ListUrl[f.lookupList as keyof typeof ListUrl]}` : f.type]))
        }
      ])
    );
    expect(actual).toEqual(contract);
  });

  it('gives Url names and internal names as constants', () => {
    expect(ListUrl.Measures).toBe('Measures');
    expect(ListUrl.Reports).toBe('Berichte');
    expect(listSchema.Reports.url).toBe('Berichte');
    expect(listSchema.Measures.url).toBe('Lists/Measures');
    expect(MeasureFields.LeadDepartment).toBe('LeadDepartment');
    expect(IndicatorValueFields.ValueKey).toBe('ValueKey');
    expect(Fields.GoalChanges.Title).toBe('Title');
    expect(idFieldName(MeasureFields.LeadDepartment)).toBe('LeadDepartmentId');
  });

  it('keeps the upsert keys unique and indexed, and department data in folders', () => {
    const keyFields = [
      ['IndicatorValues', 'ValueKey'],
      ['Measures', 'ImportKey'],
      ['InitialReviews', 'ReviewKey'],
      ['GoalAgreements', 'AgreementKey'],
      ['Meetings', 'TransactionId'],
      ['Departments', 'DepartmentNumber']
    ] as const;
    for (const [list, name] of keyFields) {
      const field = listSchema[list].fields.find((f) => f.name === name);
      expect({ list, name, unique: field?.unique, indexed: field?.indexed }).toEqual({ list, name, unique: true, indexed: true });
    }
    expect(allLists.filter((spec) => spec.hasDepartmentFolders).map((spec) => spec.name)).toEqual(['Measures', 'IndicatorValues', 'InitialReviews', 'Meetings', 'GoalAgreements', 'AgreementItems', 'AgreementComments', 'CorrectionRequests', 'DepartmentWorkbooks']);
  });

  it('offers the German values of the choice tables', () => {
    expect(listSchema.Measures.fields.find((f) => f.name === 'MeasureStatus')?.choices).toEqual(MeasureStatusChoices.labels);
    expect(listSchema.InitialReviews.fields.find((f) => f.name === 'ImplementationStatus')?.choices).toEqual(MeasureStatusChoices.labels);
    expect(listSchema.InitialReviews.fields.find((f) => f.name === 'IsCurrent')?.choices).toEqual(ReviewAnswerChoices.labels);
  });

  it('uses ASCII internal names only', () => {
    for (const spec of allLists) {
      for (const field of spec.fields) {
        expect(field.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      }
    }
  });

  it('finds a list by Url name or web-relative URL', () => {
    expect(listSpec('Lists/Measures')?.name).toBe('Measures');
    expect(listSpec('measures')?.title).toBe('Maßnahmen');
    expect(listSpec('Berichte')?.template).toBe(101);
    expect(listSpec('Unbekannt')).toBeUndefined();
  });
});
