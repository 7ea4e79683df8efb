declare interface ISteeringWebPartStrings {
  // --- shell ---
  Title: string;
  TabsLabel: string;
  NothingToShow: string;
  // --- periods ---
  PeriodsTab: string;
  PeriodsCaption: string;
  PeriodsEmpty: string;
  PeriodColumnTitle: string;
  PeriodColumnYears: string;
  PeriodColumnStatus: string;
  PeriodColumnAdopted: string;
  PeriodColumnPaper: string;
  PeriodColumnClosed: string;
  PeriodColumnReopened: string;
  PeriodColumnActions: string;
  PeriodStatusDraft: string;
  PeriodStatusAdopted: string;
  PeriodStatusClosed: string;
  PeriodAtBy: string;
  PeriodReopenedAtBy: string;
  PeriodClose: string;
  PeriodCloseLabel: string;
  PeriodReopen: string;
  PeriodReopenLabel: string;
  PeriodPrepareNext: string;
  PeriodPrepareNextLabel: string;
  PeriodOfficeOnly: string;
  PeriodCloseTitle: string;
  PeriodCloseText: string;
  PeriodReopenTitle: string;
  PeriodReopenText: string;
  PeriodReopenReason: string;
  PeriodReopenReasonMissing: string;
  PeriodConfirmClose: string;
  PeriodConfirmReopen: string;
  PeriodCancel: string;
  PeriodSaving: string;
  PeriodProgress: string;
  PeriodClosed: string;
  PeriodReopened: string;
  PeriodCloseIncomplete: string;
  PeriodReopenIncomplete: string;
  PeriodCloseFailed: string;
  PeriodReopenFailed: string;
  PeriodNotAdopted: string;
  PeriodChanged: string;
  PeriodRetry: string;
  PeriodDismiss: string;
  // --- copy ---
  // --- compare ---
  // --- goalChanges ---
  GoalChangesTab: string;
  GoalChangesLoading: string;
  GoalChangesPeriod: string;
  GoalChangesNoPeriod: string;
  GoalChangesPropose: string;
  GoalChangesCaption: string;
  GoalChangesEmpty: string;
  GoalChangesColumnChange: string;
  GoalChangesColumnGoal: string;
  GoalChangesColumnState: string;
  GoalChangesColumnBoard: string;
  GoalChangesColumnCommittee: string;
  GoalChangesColumnActions: string;
  GoalChangesConsent: string;
  GoalChangesDecide: string;
  GoalChangesReject: string;
  GoalChangesActionLabel: string;
  GoalChangesNoStep: string;
  GoalChangesSessionOn: string;
  GoalChangesProposeTitle: string;
  GoalChangesType: string;
  GoalChangesGoal: string;
  GoalChangesGoalPlaceholder: string;
  GoalChangesNewGoalTitle: string;
  GoalChangesNewGoalNumber: string;
  GoalChangesField: string;
  GoalChangesFieldPlaceholder: string;
  GoalChangesNewGoalHint: string;
  GoalChangesDescription: string;
  GoalChangesReason: string;
  GoalChangesSaveProposal: string;
  GoalChangesCancel: string;
  GoalChangesStepConsent: string;
  GoalChangesStepDecide: string;
  GoalChangesStepRejectBoard: string;
  GoalChangesStepRejectCommittee: string;
  GoalChangesSessionBoard: string;
  GoalChangesSessionCommittee: string;
  GoalChangesSessionPlaceholder: string;
  GoalChangesSessionNew: string;
  GoalChangesNewSessionDate: string;
  GoalChangesNewSessionTitle: string;
  GoalChangesNewSessionBoard: string;
  GoalChangesNewSessionCommittee: string;
  GoalChangesPaper: string;
  GoalChangesSaveStep: string;
  GoalChangesSaving: string;
  GoalChangesSaved: string;
  GoalChangesConflict: string;
  GoalChangesAccessDenied: string;
  GoalChangesReload: string;
  GoalChangesReadOnly: string;
  GoalChangesPeriodClosed: string;
  GoalChangesRetry: string;
  // --- sessions ---
  // --- end ---
}

declare module 'SteeringWebPartStrings' {
  const strings: ISteeringWebPartStrings;
  export = strings;
}
