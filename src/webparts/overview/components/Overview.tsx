import * as React from 'react';
import { Dropdown, IDropdownOption, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { useLoader } from '../../../ui/useLoader';
import { format, formatDate } from '../../../ui/format';
import { loadOverview, OverviewModel, OverviewServices } from '../../../app/overview/overviewModel';
import { SummaryTiles } from './SummaryTiles';
import { StatusTable } from './StatusTable';
import { FieldsOfActionTable } from './FieldsOfActionTable';
import { DepartmentsTable } from './DepartmentsTable';
import { SteeringGroupStatus } from './SteeringGroupStatus';
import { GoalChangesSection } from './GoalChangesSection';

export interface OverviewProps {
  readonly services: OverviewServices;
  readonly strings: IOverviewWebPartStrings;
  readonly theme: HostTheme;
  readonly planPeriodId?: number;
}

const classes = mergeStyleSets({
  root: { padding: '16px 0', maxWidth: 1200 },
  header: { marginBottom: 16 },
  section: { marginTop: 24 }
});

export function Overview({ services, strings, theme, planPeriodId }: OverviewProps): React.ReactElement {
  const [selectedPeriod, setSelectedPeriod] = React.useState<number | undefined>(planPeriodId);
  const [loaded, reload] = useLoader(() => loadOverview(services, selectedPeriod), `${selectedPeriod ?? 'current'}`);
  const headingId = 'integrationsplanung-overview-heading';

  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root} headingClassName={classes.header}>
      <LoadStatus loaded={loaded} label={strings.Loading} onRetry={reload} />
      {loaded.state === 'ready' && (
        <OverviewContent model={loaded.data} services={services} strings={strings} locale={services.locale} onSelectPeriod={setSelectedPeriod} />
      )}
    </WebPartSection>
  );
}

interface OverviewContentProps {
  readonly model: OverviewModel;
  readonly services: OverviewServices;
  readonly strings: IOverviewWebPartStrings;
  readonly locale: string;
  readonly onSelectPeriod: (id: number) => void;
}

function OverviewContent({ model, services, strings, locale, onSelectPeriod }: OverviewContentProps): React.ReactElement {
  const { user, period, periods } = model;
  const statusLabel = {
    draft: strings.PlanPeriodStatusDraft,
    adopted: strings.PlanPeriodStatusAdopted,
    closed: strings.PlanPeriodStatusClosed
  };
  const options: IDropdownOption[] = periods.map((p) => ({ key: p.id, text: `${p.title} (${statusLabel[p.status]})` }));
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text variant="medium" data-testid="signed-in-user">
        {user.role === 'coordinator'
          ? format(strings.SignedInAsCoordinator, user.displayName)
          : format(strings.SignedInAsDepartment, user.displayName, user.departmentNumber ?? '–')}
      </Text>
      <SteeringGroupStatus model={model} strings={strings} locale={locale} />
      {!period ? (
        <Text role="status">{strings.NoPlanPeriod}</Text>
      ) : (
        <>
          <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
            <Dropdown
              label={strings.PlanPeriodLabel}
              selectedKey={period.id}
              options={options}
              onChange={(_, option) => option && onSelectPeriod(Number(option.key))}
              styles={{ root: { minWidth: 320 } }}
            />
            {period.adoptionDate && <Text>{format(strings.PlanPeriodAdopted, formatDate(period.adoptionDate, locale))}</Text>}
          </Stack>
          <SummaryTiles model={model} strings={strings} locale={locale} />
          <StatusTable model={model} strings={strings} locale={locale} />
          <FieldsOfActionTable model={model} strings={strings} locale={locale} />
          <GoalChangesSection planPeriodId={period.id} services={services} strings={strings} />
          <DepartmentsTable model={model} strings={strings} locale={locale} />
        </>
      )}
    </Stack>
  );
}
