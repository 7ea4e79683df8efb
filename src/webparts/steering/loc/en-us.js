define([], function () {
  return {
    // --- shell ---
    Title: 'Integration planning – governance',
    TabsLabel: 'Areas of governance',
    NothingToShow: 'There is nothing to steer yet.',
    // --- periods ---
    PeriodsTab: 'Plan periods',
    PeriodsCaption: 'Updates of the integration concept',
    PeriodsEmpty: 'There is no plan period yet.',
    PeriodColumnTitle: 'Update',
    PeriodColumnYears: 'Years',
    PeriodColumnStatus: 'Status',
    PeriodColumnAdopted: 'Adopted on',
    PeriodColumnPaper: 'Council paper',
    PeriodColumnClosed: 'Closed',
    PeriodColumnReopened: 'Reopened',
    PeriodColumnActions: 'Actions',
    PeriodStatusDraft: 'Draft',
    PeriodStatusAdopted: 'Adopted',
    PeriodStatusClosed: 'Closed – read-only',
    PeriodAtBy: '{0} by {1}',
    PeriodReopenedAtBy: '{0} by {1}: {2}',
    PeriodClose: 'Close',
    PeriodCloseLabel: 'Close {0}',
    PeriodReopen: 'Reopen',
    PeriodReopenLabel: 'Reopen {0}',
    PeriodPrepareNext: 'Prepare the next update',
    PeriodPrepareNextLabel: 'Prepare the next update from {0}',
    PeriodOfficeOnly: 'Only the coordination office closes and reopens plan periods.',
    PeriodCloseTitle: 'Close the plan period?',
    PeriodCloseText: '"{0}" becomes read-only for everyone: the departments can neither change nor add its measures in SharePoint, and the coordination office changes nothing either until it reopens the period with a reason.',
    PeriodReopenTitle: 'Reopen the plan period?',
    PeriodReopenText: '"{0}" becomes editable again, for the departments too. The reopening is recorded with your name, the time and the reason.',
    PeriodReopenReason: 'Reason for reopening',
    PeriodReopenReasonMissing: 'Enter the reason for reopening.',
    PeriodConfirmClose: 'Close',
    PeriodConfirmReopen: 'Reopen',
    PeriodCancel: 'Cancel',
    PeriodSaving: 'Switching the departments\' folders …',
    PeriodProgress: '{0} of {1} departments',
    PeriodClosed: '"{0}" is closed and read-only now.',
    PeriodReopened: '"{0}" is open again.',
    PeriodCloseIncomplete: '"{0}" is not closed yet. Switched: departments {1}; not switched: {2} ({3}). Choose "Try again" – what is switched stays as it is.',
    PeriodReopenIncomplete: '"{0}" is open again, but the folders of departments {1} are still read-only ({2}); switched: {3}. Choose "Try again".',
    PeriodCloseFailed: '"{0}" was not closed: {1}',
    PeriodReopenFailed: '"{0}" was not reopened: {1}',
    PeriodNotAdopted: 'Only an adopted plan period can be closed.',
    PeriodChanged: 'The plan period was changed meanwhile. Reload the page and try again.',
    PeriodRetry: 'Try again',
    PeriodDismiss: 'Dismiss message',
    // --- copy ---
    // --- compare ---
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
