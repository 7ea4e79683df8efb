define([], function () {
  return {
    // --- shell ---
    Title: 'Integration planning – governance',
    TabsLabel: 'Areas of governance',
    NothingToShow: 'There is nothing to steer yet.',
    // --- periods ---
    // --- copy ---
    // --- compare ---
    // --- goalChanges ---
    // --- sessions ---
    // --- end ---
  };
});
