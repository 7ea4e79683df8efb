import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, TextField } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import { format } from './format';

export interface CopyLinkButtonProps {
  readonly link: string;
  /** What the link opens, for the button's accessible name. */
  readonly name: string;
}

/**
 * Copies a link to share in a chat or mail. Teams may deny the clipboard to a tab's iframe;
 * then the link is shown selected, to copy by hand.
 */
export function CopyLinkButton({ link, name }: CopyLinkButtonProps): React.ReactElement {
  const [state, setState] = React.useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div>
      <ActionButton iconProps={{ iconName: 'Link' }} ariaLabel={format(commonStrings.CopyLinkLabel, name)} onClick={() => void copy()}>
        {commonStrings.CopyLink}
      </ActionButton>
      {/* Fluent's success MessageBar is a polite live region (role="status"). */}
      {state === 'copied' && <MessageBar messageBarType={MessageBarType.success}>{commonStrings.LinkCopied}</MessageBar>}
      {state === 'manual' && (
        <TextField label={commonStrings.LinkCopyManual} readOnly value={link} componentRef={(field) => field?.select()} data-testid="manual-link" />
      )}
    </div>
  );
}
