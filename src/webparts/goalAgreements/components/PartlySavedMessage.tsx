import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { AgreementPart } from '../../../data/goalAgreementRepository';
import type { PartlySaved } from '../../../app/goalAgreements/agreementSaving';
import { errorText } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { ServiceError } from '../../../http/serviceError';

export interface PartlySavedMessageProps {
  readonly report: Omit<PartlySaved, 'stored'>;
  readonly strings: IGoalAgreementsWebPartStrings;
}

export function partText(part: AgreementPart, strings: IGoalAgreementsWebPartStrings): string {
  switch (part.kind) {
    case 'notes':
      return strings.PartNotes;
    case 'status':
      return strings.PartStatus;
    case 'nextDraft':
      return format(strings.PartNextDraft, part.year);
    case 'item': {
      const templates = { add: strings.PartItemAdd, change: strings.PartItemChange, remove: strings.PartItemRemove, assess: strings.PartItemAssess };
      return format(templates[part.change], part.title);
    }
  }
}

/** A save that took effect in part: exactly what was saved and what was not (with why), and that the form shows the stored state. */
export function PartlySavedMessage({ report, strings }: PartlySavedMessageProps): React.ReactElement {
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
      <div role="alert" data-testid="agreement-partly-saved">
        <div>{report.isReloaded ? strings.PartlySavedHint : strings.PartlySavedNotReloaded}</div>
        <div>{strings.NotSavedParts}</div>
        <ul style={{ margin: '4px 0', paddingLeft: 20 }} data-testid="agreement-not-saved">
          {report.notSaved.map(({ part, error }, index) => (
            <li key={`not-${index}`}>
              {partText(part, strings)}: {errorText(error)}
              {error instanceof ServiceError ? ` (${error.serviceMessage})` : ''}
            </li>
          ))}
        </ul>
        {report.saved.length > 0 && (
          <>
            <div>{strings.SavedParts}</div>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid="agreement-saved">
              {report.saved.map((part, index) => (
                <li key={`saved-${index}`}>{partText(part, strings)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </MessageBar>
  );
}
