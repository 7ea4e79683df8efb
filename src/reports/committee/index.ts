export * from './reportData';
export * from './reportTexts';
export * from './committeeReport';
export { buildBodyReportModel } from './bodyReportModel';
export type { BodyReportKind } from './bodyReportModel';
export { trafficLightFills } from './measureBlocks';
