declare interface ICommonStrings {
  Loading: string;
  Retry: string;
  ErrorAccessDenied: string;
  ErrorConflict: string;
  ErrorThrottled: string;
  ErrorNetwork: string;
  ErrorNotFound: string;
  ErrorGeneric: string;
  ErrorDetails: string;
  Indicators: string;
  NoIndicators: string;
  IndicatorTarget: string;
  IndicatorDirectionHigher: string;
  IndicatorDirectionLower: string;
  IndicatorValuesCaption: string;
  NoIndicatorValues: string;
  ValueYear: string;
  ValueTotal: string;
  ValueFemale: string;
  ValueMale: string;
  ValueDiverse: string;
  ValueNotStated: string;
  ValueComment: string;
  CopyLink: string;
  CopyLinkLabel: string;
  LinkCopied: string;
  LinkCopyManual: string;
  HistoryTitle: string;
  HistoryShow: string;
  HistoryHide: string;
  HistoryLoading: string;
  HistoryEmpty: string;
  HistoryCreated: string;
  HistoryChanged: string;
  HistoryInitialValue: string;
  HistoryChange: string;
  HistoryEmptyValue: string;
}

declare module 'CommonStrings' {
  const strings: ICommonStrings;
  export = strings;
}
