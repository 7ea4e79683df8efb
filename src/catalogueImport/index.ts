export * from './importMessages';
export * from './catalogueColumns';
export * from './workbookReader';
export * from './importKey';
export * from './rowValidation';
export * from './importPlan';
export * from './importPreview';
export * from './catalogueExport';
