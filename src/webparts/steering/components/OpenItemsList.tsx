import * as React from 'react';
import { Text } from '@fluentui/react';
import { isOverdue, todayInCouncil } from '../../../domain';
import type { ActionItem } from '../../../domain';
import { formatDate } from '../../../ui/format';
import type { SessionsData } from '../../../app/bodySessions/sessionsData';
import { departmentLabel } from './sessionLabels';

export interface OpenItemsListProps {
  readonly items: readonly ActionItem[];
  readonly data: SessionsData;
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
}

/** "Offene Arbeitsaufträge": what earlier sessions of the body asked for and is not done yet. */
export function OpenItemsList({ items, data, strings, locale }: OpenItemsListProps): React.ReactElement {
  const today = todayInCouncil(new Date());
  return (
    <section aria-labelledby="sessions-open-items" data-testid="open-action-items">
      <Text as="h4" variant="medium" id="sessions-open-items" block styles={{ root: { fontWeight: 600, margin: '8px 0 4px' } }}>
        {strings.SessionsOpenItemsHeading}
      </Text>
      {items.length === 0 ? (
        <Text block>{strings.SessionsOpenItemsNone}</Text>
      ) : (
        <ul aria-label={strings.SessionsOpenItemsCaption}>
          {items.map((item) => {
            const session = data.sessions.find((candidate) => candidate.id === item.sessionId);
            const due = item.dueDate ? `${strings.SessionsColumnDue} ${formatDate(item.dueDate, locale)}` : '';
            const overdue = isOverdue(item, today) ? ` (${strings.SessionsOverdue})` : '';
            return (
              <li key={item.id}>
                {[item.description.split('\n')[0], departmentLabel(strings, data.departments, item.departmentId), due + overdue, session ? `${strings.SessionsColumnSession} ${formatDate(session.date, locale)}` : '']
                  .filter((part) => part.trim() !== '')
                  .join(' – ')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
