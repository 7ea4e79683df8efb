import * as React from 'react';
import { MessageBar, MessageBarType, Text, ThemeProvider } from '@fluentui/react';
import { fluentTheme, type HostTheme } from '../../ui/hostTheme';
import type { SiteNotFoundText } from './siteNotFoundTexts';

export interface SiteNotFoundProps {
  readonly text: SiteNotFoundText;
  readonly theme: HostTheme;
}

/** Instead of a web part's view when its site is unknown: what is wrong and who fixes it how. */
export function SiteNotFound({ text, theme }: SiteNotFoundProps): React.ReactElement {
  return (
    <ThemeProvider theme={fluentTheme(theme)} as="section" aria-label={text.title}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <div role="alert">
          <Text as="p" block>
            <strong>{text.title}</strong>
          </Text>
          <Text as="p" block>
            {text.reason}
          </Text>
          <Text as="p" block>
            {text.action}
          </Text>
          <code>{text.command}</code>
        </div>
      </MessageBar>
    </ThemeProvider>
  );
}
