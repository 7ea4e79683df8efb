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
}

declare module 'CommonStrings' {
  const strings: ICommonStrings;
  export = strings;
}
