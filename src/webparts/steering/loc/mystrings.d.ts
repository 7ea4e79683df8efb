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
  CompareTab: string;
  ComparePreviousLabel: string;
  CompareNextLabel: string;
  CompareChoose: string;
  CompareSamePeriod: string;
  CompareLoading: string;
  CompareComparing: string;
  CompareLevelFilter: string;
  CompareKindFilter: string;
  CompareTextFilter: string;
  CompareTextFilterPlaceholder: string;
  CompareAllLevels: string;
  CompareAllKinds: string;
  CompareShownCount: string;
  CompareSummaryCaption: string;
  CompareTableCaption: string;
  CompareColumnLevel: string;
  CompareColumnNumber: string;
  CompareColumnKind: string;
  CompareColumnBefore: string;
  CompareColumnAfter: string;
  CompareColumnChanges: string;
  CompareColumnAdded: string;
  CompareColumnDropped: string;
  CompareColumnChanged: string;
  CompareNoDifferences: string;
  CompareDownload: string;
  CompareDownloading: string;
  CompareDownloaded: string;
  CompareDownloadFailed: string;
  CompareLevelGuidingGoal: string;
  CompareLevelFieldOfAction: string;
  CompareLevelGoal: string;
  CompareLevelMeasure: string;
  CompareLevelIndicator: string;
  CompareKindAdded: string;
  CompareKindDropped: string;
  CompareKindChanged: string;
  CompareNotInPeriod: string;
  // --- goalChanges ---
  // --- sessions ---
  // --- end ---
}

declare module 'SteeringWebPartStrings' {
  const strings: ISteeringWebPartStrings;
  export = strings;
}
