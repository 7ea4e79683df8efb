import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import { BrowserSheet, BrowserSheetGrid, entryText } from '../browserSheetGrid';
import type { GridCell } from '../sheetGrid';

export interface SheetGridViewProps {
  readonly grid: BrowserSheetGrid;
  readonly language: 'de' | 'en';
  /** The column whose text names a row (the indicator), for the labels of its input cells. */
  readonly rowHeaderColumn?: number;
  /** Shown while no sheet is open. */
  readonly emptyText: string;
  /** "{0}: {1}" → label of an input cell from column header and row name. */
  readonly cellLabel: (header: string, rowName: string) => string;
}

const classes = mergeStyleSets({
  frame: { overflow: 'auto', maxHeight: '70vh', border: '1px solid #c8c6c4' },
  table: { borderCollapse: 'collapse', fontSize: 13 },
  head: { position: 'sticky', top: 0, background: '#f3f2f1', border: '1px solid #c8c6c4', padding: '4px 6px', textAlign: 'left', verticalAlign: 'bottom' },
  cell: { border: '1px solid #e1dfdd', padding: 2, verticalAlign: 'top' },
  locked: { border: '1px solid #e1dfdd', padding: '4px 6px', background: '#faf9f8', verticalAlign: 'top' },
  marked: { background: '#fde7e9', outline: '2px solid #a4262c', outlineOffset: -2 },
  // Excel's own frame of the active cell: 2px, so the keyboard user sees where they are (WCAG 2.4.7).
  input: { width: '100%', boxSizing: 'border-box', border: '1px solid transparent', padding: '2px 4px', font: 'inherit', background: 'transparent', selectors: { ':focus': { border: '1px solid #0078d4', outline: '2px solid #0078d4', outlineOffset: -2, background: '#fff' } } },
  reason: { color: '#a4262c', fontSize: 12, display: 'block', maxWidth: '22ch' }
});

/**
 * The workbench's stand-in for the Excel sheet: a table whose unlocked cells are inputs.
 * Arrow keys and Enter move between input cells as in a spreadsheet, a pasted block fills
 * cells to the right and below, and a marked cell is `aria-invalid` with its reason attached.
 */
export function SheetGridView({ grid, language, rowHeaderColumn, emptyText, cellLabel }: SheetGridViewProps): React.ReactElement {
  const [sheet, setSheet] = React.useState<BrowserSheet | undefined>(grid.activeSheet);
  const [draft, setDraft] = React.useState<{ cell: string; text: string } | undefined>();
  const tableRef = React.useRef<HTMLTableElement>(null);

  React.useEffect(() => grid.subscribe(() => setSheet(grid.activeSheet)), [grid]);
  React.useEffect(
    () =>
      grid.onSelect((cell) => {
        // After the render that shows the selected sheet.
        setTimeout(() => focusCell(tableRef.current, cell), 0);
      }),
    [grid]
  );

  if (!sheet || sheet.values.length === 0) {
    return <p>{emptyText}</p>;
  }
  const hidden = new Set(sheet.columns.filter((column) => column.isHidden).map((column) => column.column));
  const widthOf = (column: number): number | undefined => sheet.columns.find((candidate) => candidate.column === column)?.width;
  const width = Math.max(...sheet.values.map((row) => row.length));
  const visible = Array.from({ length: width }, (_, column) => column).filter((column) => !hidden.has(column));
  const header = sheet.values[0] ?? [];
  const inputCells = (): GridCell[] =>
    sheet.values.slice(1).flatMap((_, index) => visible.map((column) => ({ row: index + 1, column })).filter((cell) => grid.isEditable(sheet, cell)));

  const commit = (): void => {
    if (draft) {
      const [row, column] = draft.cell.split(':').map(Number);
      grid.enter(sheet.name, { row, column }, draft.text);
      setDraft(undefined);
    }
  };

  const move = (from: GridCell, direction: 'up' | 'down' | 'left' | 'right'): void => {
    const cells = inputCells();
    const candidates =
      direction === 'up' || direction === 'down'
        ? cells.filter((cell) => cell.column === from.column && (direction === 'down' ? cell.row > from.row : cell.row < from.row))
        : cells.filter((cell) => cell.row === from.row && (direction === 'right' ? cell.column > from.column : cell.column < from.column));
    const next = direction === 'down' || direction === 'right' ? candidates[0] : candidates[candidates.length - 1];
    if (next) {
      focusCell(tableRef.current, next);
    }
  };

  const onKeyDown = (cell: GridCell) => (event: React.KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      commit();
      move(cell, event.shiftKey && event.key === 'Enter' ? 'up' : 'down');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      commit();
      move(cell, 'up');
    } else if (event.key === 'ArrowLeft' && atStart) {
      event.preventDefault();
      commit();
      move(cell, 'left');
    } else if (event.key === 'ArrowRight' && atEnd) {
      event.preventDefault();
      commit();
      move(cell, 'right');
    } else if (event.key === 'Escape') {
      setDraft(undefined);
    }
  };

  const onPaste = (cell: GridCell) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (/[\t\n]/.test(text.replace(/\r?\n$/, ''))) {
      event.preventDefault();
      setDraft(undefined);
      grid.pasteText(sheet.name, cell, text);
    }
  };

  return (
    <div className={classes.frame}>
      <table className={classes.table} ref={tableRef} data-testid="sheet-grid">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: 4 }}>{sheet.name}</caption>
        <thead>
          <tr>
            {visible.map((column) => (
              <th key={column} scope="col" className={classes.head} style={{ minWidth: `${widthOf(column) ?? 8}ch` }}>
                {entryText(header[column] ?? null, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.values.slice(1).map((values, index) => {
            const row = index + 1;
            const rowName = rowHeaderColumn === undefined ? String(row + 1) : entryText(values[rowHeaderColumn] ?? null, language);
            return (
              <tr key={row}>
                {visible.map((column) => {
                  const cellKey = `${row}:${column}`;
                  const reasons = sheet.marks[cellKey];
                  const reasonId = reasons ? `reason-${sheet.name.replace(/\W/g, '')}-${row}-${column}` : undefined;
                  const text = entryText(values[column] ?? null, language);
                  const cell = { row, column };
                  if (!grid.isEditable(sheet, cell)) {
                    const Tag = column === rowHeaderColumn ? 'th' : 'td';
                    return (
                      <Tag key={column} scope={column === rowHeaderColumn ? 'row' : undefined} className={`${classes.locked} ${reasons ? classes.marked : ''}`} data-cell={cellKey} tabIndex={reasons ? -1 : undefined}>
                        {text}
                        {reasons && <span className={classes.reason}>{reasons.join(' ')}</span>}
                      </Tag>
                    );
                  }
                  return (
                    <td key={column} className={`${classes.cell} ${reasons ? classes.marked : ''}`}>
                      <input
                        className={classes.input}
                        data-cell={cellKey}
                        aria-label={cellLabel(entryText(header[column] ?? null, language), rowName)}
                        aria-invalid={reasons ? true : undefined}
                        aria-describedby={reasonId}
                        value={draft?.cell === cellKey ? draft.text : text}
                        onChange={(event) => setDraft({ cell: cellKey, text: event.target.value })}
                        onBlur={commit}
                        onKeyDown={onKeyDown(cell)}
                        onPaste={onPaste(cell)}
                      />
                      {reasons && (
                        <span id={reasonId} className={classes.reason}>
                          {reasons.join(' ')}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function focusCell(table: HTMLTableElement | null, cell: GridCell): void {
  const target = table?.querySelector<HTMLElement>(`[data-cell="${cell.row}:${cell.column}"]`);
  if (target) {
    target.focus();
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
