declare interface ISteeringWebPartStrings {
  // --- shell ---
  Title: string;
  TabsLabel: string;
  NothingToShow: string;
  // --- periods ---
  // --- copy ---
  // --- compare ---
  // --- goalChanges ---
  // --- sessions ---
  SessionsTab: string;
  SessionsLoading: string;
  SessionsFilterBody: string;
  SessionsFilterAllBodies: string;
  SessionsFilterPeriod: string;
  SessionsFilterAllPeriods: string;
  SessionsBodySteeringGroup: string;
  SessionsBodyAdvisoryBoard: string;
  SessionsBodyCommittee: string;
  SessionsBodyCouncil: string;
  SessionsStatusPlanned: string;
  SessionsStatusBooked: string;
  SessionsStatusHeld: string;
  SessionsStatusCancelled: string;
  SessionsListCaption: string;
  SessionsColumnDate: string;
  SessionsColumnBody: string;
  SessionsColumnTitle: string;
  SessionsColumnPaper: string;
  SessionsColumnStatus: string;
  SessionsNone: string;
  SessionsNew: string;
  SessionsBookSteering: string;
  SessionsOpen: string;
  SessionsOpenAria: string;
  SessionsReadOnly: string;
  SessionsEditorNew: string;
  SessionsEditorEdit: string;
  SessionsFieldTitle: string;
  SessionsFieldBody: string;
  SessionsFieldDate: string;
  SessionsFieldPaper: string;
  SessionsFieldStatus: string;
  SessionsFieldPeriod: string;
  SessionsNoPeriod: string;
  SessionsFieldDecisions: string;
  SessionsAgendaHeading: string;
  SessionsAgendaItemTitle: string;
  SessionsAgendaSubject: string;
  SessionsSubjectNone: string;
  SessionsSubjectReport: string;
  SessionsSubjectGoalChange: string;
  SessionsSubjectPlanPeriod: string;
  SessionsSubjectPick: string;
  SessionsSubjectGoalChangeId: string;
  SessionsSubjectShown: string;
  SessionsAgendaAdd: string;
  SessionsAgendaRemove: string;
  SessionsAgendaEmpty: string;
  SessionsSave: string;
  SessionsCancel: string;
  SessionsClose: string;
  SessionsTitleRequired: string;
  SessionsDateInvalid: string;
  SessionsAgendaInvalid: string;
  SessionsEdit: string;
  SessionsBook: string;
  SessionsFollowMeeting: string;
  SessionsDetailMeta: string;
  SessionsPaper: string;
  SessionsOpenItemsHeading: string;
  SessionsOpenItemsNone: string;
  SessionsOpenItemsCaption: string;
  SessionsDecisionsHeading: string;
  SessionsNoDecisions: string;
  SessionsMinutesHeading: string;
  SessionsNoMinutes: string;
  SessionsUploadMinutes: string;
  SessionsUploadHint: string;
  SessionsOpenMinutesAria: string;
  SessionsMinutesType: string;
  SessionsMinutesEmpty: string;
  SessionsMinutesTooLarge: string;
  SessionsMinutesName: string;
  SessionsMinutesExists: string;
  SessionsActionItemsHeading: string;
  SessionsActionItemsCaption: string;
  SessionsNoActionItems: string;
  SessionsColumnDepartment: string;
  SessionsColumnDue: string;
  SessionsColumnDescription: string;
  SessionsColumnDone: string;
  SessionsColumnSession: string;
  SessionsDoneAria: string;
  SessionsDoneOn: string;
  SessionsOverdue: string;
  SessionsAddActionItem: string;
  SessionsFieldDepartment: string;
  SessionsFieldDue: string;
  SessionsFieldDescription: string;
  SessionsDepartmentRequired: string;
  SessionsDescriptionRequired: string;
  SessionsDueInvalid: string;
  SessionsDepartmentLabel: string;
  SessionsSteeringSubject: string;
  SessionsSteeringAgenda: string;
  SessionsRecordingBooking: string;
  // --- end ---
}

declare module 'SteeringWebPartStrings' {
  const strings: ISteeringWebPartStrings;
  export = strings;
}
