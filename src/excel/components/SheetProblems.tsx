import * as React from 'react';
import { Link } from '@fluentui/react';
import { columnIndex, sheetColumns } from '../../indicatorSheet/sheetLayout';
import type { CellProblem } from '../../indicatorSheet/sheetReader';
import { format } from '../../ui/format';
import type { PaneStrings } from '../paneStrings';

export interface SheetProblemsProps {
  readonly problems: readonly CellProblem[];
  readonly language: 'de' | 'en';
  readonly strings: Pick<PaneStrings, 'Problems' | 'ProblemAt' | 'ProblemGoTo'>;
  /** Puts the cursor on the problem's cell. */
  readonly onSelect: (problem: CellProblem) => void;
}

/** The check's problems, each a link to its cell in the sheet. */
export function SheetProblems({ problems, language, strings, onSelect }: SheetProblemsProps): React.ReactElement {
  const headerOf = (problem: CellProblem): string => sheetColumns[columnIndex(problem.column)].header[language];
  return (
    <section aria-labelledby="pane-problems" data-testid="sheet-problems">
      <h3 id="pane-problems">{format(strings.Problems, problems.length)}</h3>
      <ul style={{ paddingLeft: 18 }}>
        {problems.map((problem, index) => (
          <li key={index}>
            <Link
              onClick={() => onSelect(problem)}
              styles={{ root: { textAlign: 'left', display: 'inline' } }}
              aria-label={`${format(strings.ProblemGoTo, problem.row + 1, headerOf(problem))}. ${problem.message}`}
            >
              {format(strings.ProblemAt, problem.row + 1, headerOf(problem), problem.message)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
