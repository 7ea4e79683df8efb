define([], function () {
  return {
    // --- shell ---
    Title: 'Integration planning – governance',
    TabsLabel: 'Areas of governance',
    NothingToShow: 'There is nothing to steer yet.',
    // --- periods ---
    // --- copy ---
    // --- compare ---
    CompareTab: 'Comparison',
    ComparePreviousLabel: 'Earlier update',
    CompareNextLabel: 'Later update',
    CompareChoose: 'Please choose two updates to compare.',
    CompareSamePeriod: 'Please choose two different updates.',
    CompareLoading: 'Reading the updates …',
    CompareComparing: 'Reading and comparing the catalogues …',
    CompareLevelFilter: 'Level',
    CompareKindFilter: 'Kind of change',
    CompareTextFilter: 'Search text',
    CompareTextFilterPlaceholder: 'Number, title or change',
    CompareAllLevels: 'All levels',
    CompareAllKinds: 'All kinds',
    CompareShownCount: '{0} of {1} changes shown',
    CompareSummaryCaption: 'Overview: {0} against {1}',
    CompareTableCaption: 'Changes in detail',
    CompareColumnLevel: 'Level',
    CompareColumnNumber: 'No.',
    CompareColumnKind: 'Change',
    CompareColumnBefore: 'Before ({0})',
    CompareColumnAfter: 'New ({0})',
    CompareColumnChanges: 'What changed (before → after)',
    CompareColumnAdded: 'new',
    CompareColumnDropped: 'dropped',
    CompareColumnChanged: 'changed',
    CompareNoDifferences: 'No changes match the filter.',
    CompareDownload: 'Download as Word',
    CompareDownloading: 'Creating the Word file …',
    CompareDownloaded: '"{0}" was downloaded.',
    CompareDownloadFailed: 'The Word file could not be created. Please try again.',
    CompareLevelGuidingGoal: 'Guiding goal',
    CompareLevelFieldOfAction: 'Field of action',
    CompareLevelGoal: 'Goal',
    CompareLevelMeasure: 'Measure',
    CompareLevelIndicator: 'Indicator',
    CompareKindAdded: 'new',
    CompareKindDropped: 'dropped',
    CompareKindChanged: 'changed',
    CompareNotInPeriod: '–',
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
