export * from './sheetLayout';
export * from './sheetMessages';
export * from './sheetReader';
export * from './submission';
