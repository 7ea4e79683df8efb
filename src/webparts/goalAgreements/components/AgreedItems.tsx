import * as React from 'react';
import { MessageBar, Stack, Text } from '@fluentui/react';
import type { AgreementWithItems, Contact } from '../../../domain';
import { DataTable } from '../../../ui/DataTable';
import { format } from '../../../ui/format';
import { achievementLabels } from '../agreementLabels';

export interface AgreedItemsProps {
  readonly year: number;
  readonly stored: AgreementWithItems | undefined;
  readonly previous: AgreementWithItems | undefined;
  readonly contacts: readonly Contact[];
  readonly strings: IGoalAgreementsWebPartStrings;
}

/** A concluded agreement (or any agreement a department contact opens): what was agreed, and once reviewed, what was achieved. */
export function AgreedItems({ stored, previous, contacts, strings, year }: AgreedItemsProps): React.ReactElement {
  if (!stored) {
    return <></>;
  }
  const achievements = achievementLabels(strings);
  const isReviewed = stored.agreement.status === 'reviewed';
  const contactName = (id: number | undefined): string => contacts.find((contact) => contact.id === id)?.name ?? strings.None;
  const carriedOverYear = previous?.agreement.year ?? year - 1;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {stored.agreement.status !== 'draft' && <MessageBar>{strings.ReadOnlyAgreed}</MessageBar>}
      {stored.items.length === 0 ? (
        <Text>{strings.NoItems}</Text>
      ) : (
        <DataTable
          caption={strings.ItemsCaption}
          testId="agreed-items"
          rows={stored.items}
          rowKey={(item) => item.measureId}
          columns={[
            {
              key: 'measure',
              header: strings.ColumnMeasure,
              render: (item) => (
                <>
                  {item.title}
                  {item.carriedOverFrom !== undefined && <em> ({format(strings.CarriedOver, carriedOverYear)})</em>}
                </>
              )
            },
            { key: 'target', header: strings.ColumnTarget, render: (item) => item.target ?? strings.None },
            { key: 'responsible', header: strings.ColumnResponsible, render: (item) => contactName(item.responsibleContactId) },
            { key: 'notes', header: strings.ColumnNotes, render: (item) => item.notes ?? strings.None },
            ...(isReviewed
              ? [
                  { key: 'achievement', header: strings.ColumnAchievement, render: (item: (typeof stored.items)[number]) => achievements[item.achievement] },
                  { key: 'reason', header: strings.ColumnReason, render: (item: (typeof stored.items)[number]) => item.achievementReason ?? strings.None }
                ]
              : [])
          ]}
        />
      )}
      {stored.agreement.notes && (
        <Text block>
          <strong>{strings.FieldAgreementNotes}:</strong> {stored.agreement.notes}
        </Text>
      )}
    </Stack>
  );
}
