import { GridCell, GridCellValue, GridColumnFormat, GridContent, GridMark, GridValue, SheetGrid } from './sheetGrid';

/** One worksheet of the in-page workbook. */
export interface BrowserSheet {
  readonly name: string;
  readonly values: GridValue[][];
  /** The text a user typed that starts with "=", as Excel would keep it as a formula. */
  readonly formulas: Record<string, string>;
  readonly columns: GridColumnFormat[];
  /** "row:column" of the cells a user may change while the sheet is protected. */
  readonly editable: string[];
  readonly isProtected: boolean;
  /** "row:column" → reasons. */
  readonly marks: Record<string, string[]>;
  /** Where a file opens the cursor (the cell active when it was saved). */
  readonly activeCell?: GridCell;
}

/** The in-page workbook: its sheets, the one shown, and the pane's state (as Excel keeps add-in settings in the file). */
export interface BrowserWorkbook {
  sheets: BrowserSheet[];
  active?: string;
  state?: string;
}

/** Where the page keeps its workbook between reloads (localStorage in the workbench). */
export interface WorkbookStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type GridListener = () => void;

/**
 * The sheet grid in the page: a workbook held in memory (and in the given storage, so that a
 * reload is like reopening the file), shown by `SheetGridView`. It behaves like Excel where
 * the pane relies on it: a protected sheet takes input only in its unlocked cells, text that
 * reads as a number in the user's language becomes a number, "=…" is kept as a formula.
 */
export class BrowserSheetGrid implements SheetGrid {
  private workbook: BrowserWorkbook;
  private readonly listeners = new Set<GridListener>();
  private readonly selectListeners = new Set<(cell: GridCell) => void>();

  public constructor(
    private readonly language: 'de' | 'en',
    private readonly storage?: WorkbookStorage,
    private readonly storageKey = 'indicatorWorkbook',
    /** The workbook as a file holds it, when the page opened one; what the storage kept of it wins (typed, not yet saved). */
    initial?: BrowserWorkbook
  ) {
    const stored = storage?.getItem(storageKey);
    this.workbook = stored ? (JSON.parse(stored) as BrowserWorkbook) : initial ? { ...initial } : { sheets: [] };
  }

  public subscribe(listener: GridListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The view moves the focus to a cell the pane selects. */
  public onSelect(listener: (cell: GridCell) => void): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  public get activeSheet(): BrowserSheet | undefined {
    return this.workbook.sheets.find((sheet) => sheet.name === this.workbook.active);
  }

  public async openSheet(name: string): Promise<void> {
    const sheet: BrowserSheet = { name, values: [], formulas: {}, columns: [], editable: [], isProtected: false, marks: {} };
    this.workbook.sheets = [...this.workbook.sheets.filter((other) => other.name !== name), sheet];
    this.workbook.active = name;
    this.changed();
  }

  public async hasSheet(name: string): Promise<boolean> {
    return this.workbook.sheets.some((sheet) => sheet.name === name);
  }

  public async sheetNames(): Promise<string[]> {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  public async writeValues(name: string, values: readonly (readonly GridValue[])[]): Promise<void> {
    this.update(name, (sheet) => {
      const next = sheet.values.map((row) => [...row]);
      values.forEach((row, r) => {
        next[r] = next[r] ?? [];
        row.forEach((value, c) => {
          next[r][c] = value;
        });
      });
      return { ...sheet, values: next };
    });
  }

  public async writeCells(name: string, cells: readonly GridCellValue[]): Promise<void> {
    this.update(name, (sheet) => {
      const next = sheet.values.map((row) => [...row]);
      for (const cell of cells) {
        next[cell.row] = next[cell.row] ?? [];
        next[cell.row][cell.column] = cell.value;
      }
      return { ...sheet, values: next };
    });
  }

  public async readContent(name: string): Promise<GridContent> {
    const sheet = this.sheet(name);
    const width = Math.max(0, ...sheet.values.map((row) => row.length));
    const values = sheet.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    const formulas = values.map((row, r) => row.map((_, c) => sheet.formulas[key(r, c)] ?? null));
    return { values, formulas };
  }

  public async formatColumns(name: string, rowCount: number, columns: readonly GridColumnFormat[]): Promise<void> {
    this.update(name, (sheet) => ({ ...sheet, columns: [...columns] }));
  }

  public async protectSheet(name: string, editable: readonly GridCell[]): Promise<void> {
    this.update(name, (sheet) => ({ ...sheet, isProtected: true, editable: editable.map((cell) => key(cell.row, cell.column)) }));
  }

  public async markCells(name: string, marks: readonly GridMark[]): Promise<void> {
    this.update(name, (sheet) => {
      const next = { ...sheet.marks };
      for (const mark of marks) {
        next[key(mark.row, mark.column)] = [...(next[key(mark.row, mark.column)] ?? []), mark.message];
      }
      return { ...sheet, marks: next };
    });
  }

  public async clearMarks(name: string): Promise<void> {
    this.update(name, (sheet) => ({ ...sheet, marks: {} }));
  }

  public async selectCell(name: string, cell: GridCell): Promise<void> {
    this.workbook.active = name;
    this.changed();
    for (const listener of this.selectListeners) {
      listener(cell);
    }
  }

  public async readState(): Promise<string | undefined> {
    return this.workbook.state;
  }

  public async writeState(json: string | undefined): Promise<void> {
    this.workbook.state = json;
    this.persist();
  }

  public isEditable(sheet: BrowserSheet, cell: GridCell): boolean {
    return !sheet.isProtected || sheet.editable.includes(key(cell.row, cell.column));
  }

  /** What a user typed into a cell; refused (false) where the protected sheet locks the cell. */
  public enter(name: string, cell: GridCell, text: string): boolean {
    return this.enterBlock(name, cell, [[text]]) > 0;
  }

  /**
   * A block pasted from the clipboard (rows of tab-separated cells, as Excel and other
   * spreadsheets copy them), from the given cell rightwards and downwards. Locked cells keep
   * their content; returns how many cells took a value.
   */
  public pasteText(name: string, cell: GridCell, clipboard: string): number {
    const rows = clipboard.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
    return this.enterBlock(name, cell, rows);
  }

  private enterBlock(name: string, origin: GridCell, rows: readonly (readonly string[])[]): number {
    let entered = 0;
    this.update(name, (sheet) => {
      const values = sheet.values.map((row) => [...row]);
      const formulas = { ...sheet.formulas };
      rows.forEach((line, r) =>
        line.forEach((text, c) => {
          const cell = { row: origin.row + r, column: origin.column + c };
          if (cell.row >= values.length || !this.isEditable(sheet, cell)) {
            return;
          }
          const trimmed = text.trim();
          // A text-formatted column ("@") keeps what was typed as text, as Excel does.
          const isText = sheet.columns.some((column) => column.column === cell.column && column.numberFormat === '@');
          const isFormula = !isText && trimmed.startsWith('=');
          values[cell.row][cell.column] = isText ? (trimmed === '' ? null : trimmed) : isFormula ? trimmed : parseEntry(trimmed, this.language);
          if (isFormula) {
            formulas[key(cell.row, cell.column)] = trimmed;
          } else {
            delete formulas[key(cell.row, cell.column)];
          }
          entered += 1;
        })
      );
      return { ...sheet, values, formulas };
    });
    return entered;
  }

  private sheet(name: string): BrowserSheet {
    const sheet = this.workbook.sheets.find((candidate) => candidate.name === name);
    if (!sheet) {
      throw new Error(`The worksheet "${name}" does not exist.`);
    }
    return sheet;
  }

  private update(name: string, change: (sheet: BrowserSheet) => BrowserSheet): void {
    const next = change(this.sheet(name));
    this.workbook.sheets = this.workbook.sheets.map((sheet) => (sheet.name === name ? next : sheet));
    this.changed();
  }

  private changed(): void {
    this.persist();
    for (const listener of this.listeners) {
      listener();
    }
  }

  private persist(): void {
    this.storage?.setItem(this.storageKey, JSON.stringify(this.workbook));
  }
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}

/**
 * A typed entry as Excel reads it: a number in the user's notation ("1.234,5" in German,
 * "1,234.5" in English) becomes a number, anything else stays text, an empty cell is empty.
 */
export function parseEntry(text: string, language: 'de' | 'en'): GridValue {
  if (text === '') {
    return null;
  }
  const [group, decimal] = language === 'de' ? ['.', ','] : [',', '.'];
  const pattern = new RegExp(`^[-+]?(\\d{1,3}(\\${group}\\d{3})+|\\d+)(\\${decimal}\\d+)?$`);
  if (!pattern.test(text)) {
    return text;
  }
  return Number(text.split(group).join('').replace(decimal, '.'));
}

/** How the grid shows a value for editing, in the user's notation without grouping. */
export function entryText(value: GridValue, language: 'de' | 'en'): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    return language === 'de' ? String(value).replace('.', ',') : String(value);
  }
  return String(value);
}

/** The in-page workbook of the signed-in user, as each contact has their own file; without a sign-in a shared one, so the pane can show why. */
export async function userWorkbook(users: { currentUser(): Promise<{ readonly login: string }> }, language: 'de' | 'en', storage?: WorkbookStorage): Promise<BrowserSheetGrid> {
  try {
    const user = await users.currentUser();
    return new BrowserSheetGrid(language, storage, `integrationsplanung365.workbook.${user.login}`);
  } catch {
    return new BrowserSheetGrid(language, storage);
  }
}
