define([], function () {
  return {
    // --- shell ---
    Title: 'Integrationsplanung – Steuerung',
    TabsLabel: 'Bereiche der Steuerung',
    NothingToShow: 'Hier ist noch nichts zu steuern.',
    // --- periods ---
    // --- copy ---
    // --- compare ---
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
