import { layoutTable } from '../../../src/reports/word/tableLayout';
import type { TableBlock } from '../../../src/reports';
import { textWidthTwips, wordsOf } from '../../../src/reports/word/textMeasure';

const cellPadding = 216;
const total = (widths: readonly number[]): number => widths.reduce((sum, width) => sum + width, 0);

/** Every word of the column's cells fits the column at the layout's font size: Word need not break inside it. */
function expectNoWordBroken(table: Pick<TableBlock, 'header' | 'rows'>, column: number, widths: readonly number[], fontSize: number): void {
  const texts = [...table.header.map((row) => ({ row, bold: true })), ...table.rows.map((row) => ({ row, bold: false }))].flatMap(({ row, bold }) =>
    row[column] !== undefined ? [{ text: typeof row[column] === 'string' ? (row[column] as string) : String((row[column] as { text: string }).text), bold }] : []
  );
  for (const { text, bold } of texts) {
    for (const word of wordsOf(text)) {
      expect({ word, fits: textWidthTwips(word, fontSize, bold) + cellPadding <= widths[column] }).toEqual({ word, fits: true });
    }
  }
}

describe('table column widths from the content', () => {
  // The status-quo report's measure table: at the old fixed shares (8/28/15/13/9/11/16 %) Word broke
  // "angemessen?" and "Anmerkungen" inside the word.
  const measureTable = {
    header: [['Nr.', 'Maßnahme', 'Federführung', 'Stand der Umsetzung', 'aktuell?', 'angemessen?', 'Anmerkungen']],
    rows: [
      ['1.1.1', 'Sprachkurse für Eltern in Kitas und Familienzentren', '50 Soziales', 'in Umsetzung', 'ja', 'nein', 'Zu wenige Plätze für den Bedarf; die Nachfrage ist seit 2024 gestiegen.'],
      ['2.1.3', 'Ausbildungsmesse', '32 Ordnung', 'zurückgestellt', 'offen', 'offen', 'noch nicht besprochen']
    ]
  };

  it('keeps every header word of the measure table whole and fills the text width', () => {
    const layout = layoutTable(measureTable);
    expect(layout).toEqual(expect.objectContaining({ fontSize: 18, orientation: 'portrait', isOverflowing: false }));
    expect(total(layout.columnWidths)).toBe(9026);
    for (let column = 0; column < 7; column++) {
      expectNoWordBroken(measureTable, column, layout.columnWidths, layout.fontSize);
    }
    // The room beyond the words goes to the columns with the most text: title and notes.
    const widest = [...layout.columnWidths].sort((a, b) => b - a).slice(0, 2);
    expect(widest.sort()).toEqual([layout.columnWidths[1], layout.columnWidths[6]].sort());
  });

  it('fits the review table with its two-row header ("Maßnahmen", "besprochen", answers under a shared header)', () => {
    const reviewTable = {
      header: [
        [{ text: 'Fachbereich', rowSpan: 2 }, { text: 'Maßnahmen', rowSpan: 2 }, { text: 'besprochen', rowSpan: 2 }, { text: 'aktuell?', columnSpan: 3 }, { text: 'angemessen?', columnSpan: 3 }],
        ['ja', 'nein', 'offen', 'ja', 'nein', 'offen']
      ],
      rows: [['40 Schule und Bildung', '3', '3', '2', '1', '0', '3', '0', '0'], [{ text: 'Gesamt', bold: true }, '6', '5', '4', '1', '1', '4', '1', '1']]
    };
    const layout = layoutTable(reviewTable);
    expect(layout.columnWidths).toHaveLength(9);
    expect(layout).toEqual(expect.objectContaining({ fontSize: 18, orientation: 'portrait' }));
    expect(total(layout.columnWidths)).toBe(9026);
    expectNoWordBroken(reviewTable, 1, layout.columnWidths, 18);
    expectNoWordBroken(reviewTable, 2, layout.columnWidths, 18);
    // "angemessen?" spans the last three columns and fits across them.
    expect(textWidthTwips('angemessen?', 18, true) + cellPadding).toBeLessThanOrEqual(total(layout.columnWidths.slice(6)));
  });

  it('sets the status table (department and six states) on a portrait page without breaking "zurückgestellt"', () => {
    const statusTable = { header: [['Fachbereich', 'geplant', 'in Umsetzung', 'umgesetzt', 'Daueraufgabe', 'zurückgestellt', 'entfallen']], rows: [['50 Soziales', '1', '2', '0', '1', '1', '0']] };
    const layout = layoutTable(statusTable);
    expect(layout.orientation).toBe('portrait');
    for (let column = 0; column < 7; column++) {
      expectNoWordBroken(statusTable, column, layout.columnWidths, layout.fontSize);
    }
  });

  it('takes a smaller font, then a landscape page, when the longest words do not fit', () => {
    const header = (count: number, word: string): { header: string[][]; rows: string[][] } => ({ header: [Array.from({ length: count }, () => word)], rows: [] });
    expect(layoutTable(header(6, 'Integrationskurs'), { landscapeWidth: 13958 })).toEqual(expect.objectContaining({ orientation: 'portrait', fontSize: 16 }));
    const landscape = layoutTable(header(8, 'Teilnehmende'), { landscapeWidth: 13958 });
    expect(landscape).toEqual(expect.objectContaining({ orientation: 'landscape', fontSize: 18 }));
    expect(total(landscape.columnWidths)).toBe(13958);
    // In a template (no landscape page of its own) only the font gets smaller.
    expect(layoutTable(header(8, 'Teilnehmende'))).toEqual(expect.objectContaining({ orientation: 'portrait', fontSize: 14, isOverflowing: false }));
    // Words that fit nowhere: the table grows wider than the text rather than break them.
    const tooWide = layoutTable(header(20, 'Integrationskursteilnehmende'), { landscapeWidth: 13958 });
    expect(tooWide.isOverflowing).toBe(true);
    expect(Math.min(...tooWide.columnWidths)).toBeGreaterThanOrEqual(textWidthTwips('Integrationskursteilnehmende', 14, true) + cellPadding);
  });

  it('breaks lines only at spaces and after hyphens', () => {
    expect(wordsOf('Sprach- und Integrationskurse für Eltern')).toEqual(['Sprach-', 'und', 'Integrationskurse', 'für', 'Eltern']);
  });
});
