declare interface IOverviewWebPartStrings {
  Title: string;
  PlanPeriodLabel: string;
  PlanPeriodCurrent: string;
  PropertyPaneDescription: string;
  PlanPeriodAdopted: string;
  PlanPeriodStatusDraft: string;
  PlanPeriodStatusAdopted: string;
  PlanPeriodStatusClosed: string;
  Loading: string;
  LoadError: string;
  Retry: string;
  NoPlanPeriod: string;
  SignedInAsCoordinator: string;
  SignedInAsDepartment: string;
  FieldsOfAction: string;
  Goals: string;
  Measures: string;
  Departments: string;
  MeasuresByStatus: string;
  MeasuresByStatusCaption: string;
  Status: string;
  Count: string;
  Share: string;
  FieldOfActionColumn: string;
  GoalsColumn: string;
  MeasuresColumn: string;
  DepartmentColumn: string;
  LeadMeasuresColumn: string;
  ImplementedColumn: string;
  ContactsColumn: string;
  StatusPlanned: string;
  StatusInProgress: string;
  StatusImplemented: string;
  StatusOngoing: string;
  StatusSuspended: string;
  StatusDropped: string;
  OwnDepartment: string;
  SteeringGroupHeading: string;
  SteeringGroupCount: string;
  SteeringGroupProposed: string;
  SteeringGroupWarning: string;
  GoalChangesTitle: string;
  GoalChangesLoading: string;
  GoalChangesPending: string;
  GoalChangesSettled: string;
}

declare module 'OverviewWebPartStrings' {
  const strings: IOverviewWebPartStrings;
  export = strings;
}
