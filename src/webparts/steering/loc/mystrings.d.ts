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
  // --- sessions ---
  // --- end ---
}

declare module 'SteeringWebPartStrings' {
  const strings: ISteeringWebPartStrings;
  export = strings;
}
