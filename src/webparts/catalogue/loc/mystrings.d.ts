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
}

declare module 'CatalogueWebPartStrings' {
  const strings: ICatalogueWebPartStrings;
  export = strings;
}
