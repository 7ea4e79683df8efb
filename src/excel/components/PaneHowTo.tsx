import * as React from 'react';
import { ActionButton, Text } from '@fluentui/react';
import type { PaneStrings } from '../paneStrings';
import type { WorkbookStorage } from '../browserSheetGrid';

export interface PaneHowToProps {
  readonly strings: Pick<PaneStrings, 'HowToTitle' | 'HowToShow' | 'HowToHide' | 'HowTo1' | 'HowTo2' | 'HowTo3'>;
  /** Where the pane remembers, per user, that the explanation was collapsed (the add-in's localStorage). */
  readonly preferences?: WorkbookStorage;
  readonly login: string;
}

/** The key under which a user's choice is kept; one per login, since contacts may share a computer. */
export function howToPreferenceKey(login: string): string {
  return `integrationsplanung365.paneHowTo.${login.toLowerCase()}`;
}

/**
 * "So geht's": what the pane does in three lines, open until the user collapses it, and
 * collapsed from then on for that user, so that the first contact is not left guessing and the
 * tenth is not slowed down.
 */
export function PaneHowTo({ strings, preferences, login }: PaneHowToProps): React.ReactElement {
  const key = howToPreferenceKey(login);
  const [isOpen, setOpen] = React.useState(() => preferences?.getItem(key) !== 'collapsed');
  const toggle = (): void => {
    const next = !isOpen;
    setOpen(next);
    preferences?.setItem(key, next ? 'open' : 'collapsed');
  };
  return (
    <div data-testid="pane-how-to">
      <ActionButton
        iconProps={{ iconName: isOpen ? 'ChevronDown' : 'ChevronRight' }}
        aria-expanded={isOpen}
        aria-controls="pane-how-to-steps"
        title={isOpen ? strings.HowToHide : strings.HowToShow}
        onClick={toggle}
        styles={{ root: { paddingLeft: 0, height: 28 }, label: { fontWeight: 600 } }}
      >
        {strings.HowToTitle}
      </ActionButton>
      {isOpen && (
        <ol id="pane-how-to-steps" style={{ margin: '0 0 0 20px', padding: 0 }}>
          {[strings.HowTo1, strings.HowTo2, strings.HowTo3].map((line) => (
            <li key={line}>
              <Text variant="small">{line}</Text>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
