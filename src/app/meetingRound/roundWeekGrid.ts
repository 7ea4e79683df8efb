import { addDays, wallMinutes } from '../../domain';
import type { Interval } from '../../domain';
import { mondayOf, timeOfMinutes } from './roundSettings';

export interface WeekCard {
  readonly departmentId: number;
  readonly slot: Interval;
  readonly isFixed: boolean;
  /** 0 = Monday … 4 = Friday. */
  readonly column: number;
  /** First time row (0-based) and number of rows the card covers. */
  readonly row: number;
  readonly rowSpan: number;
}

export interface WeekDay {
  readonly day: string;
  /** Outside the window, or a public holiday / closed day. */
  readonly isClosed: boolean;
  readonly holiday?: string;
}

export interface WeekGrid {
  readonly monday: string;
  readonly days: readonly WeekDay[];
  /** Start of each time row, `HH:MM`. */
  readonly rows: readonly string[];
  readonly cards: readonly WeekCard[];
}

/**
 * The plan as a calendar: one grid per week of the window (Monday to Friday as columns, working
 * hours in rows of `rowMinutes`), each meeting a card spanning its rows. A meeting that does not
 * start on a row boundary starts in the row it falls into.
 */
export function weekGrids(
  window: { readonly firstDay: string; readonly lastDay: string; readonly dayStartMinutes: number; readonly dayEndMinutes: number },
  placed: ReadonlyArray<{ readonly departmentId: number; readonly slot: Interval; readonly isFixed: boolean }>,
  holidays: ReadonlyMap<string, string> = new Map(),
  rowMinutes = 30
): WeekGrid[] {
  const rowCount = Math.max(1, Math.ceil((window.dayEndMinutes - window.dayStartMinutes) / rowMinutes));
  const rows = Array.from({ length: rowCount }, (_, index) => timeOfMinutes(window.dayStartMinutes + index * rowMinutes));
  const grids: WeekGrid[] = [];
  for (let monday = mondayOf(window.firstDay); monday <= window.lastDay; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 5 }, (_, index) => {
      const day = addDays(monday, index);
      const holiday = holidays.get(day);
      return { day, isClosed: day < window.firstDay || day > window.lastDay || holiday !== undefined, ...(holiday ? { holiday } : {}) };
    });
    const cards = placed.flatMap((entry) => {
      const day = entry.slot.start.slice(0, 10);
      const column = days.findIndex((candidate) => candidate.day === day);
      if (column < 0) {
        return [];
      }
      const startMinutes = wallMinutes(entry.slot.start) - wallMinutes(`${day}T00:00`);
      const endMinutes = startMinutes + (wallMinutes(entry.slot.end) - wallMinutes(entry.slot.start));
      const row = Math.min(rowCount - 1, Math.max(0, Math.floor((startMinutes - window.dayStartMinutes) / rowMinutes)));
      const lastRow = Math.min(rowCount, Math.max(row + 1, Math.ceil((endMinutes - window.dayStartMinutes) / rowMinutes)));
      return [{ departmentId: entry.departmentId, slot: entry.slot, isFixed: entry.isFixed, column, row, rowSpan: lastRow - row }];
    });
    grids.push({ monday, days, rows, cards: cards.sort((a, b) => a.column - b.column || a.row - b.row) });
  }
  return grids;
}
