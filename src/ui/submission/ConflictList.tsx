import * as React from 'react';
import { DefaultButton, Stack, Text } from '@fluentui/react';
import type { EntryConflict } from '../../app/indicatorEntry/submissionFlow';
import { valueText } from '../../app/indicatorEntry/submissionTexts';
import { format } from '../format';

export interface ConflictListStrings {
  readonly Conflicts: string;
  readonly ConflictRow: string;
  readonly KeepMine: string;
  readonly KeepMineAria: string;
  readonly TakeTheirs: string;
  readonly TakeTheirsAria: string;
}

export interface ConflictListProps {
  readonly conflicts: readonly EntryConflict[];
  readonly language: 'de' | 'en';
  readonly strings: ConflictListStrings;
  readonly isBusy: boolean;
  readonly onDecide: (conflict: EntryConflict, choice: 'mine' | 'theirs') => void;
  readonly headingId: string;
  readonly headingClassName?: string;
  readonly testId: string;
  /** Gives each item a `conflict-<key>` test id. */
  readonly isItemTagged?: boolean;
}

/** The values someone else changed meanwhile: both versions, and for each the choice to keep one's own or take theirs. */
export function ConflictList({ conflicts, language, strings, isBusy, onDecide, headingId, headingClassName, testId, isItemTagged }: ConflictListProps): React.ReactElement {
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className={headingClassName}>
        {format(strings.Conflicts, conflicts.length)}
      </h3>
      <ul style={{ paddingLeft: 18 }}>
        {conflicts.map((conflict) => (
          <li key={conflict.key} data-testid={isItemTagged ? `conflict-${conflict.key}` : undefined}>
            <Text block>{format(strings.ConflictRow, conflict.label, valueText(conflict.mine, language), valueText(conflict.theirs, language))}</Text>
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.KeepMine} ariaLabel={format(strings.KeepMineAria, conflict.label)} onClick={() => onDecide(conflict, 'mine')} disabled={isBusy} />
              <DefaultButton text={strings.TakeTheirs} ariaLabel={format(strings.TakeTheirsAria, conflict.label)} onClick={() => onDecide(conflict, 'theirs')} disabled={isBusy} />
            </Stack>
          </li>
        ))}
      </ul>
    </section>
  );
}
