declare interface ITodoAdaptiveCardExtensionStrings {
  CardTitle: string;
  CardLabel: string;
  OpenCountOne: string;
  OpenCountMany: string;
  NothingOpen: string;
  NothingOpenDetail: string;
  ShowAll: string;
  Loading: string;
  LoadFailed: string;
  Retry: string;
  QuickViewTitle: string;
  Overdue: string;
  OpenWorkbook: string;
  OpenAgreement: string;
  OpenRound: string;
  OpenDashboard: string;
  OpenSteering: string;
  OpenInvitation: string;
  PropertyPaneDescription: string;
  PagesGroupName: string;
  TitleFieldLabel: string;
  AgreementsPageLabel: string;
  RoundPageLabel: string;
  DashboardPageLabel: string;
  SteeringPageLabel: string;
  PageFieldDescription: string;
  MediumSize: string;
  LargeSize: string;
  QuickViewLabel: string;
  BackToCard: string;
}

declare module 'TodoAdaptiveCardExtensionStrings' {
  const strings: ITodoAdaptiveCardExtensionStrings;
  export = strings;
}
