declare interface IIndicatorDashboardWebPartStrings {
  Title: string;
  PropertyPaneDescription: string;
  EntryLinkLabel: string;
  EntryLinkDescription: string;
  Loading: string;
  NoPlanPeriod: string;
  PlanPeriod: string;
  TabGoals: string;
  TabCompleteness: string;
  GoalLabel: string;
  GoalOption: string;
  GoalOptionCount: string;
  NoGoals: string;
  NoIndicatorsForGoal: string;
  MeasureLabel: string;
  ChartTitle: string;
  ChartDescription: string;
  ChartGenderNote: string;
  NoTarget: string;
  NoValuesYet: string;
  LegendTotal: string;
  LegendFemale: string;
  LegendMale: string;
  LegendDiverse: string;
  LegendNotStated: string;
  LegendTarget: string;
  TargetReached: string;
  TargetNotReached: string;
  YearLabel: string;
  OverallLabel: string;
  CompletenessText: string;
  DepartmentsCaption: string;
  DepartmentColumn: string;
  ProgressColumn: string;
  MissingColumn: string;
  ActionColumn: string;
  Complete: string;
  NothingOwed: string;
  Remind: string;
  RemindLabel: string;
  NoRecipient: string;
  ConfirmTitle: string;
  ConfirmText: string;
  ConfirmSend: string;
  Cancel: string;
  Sending: string;
  ReminderSent: string;
  ReminderFailed: string;
  OwnDepartmentNote: string;
  EnterValues: string;
}

declare module 'IndicatorDashboardWebPartStrings' {
  const strings: IIndicatorDashboardWebPartStrings;
  export = strings;
}
