// The key rule lives in the domain: the import and the copy into the next plan period both key measures by it.
export { catalogueImportKey, comparableText } from '../domain/catalogueImportKey';
