define([], function () {
  return {
    // --- shell ---
    Title: 'Integrationsplanung – Steuerung',
    TabsLabel: 'Bereiche der Steuerung',
    NothingToShow: 'Hier ist noch nichts zu steuern.',
    // --- periods ---
    // --- copy ---
    // --- compare ---
    CompareTab: 'Vergleich',
    ComparePreviousLabel: 'Frühere Fortschreibung',
    CompareNextLabel: 'Neuere Fortschreibung',
    CompareChoose: 'Bitte zwei Fortschreibungen zum Vergleich wählen.',
    CompareSamePeriod: 'Bitte zwei verschiedene Fortschreibungen wählen.',
    CompareLoading: 'Fortschreibungen werden gelesen …',
    CompareComparing: 'Die Kataloge werden gelesen und verglichen …',
    CompareLevelFilter: 'Ebene',
    CompareKindFilter: 'Art der Änderung',
    CompareTextFilter: 'Text suchen',
    CompareTextFilterPlaceholder: 'Nummer, Bezeichnung oder Änderung',
    CompareAllLevels: 'Alle Ebenen',
    CompareAllKinds: 'Alle Arten',
    CompareShownCount: '{0} von {1} Änderungen angezeigt',
    CompareSummaryCaption: 'Übersicht: {0} gegenüber der {1}',
    CompareTableCaption: 'Änderungen im Einzelnen',
    CompareColumnLevel: 'Ebene',
    CompareColumnNumber: 'Nr.',
    CompareColumnKind: 'Änderung',
    CompareColumnBefore: 'Bisher ({0})',
    CompareColumnAfter: 'Neu ({0})',
    CompareColumnChanges: 'Was sich geändert hat (bisher → neu)',
    CompareColumnAdded: 'neu',
    CompareColumnDropped: 'entfallen',
    CompareColumnChanged: 'geändert',
    CompareNoDifferences: 'Keine Änderungen, die zum Filter passen.',
    CompareDownload: 'Als Word herunterladen',
    CompareDownloading: 'Die Word-Datei wird erstellt …',
    CompareDownloaded: '„{0}“ wurde heruntergeladen.',
    CompareDownloadFailed: 'Die Word-Datei konnte nicht erstellt werden. Bitte erneut versuchen.',
    CompareLevelGuidingGoal: 'Leitziel',
    CompareLevelFieldOfAction: 'Handlungsfeld',
    CompareLevelGoal: 'Einzelziel',
    CompareLevelMeasure: 'Maßnahme',
    CompareLevelIndicator: 'Kennzahl',
    CompareKindAdded: 'neu',
    CompareKindDropped: 'entfallen',
    CompareKindChanged: 'geändert',
    CompareNotInPeriod: '–',
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
