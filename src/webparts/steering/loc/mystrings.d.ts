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
  CopyOpen: string;
  CopyTitle: string;
  CopyIntro: string;
  CopyLoading: string;
  CopyStatusesLabel: string;
  CopyStatusOption: string;
  CopyStatusPlanned: string;
  CopyStatusInProgress: string;
  CopyStatusImplemented: string;
  CopyStatusOngoing: string;
  CopyStatusSuspended: string;
  CopyStatusDropped: string;
  CopySummary: string;
  CopyLeftBehind: string;
  CopyStart: string;
  CopyResume: string;
  CopyProgressLabel: string;
  CopyProgress: string;
  CopyProgressLevel: string;
  CopyLevelGuidingGoal: string;
  CopyLevelFieldOfAction: string;
  CopyLevelGoal: string;
  CopyLevelMeasure: string;
  CopyLevelIndicator: string;
  CopyInterrupted: string;
  CopyFailedItems: string;
  CopyDuplicateKeys: string;
  CopyPeriodNotDraft: string;
  CopyAccessDenied: string;
  CopyDone: string;
  CopyClose: string;
  // --- compare ---
  // --- goalChanges ---
  // --- sessions ---
  // --- end ---
}

declare module 'SteeringWebPartStrings' {
  const strings: ISteeringWebPartStrings;
  export = strings;
}
