import * as React from 'react';
import { Dropdown, Stack, Text } from '@fluentui/react';
import type { Department } from '../../../domain';
import { yearChoices } from '../../../app/indicatorEntry/submissionFlow';

export interface EntryChoicesProps {
  readonly isCoordinator: boolean;
  readonly departments: readonly Department[];
  readonly departmentId: number | undefined;
  readonly onDepartment: (departmentId: number) => void;
  readonly year: number;
  readonly currentYear: number;
  readonly onYear: (year: number) => void;
  readonly isBusy: boolean;
  readonly strings: Pick<IIndicatorEntryWebPartStrings, 'Department' | 'DepartmentPlaceholder' | 'Year' | 'CoordinatorHint'>;
}

/** The reporting year, and for the coordinator the department whose values are entered. */
export function EntryChoices({ isCoordinator, departments, departmentId, onDepartment, year, currentYear, onYear, isBusy, strings }: EntryChoicesProps): React.ReactElement {
  return (
    <>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        {isCoordinator && (
          <Dropdown
            label={strings.Department}
            placeholder={strings.DepartmentPlaceholder}
            selectedKey={departmentId ?? null}
            options={departments.map((candidate) => ({ key: candidate.id, text: `${candidate.number} ${candidate.name}` }))}
            onChange={(_, option) => option && onDepartment(Number(option.key))}
            disabled={isBusy}
            styles={{ root: { minWidth: 280 } }}
          />
        )}
        <Dropdown
          label={strings.Year}
          selectedKey={year}
          options={yearChoices(currentYear, year).map((candidate) => ({ key: candidate, text: String(candidate) }))}
          onChange={(_, option) => option && onYear(Number(option.key))}
          disabled={isBusy}
          styles={{ root: { width: 140 } }}
        />
      </Stack>
      {isCoordinator && <Text variant="small">{strings.CoordinatorHint}</Text>}
    </>
  );
}
