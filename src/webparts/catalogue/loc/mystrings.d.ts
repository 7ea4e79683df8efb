declare interface ICatalogueWebPartStrings {
  Title: string;
  PlanPeriodLabel: string;
  SearchLabel: string;
  SearchPlaceholder: string;
  DepartmentFilter: string;
  StatusFilter: string;
  ConceptFilter: string;
  All: string;
  ResetFilters: string;
  ResultCount: string;
  NoResults: string;
  Loading: string;
  LoadingProgress: string;
  GridLabel: string;
  ColumnNumber: string;
  ColumnTitle: string;
  ColumnDepartment: string;
  ColumnStatus: string;
  ColumnConcept: string;
  SortedAscending: string;
  StatusPlanned: string;
  StatusInProgress: string;
  StatusImplemented: string;
  StatusOngoing: string;
  StatusSuspended: string;
  StatusDropped: string;
  DetailTitle: string;
  Close: string;
  Edit: string;
  Save: string;
  Cancel: string;
  Saving: string;
  Saved: string;
  FieldTitle: string;
  FieldGoal: string;
  FieldFieldOfAction: string;
  FieldLeadDepartment: string;
  FieldInvolved: string;
  FieldConcept: string;
  FieldStatus: string;
  FieldContact: string;
  FieldDescription: string;
  ReadOnlyHint: string;
  ConflictTitle: string;
  ConflictHint: string;
  ConflictYours: string;
  ConflictTheirs: string;
  ConflictKeepMine: string;
  ConflictTakeTheirs: string;
  TitleRequired: string;
  OpenDetails: string;
  None: string;
}

declare module 'CatalogueWebPartStrings' {
  const strings: ICatalogueWebPartStrings;
  export = strings;
}
