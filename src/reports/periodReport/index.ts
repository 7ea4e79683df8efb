export * from './periodReport';
