import { AlignmentType, ImageRun, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import type { FileChild } from 'docx';
import type { ChartBlock, DocumentBlock, PageBreakBlock, ParagraphBlock, TableBlock } from './documentModel';
import { cellLines, cellSpec, layoutTable, TableLayout } from './tableLayout';

/** Style ids of the paragraphs the builder sets: Word's built-in ones, or the template's own. */
export interface ParagraphStyleIds {
  readonly heading1: string;
  readonly heading2: string;
  readonly heading3: string;
}

export const defaultStyleIds: ParagraphStyleIds = { heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' };

/** A chart's picture, drawn before rendering since drawing is asynchronous. */
export interface ChartPicture {
  readonly png: Uint8Array;
  /** Pixels at 96 dpi, as Word shows the picture. */
  readonly width: number;
  readonly height: number;
}

export interface BlockRenderContext {
  readonly styles: ParagraphStyleIds;
  readonly pictures: ReadonlyMap<ChartBlock, ChartPicture>;
  readonly portraitWidth: number;
  /** Absent in a template: its sections are the city's, so only a smaller font makes a table fit. */
  readonly landscapeWidth?: number;
}

/** A run of content on pages of one orientation; a table that needs a landscape page gets a segment of its own. */
export interface BodySegment {
  readonly orientation: 'portrait' | 'landscape';
  readonly children: FileChild[];
}

const headerShading = 'D9E2F3';

/**
 * The blocks as Word content. A page break is carried by the paragraph after it ("page break
 * before"), so no empty line opens the new page; only a table needs a paragraph of its own for it.
 * A landscape table starts a section, which starts a page anyway.
 */
export function renderBlocks(blocks: readonly DocumentBlock[], context: BlockRenderContext, options: { readonly startsOnNewPage?: boolean } = {}): BodySegment[] {
  const segments: BodySegment[] = [{ orientation: 'portrait', children: [] }];
  const current = (): BodySegment => segments[segments.length - 1];
  let isBreakPending = options.startsOnNewPage === true;
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      isBreakPending = true;
      continue;
    }
    if (block.kind === 'table') {
      const layout = layoutTable(block, { portraitWidth: context.portraitWidth, ...(context.landscapeWidth !== undefined ? { landscapeWidth: context.landscapeWidth } : {}) });
      if (layout.orientation !== current().orientation) {
        segments.push({ orientation: layout.orientation, children: [] });
        isBreakPending = false;
      }
      if (isBreakPending && !block.caption) {
        current().children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        isBreakPending = false;
      }
      current().children.push(...renderTable(block, layout, isBreakPending));
      isBreakPending = false;
      continue;
    }
    if (current().orientation === 'landscape') {
      segments.push({ orientation: 'portrait', children: [] });
      isBreakPending = false;
    }
    current().children.push(...renderBlock(block, context, isBreakPending));
    isBreakPending = false;
  }
  if (isBreakPending) {
    current().children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  }
  return segments.filter((segment, index) => index === 0 || segment.children.length > 0);
}

function renderBlock(block: Exclude<DocumentBlock, TableBlock | PageBreakBlock>, context: BlockRenderContext, pageBreakBefore: boolean): FileChild[] {
  const breaking = pageBreakBefore ? { pageBreakBefore: true } : {};
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ ...breaking, style: context.styles[`heading${block.level}`], keepNext: true, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [paragraph(block, pageBreakBefore)];
    case 'list':
      return block.items.map((item, index) => new Paragraph({ ...(index === 0 ? breaking : {}), bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'chart':
      return [chart(block, context, pageBreakBefore)];
  }
}

function paragraph(block: ParagraphBlock, pageBreakBefore: boolean): Paragraph {
  const breaking = pageBreakBefore ? { pageBreakBefore: true } : {};
  if (block.emphasis === 'note') {
    return new Paragraph({ ...breaking, children: [new TextRun({ text: block.text, italics: true, size: 20 })] });
  }
  return new Paragraph({ ...breaking, children: [new TextRun({ text: block.text, bold: block.emphasis === 'strong' })] });
}

function chart(block: ChartBlock, context: BlockRenderContext, pageBreakBefore: boolean): Paragraph {
  const picture = context.pictures.get(block);
  if (!picture) {
    throw new Error(`The chart "${block.chart.title}" was not drawn before the document was built.`);
  }
  return new Paragraph({
    keepNext: true,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [
      new ImageRun({
        type: 'png',
        data: picture.png,
        transformation: { width: picture.width, height: picture.height },
        // Word reads description and title of the drawing (wp:docPr) to screen readers as the picture's text alternative.
        altText: { name: block.chart.title, title: block.chart.title, description: block.altText }
      })
    ]
  });
}

function renderTable(block: TableBlock, layout: TableLayout, pageBreakBefore: boolean): FileChild[] {
  const numeric = new Set(block.numericColumns ?? []);
  const rows = [...block.header.map((row) => ({ row, isHeader: true })), ...block.rows.map((row) => ({ row, isHeader: false }))];
  // Word merges rows with a cell that starts the merge and "continue" cells in the rows below.
  const continued = new Map<number, { column: number; span: number; isHeader: boolean }[]>();
  const tableRows = rows.map(({ row, isHeader }, rowIndex) => {
    const cells: { column: number; cell: TableCell }[] = (continued.get(rowIndex) ?? []).map((merge) => ({
      column: merge.column,
      cell: new TableCell({
        verticalMerge: VerticalMergeType.CONTINUE,
        ...(merge.span > 1 ? { columnSpan: merge.span } : {}),
        ...(merge.isHeader ? { shading: { type: ShadingType.CLEAR, fill: headerShading, color: 'auto' } } : {}),
        children: [new Paragraph({})]
      })
    }));
    const taken = new Set((continued.get(rowIndex) ?? []).flatMap((merge) => Array.from({ length: merge.span }, (_, i) => merge.column + i)));
    let column = 0;
    for (const input of row) {
      const spec = cellSpec(input);
      while (taken.has(column)) {
        column++;
      }
      const span = Math.max(1, spec.columnSpan ?? 1);
      const rowSpan = Math.max(1, spec.rowSpan ?? 1);
      for (let r = 1; r < rowSpan; r++) {
        continued.set(rowIndex + r, [...(continued.get(rowIndex + r) ?? []), { column, span, isHeader }]);
      }
      const align = spec.align ?? (!isHeader && numeric.has(column) ? 'right' : 'left');
      const fill = spec.fill ?? (isHeader ? headerShading : undefined);
      cells.push({
        column,
        cell: new TableCell({
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          width: { size: layout.columnWidths.slice(column, column + span).reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
          ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
          children: cellLines(spec).map(
            (line) =>
              new Paragraph({
                alignment: align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [new TextRun({ text: line, size: layout.fontSize, bold: isHeader || spec.bold, italics: spec.italics })]
              })
          )
        })
      });
      column += span;
    }
    return new TableRow({
      ...(isHeader ? { tableHeader: true } : { cantSplit: true }),
      children: cells.sort((a, b) => a.column - b.column).map((entry) => entry.cell)
    });
  });
  const table = new Table({
    width: { size: layout.columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...layout.columnWidths],
    // Fixed: Word keeps the computed widths instead of re-fitting them to the first rows.
    layout: TableLayoutType.FIXED,
    rows: tableRows
  });
  const caption = block.caption ? [new Paragraph({ keepNext: true, ...(pageBreakBefore ? { pageBreakBefore: true } : {}), spacing: { before: 120, after: 60 }, children: [new TextRun({ text: block.caption, bold: true, size: 20 })] })] : [];
  // An empty paragraph after the table, or two tables in a row would merge into one.
  return [...caption, table, new Paragraph({ spacing: { after: 0 }, children: [] })];
}
