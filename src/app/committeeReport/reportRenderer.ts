import type { CanvasFactory } from '../../reports/charts/canvasPort';
import type { ReportRenderer } from './committeeReportCommands';

/**
 * The shared document builder as the reports' renderer: charts drawn on `canvas` (the browser's, or
 * `@napi-rs/canvas` in Node), into the city's template when one is stored in "Berichte". The Word
 * library is loaded only when someone asks for a report.
 */
export function wordRenderer(canvas: CanvasFactory): ReportRenderer {
  return async (model, template) => {
    const { buildWordDocument } = await import(/* webpackChunkName: 'report-docx' */ '../../reports/word/documentBuilder');
    return buildWordDocument(model, { canvas, ...(template ? { template } : {}) });
  };
}
