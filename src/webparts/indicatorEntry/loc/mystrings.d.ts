declare interface IIndicatorEntryWebPartStrings {
  Title: string;
  Intro: string;
  AddinHint: string;
  Loading: string;
  SignedInAs: string;
  NoDepartment: string;
  Department: string;
  DepartmentPlaceholder: string;
  CoordinatorHint: string;
  ChooseDepartment: string;
  Year: string;
  StepDownload: string;
  DownloadHint: string;
  Download: string;
  Downloading: string;
  Downloaded: string;
  NoIndicators: string;
  StepUpload: string;
  FileLabel: string;
  FileHint: string;
  Checking: string;
  FileEmpty: string;
  NotXlsx: string;
  Unreadable: string;
  NoSheet: string;
  Problems: string;
  ProblemsLabel: string;
  ColumnRow: string;
  ColumnColumn: string;
  ColumnProblem: string;
  CheckNothing: string;
  CheckClean: string;
  StepSubmit: string;
  Submit: string;
  Submitting: string;
  Submitted: string;
  SubmitFailedSome: string;
  SubmitInterrupted: string;
  Resume: string;
  ResumeFound: string;
  Discard: string;
  OutcomesLabel: string;
  ColumnIndicator: string;
  ColumnValue: string;
  ColumnOutcome: string;
  Conflicts: string;
  ConflictRow: string;
  KeepMine: string;
  KeepMineAria: string;
  TakeTheirs: string;
  TakeTheirsAria: string;
}

declare module 'IndicatorEntryWebPartStrings' {
  const strings: IIndicatorEntryWebPartStrings;
  export = strings;
}
