import * as React from 'react';
import { Icon, mergeStyleSets, useTheme } from '@fluentui/react';
import type { ValueReviewState } from '../../domain';

export interface ReviewStateLabelProps {
  readonly state: ValueReviewState;
  /** The state's word in the UI language ("zurückgegeben"). */
  readonly text: string;
}

const iconOf: Partial<Record<ValueReviewState, string>> = { returned: 'Warning', accepted: 'Completed' };

/**
 * Where a value stands in the office's review, as icon and word: a returned value is told apart
 * by its text, not by colour alone; the icon is decoration for sighted users.
 */
export function ReviewStateLabel({ state, text }: ReviewStateLabelProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    label: { display: 'inline-flex', alignItems: 'center', gap: 6, fontWeight: state === 'returned' ? 600 : 'normal' },
    icon: { color: state === 'returned' ? theme.semanticColors.warningIcon : state === 'accepted' ? theme.semanticColors.successIcon : theme.semanticColors.bodySubtext }
  });
  const icon = iconOf[state];
  return (
    <span className={classes.label} data-review-state={state}>
      {icon && <Icon iconName={icon} aria-hidden className={classes.icon} />}
      <span>{text}</span>
    </span>
  );
}
