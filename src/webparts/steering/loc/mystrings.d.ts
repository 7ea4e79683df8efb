declare interface ISteeringWebPartStrings {
  // --- shell ---
  Title: string;
  TabsLabel: string;
  NothingToShow: string;
  // --- periods ---
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
