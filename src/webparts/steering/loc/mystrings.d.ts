declare interface ISteeringWebPartStrings {
  // --- shell ---
  Title: string;
  TabsLabel: string;
  NothingToShow: string;
  // --- periods ---
  // --- copy ---
  // --- compare ---
  // --- goalChanges ---
  // --- sessions ---
  // --- end ---
}

declare module 'SteeringWebPartStrings' {
  const strings: ISteeringWebPartStrings;
  export = strings;
}
