import * as React from 'react';
import { Text, mergeStyleSets, useTheme } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import type { GoalChange } from '../domain';
import { goalChangeDatesText, goalChangeStateText, goalChangeTypeText } from './goalChangeTexts';

export interface GoalChangeHistoryProps {
  /** The changes to list, oldest first. */
  readonly changes: readonly GoalChange[];
  readonly today: string;
  readonly locale: string;
  /** The list's heading; the goal's changes by default. */
  readonly title?: string;
  /** Prefixes each entry with its goal, where the list mixes goals (the overview). */
  readonly goalLabel?: (change: GoalChange) => string | undefined;
  readonly testId?: string;
  /** The heading's id, unique on the page: it names the list for screen readers. */
  readonly headingId: string;
}

/** Every change of a goal (or a period) with where it stands and its dates; pending ones never read as effective. */
export function GoalChangeHistory({ changes, today, locale, title = commonStrings.GoalChangeHistoryTitle, goalLabel, testId, headingId }: GoalChangeHistoryProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { margin: '4px 0 0', paddingLeft: 20 },
    item: { marginBottom: 6 },
    // Bold, not coloured: the words say "pending", contrast stays that of body text.
    pending: { fontWeight: 600 },
    muted: { color: theme.palette.neutralSecondary }
  });
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <Text as="h3" variant="mediumPlus" id={headingId} block>
        {title}
      </Text>
      {changes.length === 0 ? (
        <Text block>{commonStrings.GoalChangeHistoryEmpty}</Text>
      ) : (
        <ul className={classes.list}>
          {changes.map((change) => {
            const isPending = change.status === 'proposed' || change.status === 'advisoryConsent';
            const goal = goalLabel?.(change);
            return (
              <li key={change.id ?? change.title} className={classes.item} data-status={change.status}>
                <Text block>
                  {goal ? `${goal}: ` : ''}
                  {change.title} ({goalChangeTypeText(change.type)})
                </Text>
                <Text block className={isPending ? classes.pending : undefined}>
                  {goalChangeStateText(change, today, locale)}
                </Text>
                <Text block variant="small" className={classes.muted}>
                  {goalChangeDatesText(change, locale)}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
