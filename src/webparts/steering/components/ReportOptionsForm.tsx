import * as React from 'react';
import { ChoiceGroup, Dropdown, IDropdownOption, Stack, TextField, mergeStyles } from '@fluentui/react';
import type { BodySession, PlanPeriod } from '../../../domain';
import type { ReportForm } from '../../../app/committeeReport/committeeReportState';
import { format, formatDate } from '../../../ui/format';

export interface ReportOptionsFormProps {
  readonly form: ReportForm;
  readonly periods: readonly PlanPeriod[];
  readonly committeeSessions: readonly BodySession[];
  readonly problems: ReadonlyArray<'period' | 'year' | 'body'>;
  readonly disabled: boolean;
  readonly locale: string;
  readonly strings: ISteeringWebPartStrings;
  readonly onChange: (changes: Partial<ReportForm>) => void;
}

const rowClass = mergeStyles({ flexWrap: 'wrap' });
const pickerStyles = { root: { minWidth: 240 } };
const noSession = 'none';

/** Which report, for which period or year, and the committee session it goes to (Beratungsfolge). */
export function ReportOptionsForm({ form, periods, committeeSessions, problems, disabled, locale, strings, onChange }: ReportOptionsFormProps): React.ReactElement {
  const period = periods.find((candidate) => candidate.id === form.planPeriodId);
  const years: IDropdownOption[] = period ? Array.from({ length: period.endYear - period.startYear + 1 }, (_, index) => ({ key: period.startYear + index, text: String(period.startYear + index) })) : [];
  const sessionOptions: IDropdownOption[] = [
    { key: noSession, text: strings.ReportsSessionNone },
    ...committeeSessions.map((session) => ({ key: session.id, text: format(strings.ReportsSessionOption, formatDate(session.date, locale), session.title) }))
  ];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ChoiceGroup
        label={strings.ReportsKindLabel}
        selectedKey={form.kind}
        disabled={disabled}
        options={[
          { key: 'annualReport', text: strings.ReportsKindAnnual },
          { key: 'periodReport', text: strings.ReportsKindPeriod }
        ]}
        onChange={(_, option) => option && onChange({ kind: option.key as ReportForm['kind'] })}
        data-testid="report-kind"
      />
      <Stack horizontal tokens={{ childrenGap: 16 }} className={rowClass} verticalAlign="end">
        <Dropdown
          label={strings.ReportsPeriodLabel}
          options={periods.map((candidate) => ({ key: candidate.id, text: candidate.title }))}
          selectedKey={form.planPeriodId ?? null}
          disabled={disabled}
          errorMessage={problems.includes('period') ? strings.ReportsProblemPeriod : undefined}
          onChange={(_, option) => option && onChange({ planPeriodId: Number(option.key) })}
          styles={pickerStyles}
          data-testid="report-period"
        />
        {form.kind === 'annualReport' && (
          <Dropdown
            label={strings.ReportsYearLabel}
            options={years}
            selectedKey={form.year ?? null}
            disabled={disabled || !period}
            errorMessage={problems.includes('year') ? strings.ReportsProblemYear : undefined}
            onChange={(_, option) => option && onChange({ year: Number(option.key) })}
            styles={{ root: { minWidth: 120 } }}
            data-testid="report-year"
          />
        )}
      </Stack>
      <Stack horizontal tokens={{ childrenGap: 16 }} className={rowClass} verticalAlign="start">
        <TextField
          label={strings.ReportsBodyLabel}
          value={form.body}
          required
          disabled={disabled}
          errorMessage={problems.includes('body') ? strings.ReportsProblemBody : undefined}
          onChange={(_, value) => onChange({ body: value ?? '' })}
          styles={{ root: { minWidth: 280 } }}
          data-testid="report-body"
        />
        <Dropdown
          label={strings.ReportsSessionLabel}
          options={sessionOptions}
          selectedKey={form.sessionId ?? noSession}
          disabled={disabled}
          onChange={(_, option) => option && onChange({ sessionId: option.key === noSession ? undefined : Number(option.key) })}
          styles={pickerStyles}
          data-testid="report-session"
        />
        {form.sessionId === undefined && (
          <TextField
            label={strings.ReportsDateLabel}
            type="date"
            value={form.sessionDate ?? ''}
            disabled={disabled}
            onChange={(_, value) => onChange({ sessionDate: value || undefined })}
            data-testid="report-session-date"
          />
        )}
      </Stack>
    </Stack>
  );
}
