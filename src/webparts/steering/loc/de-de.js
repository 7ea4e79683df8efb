define([], function () {
  return {
    // --- shell ---
    Title: 'Integrationsplanung – Steuerung',
    TabsLabel: 'Bereiche der Steuerung',
    NothingToShow: 'Hier ist noch nichts zu steuern.',
    // --- periods ---
    PeriodsTab: 'Fortschreibungen',
    PeriodsCaption: 'Fortschreibungen des Integrationskonzepts',
    PeriodsEmpty: 'Es gibt noch keine Fortschreibung.',
    PeriodColumnTitle: 'Fortschreibung',
    PeriodColumnYears: 'Zeitraum',
    PeriodColumnStatus: 'Status',
    PeriodColumnAdopted: 'Beschlossen am',
    PeriodColumnPaper: 'Drucksache',
    PeriodColumnClosed: 'Abgeschlossen',
    PeriodColumnReopened: 'Wieder geöffnet',
    PeriodColumnActions: 'Aktionen',
    PeriodStatusDraft: 'Entwurf',
    PeriodStatusAdopted: 'Beschlossen',
    PeriodStatusClosed: 'Abgeschlossen – nur lesbar',
    PeriodAtBy: '{0} von {1}',
    PeriodReopenedAtBy: '{0} von {1}: {2}',
    PeriodClose: 'Abschließen',
    PeriodCloseLabel: '{0} abschließen',
    PeriodReopen: 'Wieder öffnen',
    PeriodReopenLabel: '{0} wieder öffnen',
    PeriodPrepareNext: 'Nächste Fortschreibung vorbereiten',
    PeriodPrepareNextLabel: 'Nächste Fortschreibung aus {0} vorbereiten',
    PeriodOfficeOnly: 'Abschließen und Wiederöffnen ist der Koordinierungsstelle vorbehalten.',
    PeriodCloseTitle: 'Fortschreibung abschließen?',
    PeriodCloseText: '„{0}“ wird für alle nur lesbar: Die Fachbereiche können deren Maßnahmen in SharePoint weder ändern noch ergänzen, und auch die Koordinierungsstelle ändert nichts mehr, bis sie die Fortschreibung mit Begründung wieder öffnet.',
    PeriodReopenTitle: 'Fortschreibung wieder öffnen?',
    PeriodReopenText: '„{0}“ wird wieder bearbeitbar, auch für die Fachbereiche. Die Wiederöffnung wird mit Ihrem Namen, dem Zeitpunkt und dem Grund festgehalten.',
    PeriodReopenReason: 'Grund der Wiederöffnung',
    PeriodReopenReasonMissing: 'Bitte den Grund der Wiederöffnung angeben.',
    PeriodConfirmClose: 'Abschließen',
    PeriodConfirmReopen: 'Wieder öffnen',
    PeriodCancel: 'Abbrechen',
    PeriodSaving: 'Die Ordner der Fachbereiche werden umgestellt …',
    PeriodProgress: '{0} von {1} Fachbereichen',
    PeriodClosed: '„{0}“ ist abgeschlossen und nur noch lesbar.',
    PeriodReopened: '„{0}“ ist wieder geöffnet.',
    PeriodCloseIncomplete: '„{0}“ ist noch nicht abgeschlossen. Umgestellt: Fachbereiche {1}; nicht umgestellt: {2} ({3}). Bitte „Erneut versuchen“ wählen – Umgestelltes bleibt, wie es ist.',
    PeriodReopenIncomplete: '„{0}“ ist wieder geöffnet, aber die Ordner der Fachbereiche {1} sind noch schreibgeschützt ({2}); umgestellt: {3}. Bitte „Erneut versuchen“ wählen.',
    PeriodCloseFailed: '„{0}“ wurde nicht abgeschlossen: {1}',
    PeriodReopenFailed: '„{0}“ wurde nicht wieder geöffnet: {1}',
    PeriodNotAdopted: 'Nur eine beschlossene Fortschreibung kann abgeschlossen werden.',
    PeriodChanged: 'Die Fortschreibung wurde inzwischen geändert. Bitte die Seite neu laden und erneut versuchen.',
    PeriodRetry: 'Erneut versuchen',
    PeriodDismiss: 'Meldung schließen',
    // --- copy ---
    // --- compare ---
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
