define([], function () {
  return {
    Loading: 'Wird geladen …',
    Retry: 'Erneut versuchen',
    ErrorAccessDenied: 'Dafür fehlt Ihnen die Berechtigung. Wenden Sie sich an das Büro für Integration, wenn Sie Zugriff brauchen.',
    ErrorConflict: 'Jemand anderes hat diese Daten inzwischen geändert. Laden Sie sie neu und prüfen Sie Ihre Änderung.',
    ErrorThrottled: 'SharePoint ist gerade ausgelastet. Bitte versuchen Sie es in einer Minute noch einmal.',
    ErrorNetwork: 'Keine Verbindung zu SharePoint. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.',
    ErrorNotFound: 'Die Daten wurden nicht gefunden. Sind die Listen der Integrationsplanung auf dieser Website eingerichtet?',
    ErrorGeneric: 'Es ist ein Fehler aufgetreten. Versuchen Sie es erneut; bleibt der Fehler, melden Sie ihn mit den Details dem Büro für Integration.',
    ErrorDetails: 'Details: {0}'
  };
});
