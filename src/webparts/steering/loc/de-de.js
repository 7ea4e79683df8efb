define([], function () {
  return {
    // --- shell ---
    Title: 'Integrationsplanung – Steuerung',
    TabsLabel: 'Bereiche der Steuerung',
    NothingToShow: 'Hier ist noch nichts zu steuern.',
    // --- periods ---
    // --- copy ---
    CopyOpen: 'Nächste Fortschreibung vorbereiten',
    CopyTitle: 'Nächste Fortschreibung vorbereiten',
    CopyIntro: 'Kopiert die {0} in den Entwurf der {1}: Leitziele, Handlungsfelder, Einzelziele, die Maßnahmen der gewählten Stände und deren Kennzahlen mit Zielwerten. Jede Kopie verweist auf ihr Original.',
    CopyLoading: 'Die Fortschreibung wird gelesen …',
    CopyStatusesLabel: 'Maßnahmen mit diesem Stand übernehmen',
    CopyStatusOption: '{0} ({1})',
    CopyStatusPlanned: 'geplant',
    CopyStatusInProgress: 'in Umsetzung',
    CopyStatusImplemented: 'umgesetzt',
    CopyStatusOngoing: 'Daueraufgabe',
    CopyStatusSuspended: 'zurückgestellt',
    CopyStatusDropped: 'entfallen',
    CopySummary: 'Übernommen werden {0} Leitziele, {1} Handlungsfelder, {2} Einzelziele, {3} Maßnahmen und {4} Kennzahlen.',
    CopyLeftBehind: '{0} Maßnahmen bleiben zurück.',
    CopyStart: 'Kopieren',
    CopyResume: 'Fortsetzen',
    CopyProgressLabel: 'Fortschritt des Kopierens',
    CopyProgress: '{0} von {1} kopiert',
    CopyProgressLevel: '{0} von {1} kopiert – gerade: {2}',
    CopyLevelGuidingGoal: 'Leitziele',
    CopyLevelFieldOfAction: 'Handlungsfelder',
    CopyLevelGoal: 'Einzelziele',
    CopyLevelMeasure: 'Maßnahmen',
    CopyLevelIndicator: 'Kennzahlen',
    CopyInterrupted: 'Das Kopieren wurde unterbrochen: {0} von {1} sind im Entwurf. „Fortsetzen“ kopiert nur den Rest, ohne Doppelungen.',
    CopyFailedItems: '{0} Einträge wurden nicht kopiert, z. B. „{1}“: {2}',
    CopyDuplicateKeys: 'Einige Maßnahmen erhielten in der neuen Fortschreibung denselben Schlüssel (dieselbe Nummer). Bitte eine davon umnummerieren und dann erneut kopieren; geschrieben wurde nichts.',
    CopyPeriodNotDraft: 'Die nächste Fortschreibung ist schon beschlossen oder abgeschlossen; kopiert wird nur in einen Entwurf.',
    CopyAccessDenied: 'Nur die Koordinierungsstelle kann die nächste Fortschreibung vorbereiten; SharePoint hat das Schreiben abgelehnt.',
    CopyDone: 'Fertig: Die {0} enthält {1} Kopien, jede mit Verweis auf ihr Original.',
    CopyClose: 'Schließen',
    // --- compare ---
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
