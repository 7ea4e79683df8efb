import { looksLikeFormula, maxTitleLength, MeasureStatusChoices, normaliseTitle, withoutInvisibleCharacters } from '../domain';
import type { Concept, Department, FieldOfAction, Goal, Measure, MeasureStatus, PlanPeriod } from '../domain';
import { CatalogueColumn, catalogueColumns, ColumnMapping, columnSpec, missingColumns } from './catalogueColumns';
import { catalogueImportKey, comparableText } from './importKey';
import { ImportProblem, importProblem } from './importMessages';
import type { SheetRow } from './workbookReader';

/** What the site already holds, as far as the import refers to it. */
export interface CatalogueImportContext {
  readonly planPeriod: Pick<PlanPeriod, 'id' | 'updateNumber'>;
  readonly departments: readonly Department[];
  readonly concepts: readonly Concept[];
  /** Fields of action and goals of the plan period. */
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  /** Measures of the plan period, with importKey and etag. */
  readonly measures: readonly Measure[];
}

/** A row that passed validation, with its references resolved to ids. */
export interface ImportedMeasureRow {
  readonly row: number;
  readonly importKey: string;
  readonly number?: string;
  readonly fieldOfAction: string;
  readonly goal: string;
  readonly title: string;
  readonly leadDepartmentId: number;
  readonly involvedDepartmentIds: readonly number[];
  readonly sourceConceptId?: number;
  readonly status: MeasureStatus;
  readonly description?: string;
  readonly indicators: readonly string[];
}

export interface ImportPreview {
  readonly rows: readonly ImportedMeasureRow[];
  readonly problems: readonly ImportProblem[];
  /** False when any row has a problem: nothing is half-imported. */
  readonly canImport: boolean;
}

/** Text columns other than the title; longer texts go into multi-line columns without SharePoint's 255 limit. */
const maxNoteLength = 63999;
const measureNumberPattern = /^\d+(\.\d+)*$/;

/**
 * Checks every row before anything is written: the preview lists each problem on its cell,
 * and `canImport` is false as long as one remains. Headers are named as the file spells them.
 */
export function validateImportRows(rows: readonly SheetRow[], mapping: ColumnMapping, context: CatalogueImportContext, headers?: readonly string[]): ImportPreview {
  const problems: ImportProblem[] = missingColumns(mapping).map((key) => importProblem(0, columnSpec(key).header, 'import.columnMissing', { column: columnSpec(key).header }));
  const headerOf = (key: CatalogueColumn): string => {
    const index = mapping[key];
    return (index !== undefined ? headers?.[index] : undefined) || columnSpec(key).header;
  };
  const resolver = referenceResolver(context);
  const valid: ImportedMeasureRow[] = [];
  const firstRowOfMeasure = new Map<string, number>();
  const firstRowOfNumber = new Map<string, number>();

  for (const sheetRow of rows) {
    const rowProblems: ImportProblem[] = [];
    const report = (key: CatalogueColumn, message: ImportProblem['message'], params?: Record<string, string | number>): void => {
      rowProblems.push(importProblem(sheetRow.row, headerOf(key), message, params));
    };
    const cell = (key: CatalogueColumn): string | undefined => {
      const index = mapping[key];
      if (index === undefined) {
        return undefined;
      }
      // Invisible characters go first: a title pasted with a zero-width space must find its measure again.
      const raw = withoutInvisibleCharacters(sheetRow.cells[index] ?? '');
      const text = unescapeText(raw.trim());
      const isFormula = sheetRow.formulaColumns?.includes(index) === true;
      if (isFormula || (text.escaped === false && !isFreeText(key) && looksLikeFormula(text.value))) {
        report(key, 'import.formulaRejected', { sign: text.value.charAt(0) });
        return undefined;
      }
      return text.value;
    };
    const values = Object.fromEntries(catalogueColumns.map((spec) => [spec.key, cell(spec.key)])) as Partial<Record<CatalogueColumn, string>>;
    if (rowProblems.length === 0 && catalogueColumns.every((spec) => (values[spec.key] ?? '') === '')) {
      continue;
    }

    const title = normaliseTitle(values.title);
    if (mapping.title !== undefined && values.title !== undefined) {
      if (title === '') {
        report('title', 'measure.titleRequired');
      } else if (title.length > maxTitleLength) {
        report('title', 'measure.titleTooLong', { length: title.length, max: maxTitleLength });
      }
    }
    const fieldOfAction = requiredText('fieldOfAction', values.fieldOfAction, maxTitleLength, report);
    const goal = requiredText('goal', values.goal, maxTitleLength, report);
    const description = (values.description ?? '').trim();
    if (description.length > maxNoteLength) {
      report('description', 'import.textTooLong', { length: description.length, max: maxNoteLength });
    }

    const number = (values.number ?? '').trim();
    if (number !== '' && mapping.number !== undefined && sheetRow.dateColumns?.includes(mapping.number)) {
      // German Excel turns "1.2" into the 1st of February: the number is lost, only retyping helps.
      const [year, month, day] = number.split('-');
      report('number', 'import.numberIsDate', { value: `${day}.${month}.${year}` });
    } else if (number !== '' && !measureNumberPattern.test(number)) {
      report('number', 'import.numberInvalid', { value: number });
    }

    const lead = resolveLead(values.leadDepartment, mapping.leadDepartment !== undefined, resolver, (message, params) => report('leadDepartment', message, params));
    const involved = splitList(values.involvedDepartments ?? '').flatMap((name) => {
      const id = resolver.department(name);
      if (id === undefined) {
        report('involvedDepartments', 'import.departmentUnknown', { value: name });
        return [];
      }
      return [id];
    });

    const status = resolveStatus(values.status, mapping.status !== undefined, (message, params) => report('status', message, params));
    const conceptText = (values.sourceConcept ?? '').trim();
    const sourceConceptId = conceptText === '' ? undefined : resolver.concept(conceptText);
    if (conceptText !== '' && sourceConceptId === undefined) {
      report('sourceConcept', 'import.conceptUnknown', { value: conceptText, allowed: context.concepts.map((concept) => concept.title).join(', ') });
    }

    const indicators = splitList(values.indicators ?? '').map(normaliseTitle);
    for (const indicator of indicators) {
      if (indicator.length > maxTitleLength) {
        report('indicators', 'import.textTooLong', { length: indicator.length, max: maxTitleLength });
      }
    }

    if (fieldOfAction && goal) {
      const knownField = resolver.fieldOfGoal(goal);
      if (knownField !== undefined && comparableText(knownField) !== comparableText(fieldOfAction)) {
        report('goal', 'import.goalFieldMismatch', { goal, expected: knownField, given: fieldOfAction });
      }
    }

    if (title !== '' && fieldOfAction && goal) {
      const identity = [fieldOfAction, goal, title].map(comparableText).join('\u241f');
      const firstRow = firstRowOfMeasure.get(identity);
      if (firstRow !== undefined) {
        report('title', 'import.duplicateMeasure', { firstRow });
      } else {
        firstRowOfMeasure.set(identity, sheetRow.row);
      }
    }
    if (number !== '') {
      const firstRow = firstRowOfNumber.get(number);
      if (firstRow !== undefined) {
        report('number', 'import.duplicateNumber', { number, firstRow });
      } else {
        firstRowOfNumber.set(number, sheetRow.row);
      }
    }

    if (rowProblems.length > 0 || lead === undefined || status === undefined || !fieldOfAction || !goal) {
      problems.push(...rowProblems);
      continue;
    }
    valid.push({
      row: sheetRow.row,
      importKey: catalogueImportKey(context.planPeriod.updateNumber, { number, fieldOfAction, goal, title }),
      ...(number !== '' ? { number } : {}),
      fieldOfAction,
      goal,
      title,
      leadDepartmentId: lead,
      involvedDepartmentIds: [...new Set(involved)].filter((id) => id !== lead),
      ...(sourceConceptId !== undefined ? { sourceConceptId } : {}),
      status,
      ...(description !== '' ? { description } : {}),
      indicators: [...new Set(indicators.filter((indicator) => indicator !== ''))]
    });
  }
  return { rows: problems.length === 0 ? valid : [], problems, canImport: problems.length === 0 };
}

/**
 * A description is prose: offices write "- " bullet lists and "-5 % weniger …". It is written
 * to every workbook as text (the export's apostrophe), so such a text is kept rather than
 * refused; only a real formula cell is. Titles, names and references stay refused: a title
 * is what the import key and the next export are made of.
 */
function isFreeText(key: CatalogueColumn): boolean {
  return key === 'description';
}

/**
 * Text that starts with a formula sign is written by the export behind an apostrophe (Excel's
 * own "this is text" mark), so it can be told apart from a formula typed by hand.
 */
function unescapeText(text: string): { value: string; escaped: boolean } {
  if (text.startsWith("'") && looksLikeFormula(text.slice(1))) {
    return { value: text.slice(1), escaped: true };
  }
  return { value: text, escaped: false };
}

type Report = (message: ImportProblem['message'], params?: Record<string, string | number>) => void;

function requiredText(key: CatalogueColumn, value: string | undefined, max: number, report: (key: CatalogueColumn, message: ImportProblem['message'], params?: Record<string, string | number>) => void): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const text = normaliseTitle(value);
  if (text === '') {
    report(key, 'import.valueRequired', { column: columnSpec(key).header });
    return undefined;
  }
  if (text.length > max) {
    report(key, 'import.textTooLong', { length: text.length, max });
    return undefined;
  }
  return text;
}

function resolveLead(value: string | undefined, isMapped: boolean, resolver: ReferenceResolver, report: Report): number | undefined {
  if (!isMapped || value === undefined) {
    return undefined;
  }
  const names = splitList(value);
  if (names.length === 0) {
    report('measure.leadDepartmentRequired');
    return undefined;
  }
  if (names.length > 1) {
    report('measure.leadDepartmentAmbiguous', { count: names.length });
    return undefined;
  }
  const id = resolver.department(names[0]);
  if (id === undefined) {
    report('import.departmentUnknown', { value: names[0] });
  }
  return id;
}

function resolveStatus(value: string | undefined, isMapped: boolean, report: Report): MeasureStatus | undefined {
  if (!isMapped || value === undefined) {
    return undefined;
  }
  const wanted = comparableText(value);
  const code = MeasureStatusChoices.codes.find((candidate) => comparableText(MeasureStatusChoices.toLabel(candidate)) === wanted);
  if (code === undefined) {
    report(wanted === '' ? 'import.valueRequired' : 'import.statusUnknown', { value: value.trim(), column: columnSpec('status').header, allowed: MeasureStatusChoices.labels.join(', ') });
  }
  return code;
}

/** Lists in one cell: separated by line breaks, semicolons or bullets as people paste them. */
export function splitList(value: string): string[] {
  return value
    .split(/[\r\n;•]+/)
    .map((part) => part.trim().replace(/^[-–*]\s+/, ''))
    .filter((part) => part !== '');
}

interface ReferenceResolver {
  department(text: string): number | undefined;
  concept(text: string): number | undefined;
  /** The title of the field of action a goal of the period belongs to. */
  fieldOfGoal(goal: string): string | undefined;
}

function referenceResolver(context: CatalogueImportContext): ReferenceResolver {
  const byNumber = new Map(context.departments.map((department) => [department.number.trim().toLowerCase(), department.id]));
  const byName = new Map(context.departments.map((department) => [comparableText(department.name), department.id]));
  const concepts = new Map<string, number>();
  for (const concept of context.concepts) {
    concepts.set(comparableText(concept.title), concept.id);
    concepts.set(comparableText(`${concept.title} (${concept.year})`), concept.id);
    concepts.set(comparableText(`${concept.title} ${concept.year}`), concept.id);
  }
  const fieldTitles = new Map(context.fieldsOfAction.map((field) => [field.id, field.title]));
  const goalFields = new Map<string, string>();
  for (const goal of context.goals) {
    const field = fieldTitles.get(goal.fieldOfActionId);
    if (field !== undefined) {
      goalFields.set(comparableText(goal.title), field);
    }
  }
  return {
    department(text) {
      // "50", "FB 50", "50 Soziales", "50 - Soziales", "Fachbereich 50 Soziales", "Soziales".
      const cleaned = text.replace(/^(fachbereich|fb)\s*/i, '').trim();
      const match = /^(\d+[a-z]?)\b\s*[-–:]?\s*(.*)$/i.exec(cleaned);
      if (match) {
        const id = byNumber.get(match[1].toLowerCase());
        const name = match[2].trim();
        // A number with a name of another department is a typo the user must see, not a guess.
        if (id !== undefined && (name === '' || byName.get(comparableText(name)) === id)) {
          return id;
        }
        return undefined;
      }
      return byName.get(comparableText(cleaned));
    },
    concept(text) {
      return concepts.get(comparableText(text));
    },
    fieldOfGoal(goal) {
      return goalFields.get(comparableText(goal));
    }
  };
}
