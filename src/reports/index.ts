export * from './statusQuo/statusQuoReportModel';
export * from './statusQuo/statusQuoReportDocument';
export * from './statusQuo/statusQuoReportFileName';
export * from './statusQuo/reportDates';
export * from './statusQuo/coreProperties';
export { answerLabel, reportText, statusLabel } from './statusQuo/statusQuoMessages';
export type { StatusQuoMessageKey } from './statusQuo/statusQuoMessages';
export * from './periodComparison/comparisonText';
export * from './periodComparison/periodComparisonDocument';
