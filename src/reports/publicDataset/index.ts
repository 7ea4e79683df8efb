export * from './publicDataset';
export * from './publicDatasetFormat';
export * from './publicDatasetCsv';
export * from './publicDatasetHtml';
export * from './wordComments';
