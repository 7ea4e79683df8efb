define([], function () {
  return {
    Loading: 'Loading …',
    Retry: 'Try again',
    ErrorAccessDenied: 'You do not have permission to do this. Ask the integration office if you need access.',
    ErrorConflict: 'Someone else has changed this data in the meantime. Reload it and check your change.',
    ErrorThrottled: 'SharePoint is busy right now. Please try again in a minute.',
    ErrorNetwork: 'No connection to SharePoint. Check your network connection and try again.',
    ErrorNotFound: 'The data was not found. Are the integration planning lists set up on this site?',
    ErrorGeneric: 'Something went wrong. Try again; if the error persists, report it with the details to the integration office.',
    ErrorDetails: 'Details: {0}'
  };
});
