declare interface ISteeringWebPartStrings {
  // --- shell ---
  Title: string;
  TabsLabel: string;
  NothingToShow: string;
  // --- periods ---
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
