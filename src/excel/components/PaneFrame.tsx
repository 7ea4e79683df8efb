import * as React from 'react';
import { Stack } from '@fluentui/react';
import type { PaneStrings } from '../paneStrings';

/** The task pane's landmark and title around whatever step it shows. */
export function PaneFrame({ strings, children }: { strings: Pick<PaneStrings, 'Title'>; children: React.ReactNode }): React.ReactElement {
  return (
    <section aria-labelledby="indicator-pane-title" data-testid="indicator-pane">
      <Stack tokens={{ childrenGap: 12, padding: 12 }}>
        <h2 id="indicator-pane-title" style={{ margin: 0 }}>
          {strings.Title}
        </h2>
        {children}
      </Stack>
    </section>
  );
}
