import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import type { HistoryEntry } from '../domain/itemHistory';
import { ErrorMessage } from './ErrorMessage';
import { format, formatDateTime } from './format';
import { useLoader } from './useLoader';

export interface ItemHistoryPanelProps {
  /** Loads the item's history (newest first); called only when the user opens the section. */
  readonly load: () => Promise<HistoryEntry[]>;
  /** Identifies the item, so a different item loads its own history. */
  readonly itemKey: string;
  readonly locale: string;
}

/** "Verlauf": who changed what and when, loaded on demand below a disclosure button. */
export function ItemHistoryPanel({ load, itemKey, locale }: ItemHistoryPanelProps): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const regionId = `history-${itemKey}`;
  return (
    <section aria-label={commonStrings.HistoryTitle}>
      <ActionButton iconProps={{ iconName: 'History' }} aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? commonStrings.HistoryHide : commonStrings.HistoryShow}
      </ActionButton>
      {open && (
        <div id={regionId} data-testid="item-history">
          <HistoryList load={load} itemKey={itemKey} locale={locale} />
        </div>
      )}
    </section>
  );
}

function HistoryList({ load, itemKey, locale }: ItemHistoryPanelProps): React.ReactElement {
  const [history, retry] = useLoader(load, itemKey);
  if (history.state === 'loading') {
    return <Spinner size={SpinnerSize.small} label={commonStrings.HistoryLoading} ariaLive="polite" />;
  }
  if (history.state === 'error') {
    return <ErrorMessage error={history.error} onRetry={retry} />;
  }
  if (history.data.length === 0) {
    return <Text>{commonStrings.HistoryEmpty}</Text>;
  }
  return (
    <Stack as="ol" tokens={{ childrenGap: 12 }} styles={{ root: { listStyle: 'none', padding: 0, margin: 0 } }}>
      {history.data.map((entry) => (
        <li key={entry.label}>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            {format(entry.created ? commonStrings.HistoryCreated : commonStrings.HistoryChanged, formatDateTime(entry.modified, locale), entry.editor, entry.label)}
          </Text>
          <ul>
            {entry.changes.map((change) => (
              <li key={change.field}>
                {entry.created
                  ? format(commonStrings.HistoryInitialValue, change.field, change.after)
                  : format(commonStrings.HistoryChange, change.field, change.before || commonStrings.HistoryEmptyValue, change.after || commonStrings.HistoryEmptyValue)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </Stack>
  );
}
