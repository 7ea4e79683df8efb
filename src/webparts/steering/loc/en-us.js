define([], function () {
  return {
    // --- shell ---
    Title: 'Integration planning – governance',
    TabsLabel: 'Areas of governance',
    NothingToShow: 'There is nothing to steer yet.',
    // --- periods ---
    // --- copy ---
    CopyOpen: 'Prepare the next update',
    CopyTitle: 'Prepare the next update',
    CopyIntro: 'Copies the {0} into the draft of the {1}: guiding goals, fields of action, goals, the measures in the chosen statuses and their indicators with targets. Every copy links to its original.',
    CopyLoading: 'Reading the update …',
    CopyStatusesLabel: 'Carry over measures with this status',
    CopyStatusOption: '{0} ({1})',
    CopyStatusPlanned: 'planned',
    CopyStatusInProgress: 'in progress',
    CopyStatusImplemented: 'implemented',
    CopyStatusOngoing: 'ongoing',
    CopyStatusSuspended: 'suspended',
    CopyStatusDropped: 'dropped',
    CopySummary: 'Carried over: {0} guiding goals, {1} fields of action, {2} goals, {3} measures and {4} indicators.',
    CopyLeftBehind: '{0} measures stay behind.',
    CopyStart: 'Copy',
    CopyResume: 'Continue',
    CopyProgressLabel: 'Progress of the copy',
    CopyProgress: '{0} of {1} copied',
    CopyProgressLevel: '{0} of {1} copied – now: {2}',
    CopyLevelGuidingGoal: 'guiding goals',
    CopyLevelFieldOfAction: 'fields of action',
    CopyLevelGoal: 'goals',
    CopyLevelMeasure: 'measures',
    CopyLevelIndicator: 'indicators',
    CopyInterrupted: 'The copy was interrupted: {0} of {1} are in the draft. "Continue" copies only the rest, without duplicates.',
    CopyFailedItems: '{0} items were not copied, e.g. "{1}": {2}',
    CopyDuplicateKeys: 'Some measures would get the same key (the same number) in the new update. Renumber one of them, then copy again; nothing was written.',
    CopyPeriodNotDraft: 'The next update is already adopted or closed; copies go into a draft only.',
    CopyAccessDenied: 'Only the coordination office can prepare the next update; SharePoint refused the writes.',
    CopyDone: 'Done: the {0} holds {1} copies, each linked to its original.',
    CopyClose: 'Close',
    // --- compare ---
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
