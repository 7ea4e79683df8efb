import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Pivot, PivotItem, Stack, mergeStyleSets } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
import { AgreementBasics, AgreementTab, loadBasics } from '../../../app/goalAgreements/agreementData';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { useLoader } from '../../../ui/useLoader';
import { todayInCouncil } from '../../../domain';
import { AgreementOverview } from './AgreementOverview';
import { AgreementWorkspace } from './AgreementWorkspace';

export interface GoalAgreementsProps {
  readonly services: ProductServices;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly theme: HostTheme;
  /** The moment the views count from (due reviews, the default year); now unless a test says otherwise. */
  readonly now?: Date;
}

const classes = mergeStyleSets({
  root: { padding: '16px 0' },
  tabContent: { paddingTop: 16 }
});

export function GoalAgreements({ services, strings, theme, now }: GoalAgreementsProps): React.ReactElement {
  const [loaded, reload] = useLoader(() => loadBasics(services), 'basics');
  const headingId = 'integrationsplanung-goal-agreements-heading';
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root}>
      <LoadStatus loaded={loaded} label={strings.Loading} onRetry={reload} />
      {loaded.state === 'ready' && <GoalAgreementsBoard basics={loaded.data} services={services} strings={strings} now={now ?? new Date()} />}
    </WebPartSection>
  );
}

interface BoardProps {
  readonly basics: AgreementBasics;
  readonly services: ProductServices;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly now: Date;
}

/** Years to pick from: two back for late reviews, one ahead for early planning. */
function yearOptions(thisYear: number, selected: number): number[] {
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => a - b);
}

function GoalAgreementsBoard({ basics, services, strings, now }: BoardProps): React.ReactElement {
  const thisYear = Number(todayInCouncil(now).slice(0, 4));
  const [tab, setTab] = React.useState<AgreementTab>('overview');
  const [year, setYear] = React.useState(thisYear);
  const [departmentId, setDepartmentId] = React.useState<number | undefined>(basics.isOffice ? basics.departments[0]?.id : basics.user.departmentId);
  const [notice, setNotice] = React.useState<string | undefined>();

  const open = (nextDepartmentId: number, nextYear: number, nextTab: AgreementTab, message?: string): void => {
    setDepartmentId(nextDepartmentId);
    setYear(nextYear);
    setTab(nextTab);
    setNotice(message);
  };

  if (basics.departments.length === 0) {
    return <MessageBar>{strings.NoDepartments}</MessageBar>;
  }
  const department = basics.departments.find((candidate) => candidate.id === departmentId) ?? basics.departments[0];
  const tabLabels: Record<AgreementTab, string> = { overview: strings.TabOverview, agreement: strings.TabAgreement, review: strings.TabReview, comments: strings.TabComments };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {!basics.isOffice && <MessageBar>{strings.DepartmentReadOnlyHint}</MessageBar>}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 24 }}>
        <Dropdown
          label={strings.YearLabel}
          selectedKey={year}
          options={yearOptions(thisYear, year).map((candidate) => ({ key: candidate, text: String(candidate) }))}
          onChange={(_, option) => {
            if (option) {
              setYear(Number(option.key));
              setNotice(undefined);
            }
          }}
          styles={{ root: { minWidth: 120 } }}
        />
        {tab !== 'overview' && (
          <Dropdown
            data-testid="department-picker"
            label={strings.DepartmentLabel}
            selectedKey={department.id}
            options={basics.departments.map((candidate) => ({ key: candidate.id, text: `${candidate.number} ${candidate.name}` }))}
            onChange={(_, option) => {
              if (option) {
                setDepartmentId(Number(option.key));
                setNotice(undefined);
              }
            }}
            styles={{ root: { minWidth: 280 } }}
          />
        )}
      </Stack>
      <Pivot
        aria-label={strings.TabsLabel}
        selectedKey={tab}
        headersOnly
        onLinkClick={(item) => {
          if (item?.props.itemKey) {
            setTab(item.props.itemKey as AgreementTab);
            setNotice(undefined);
          }
        }}
      >
        {(Object.keys(tabLabels) as AgreementTab[]).map((key) => (
          <PivotItem key={key} itemKey={key} headerText={tabLabels[key]} />
        ))}
      </Pivot>
      <div role="tabpanel" aria-label={tabLabels[tab]} className={classes.tabContent}>
        {notice && (
          <MessageBar
            messageBarType={MessageBarType.success}
            isMultiline
            onDismiss={() => setNotice(undefined)}
            dismissButtonAriaLabel={strings.DismissNotice}
            styles={{ root: { marginBottom: 12 } }}
          >
            <div role="status" data-testid="notice">
              {notice}
            </div>
          </MessageBar>
        )}
        {tab === 'overview' ? (
          <AgreementOverview basics={basics} services={services} strings={strings} year={year} now={now} onOpen={open} />
        ) : (
          <AgreementWorkspace
            key={`${department.id}-${year}`}
            basics={basics}
            department={department}
            year={year}
            tab={tab}
            now={now}
            services={services}
            strings={strings}
            onOpen={open}
          />
        )}
      </div>
    </Stack>
  );
}
