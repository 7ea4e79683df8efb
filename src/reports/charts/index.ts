export * from './canvasPort';
export * from './chartScale';
export * from './drawChart';
