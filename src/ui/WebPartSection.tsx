import * as React from 'react';
import { Spinner, SpinnerSize, Text, ThemeProvider } from '@fluentui/react';
import { fluentTheme, HostTheme } from './hostTheme';
import { ErrorMessage } from './ErrorMessage';
import type { Loaded } from './useLoader';

export interface WebPartSectionProps {
  readonly theme: HostTheme;
  /** The heading's id, unique per web part: it names the section for screen readers. */
  readonly headingId: string;
  readonly title: string;
  readonly className?: string;
  readonly headingClassName?: string;
  readonly testId?: string;
  readonly children?: React.ReactNode;
}

/** The frame of every web part: the host's theme, a landmark section named by its heading. */
export function WebPartSection({ theme, headingId, title, className, headingClassName, testId, children }: WebPartSectionProps): React.ReactElement {
  return (
    <ThemeProvider theme={fluentTheme(theme)} as="section" aria-labelledby={headingId} className={className} data-testid={testId}>
      <Text as="h2" variant="xLarge" id={headingId} block className={headingClassName}>
        {title}
      </Text>
      {children}
    </ThemeProvider>
  );
}

export interface LoadStatusProps {
  readonly loaded: Loaded<unknown>;
  readonly label: string;
  readonly onRetry: () => void;
  /** Small while older data stays on screen. */
  readonly size?: SpinnerSize;
}

/** While loading a spinner announced politely; after a failure the error with a retry. */
export function LoadStatus({ loaded, label, onRetry, size = SpinnerSize.large }: LoadStatusProps): React.ReactElement | null {
  if (loaded.state === 'loading') {
    return <Spinner size={size} label={label} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={onRetry} />;
  }
  return null;
}
