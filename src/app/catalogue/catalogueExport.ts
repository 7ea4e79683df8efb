import type { Measure } from '../../domain';
import type { CatalogueData } from './catalogueView';

/** `Massnahmenkatalog_2019-2021_2026-11-23.xlsx`: ASCII, sortable, says which period and when. */
export function exportFileName(prefix: string, period: { startYear: number; endYear: number } | undefined, today: Date): string {
  const day = today.toISOString().slice(0, 10);
  return `${prefix}${period ? `_${period.startYear}-${period.endYear}` : ''}_${day}.xlsx`;
}

/**
 * The shown measures as an .xlsx in the import layout, so an exported file imports again
 * unchanged. The spreadsheet library is loaded only when someone exports.
 */
export async function exportMeasures(data: CatalogueData, measures: readonly Measure[]): Promise<Blob> {
  const { catalogueSheetRows, exportCatalogue } = await import(/* webpackChunkName: 'catalogue-xlsx' */ '../../catalogueImport');
  const bytes = await exportCatalogue(catalogueSheetRows({ ...data, measures }));
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
