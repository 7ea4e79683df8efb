import * as React from 'react';
import { Checkbox, Dropdown, Stack, Text, TextField, mergeStyleSets } from '@fluentui/react';
import { germanStates } from '../../../domain';
import type { GermanState } from '../../../domain';
import { roundFormProblems } from '../../../app/meetingRound/roundSettings';
import type { RoundForm, RoundFormField, RoundFormProblem } from '../../../app/meetingRound/roundSettings';

const classes = mergeStyleSets({
  field: { width: 200 }
});

function problemText(problem: RoundFormProblem | undefined, strings: IMeetingRoundWebPartStrings): string | undefined {
  if (!problem) {
    return undefined;
  }
  switch (problem.kind) {
    case 'invalidDay':
      return strings.ProblemDay;
    case 'invalidTime':
      return strings.ProblemTime;
    case 'invalidNumber':
      return strings.ProblemNumber;
    case 'lastBeforeFirst':
      return strings.ProblemLastBeforeFirst;
    case 'endBeforeStart':
      return strings.ProblemEndBeforeStart;
    case 'windowTooLong':
      return strings.ProblemWindowTooLong;
    case 'meetingLongerThanDay':
      return strings.ProblemMeetingTooLong;
  }
}

/** The round's year, window, working hours, meeting length, buffer, meetings per day and holidays' state. */
export function SettingsForm({ form, onChange, strings }: { form: RoundForm; onChange: (form: RoundForm) => void; strings: IMeetingRoundWebPartStrings }): React.ReactElement {
  const problems = roundFormProblems(form);
  const problemOf = (field: RoundFormField): string | undefined => problemText(problems.find((problem) => problem.field === field), strings);
  const set = <K extends keyof RoundForm>(key: K, value: RoundForm[K]): void => onChange({ ...form, [key]: value });
  const number = (value: string | undefined): number => (value && value.trim() ? Number(value) : Number.NaN);
  const numberText = (value: number): string => (Number.isNaN(value) ? '' : String(value));
  return (
    <section aria-labelledby="meeting-round-settings">
      <Text as="h3" variant="large" id="meeting-round-settings" block styles={{ root: { margin: '16px 0 8px' } }}>
        {strings.SettingsHeading}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" styles={{ root: { marginBottom: 8 } }}>
        <TextField className={classes.field} label={strings.Year} type="number" value={numberText(form.year)} onChange={(_, value) => set('year', number(value))} errorMessage={problemOf('year')} />
        <TextField className={classes.field} label={strings.FirstDay} type="date" value={form.firstDay} onChange={(_, value) => set('firstDay', value ?? '')} errorMessage={problemOf('firstDay')} />
        <TextField className={classes.field} label={strings.LastDay} type="date" value={form.lastDay} onChange={(_, value) => set('lastDay', value ?? '')} errorMessage={problemOf('lastDay')} />
        <TextField className={classes.field} label={strings.DayStart} type="time" value={form.dayStart} onChange={(_, value) => set('dayStart', value ?? '')} errorMessage={problemOf('dayStart')} />
        <TextField className={classes.field} label={strings.DayEnd} type="time" value={form.dayEnd} onChange={(_, value) => set('dayEnd', value ?? '')} errorMessage={problemOf('dayEnd')} />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" styles={{ root: { marginBottom: 8 } }}>
        <TextField className={classes.field} label={strings.MeetingMinutes} type="number" value={numberText(form.meetingMinutes)} onChange={(_, value) => set('meetingMinutes', number(value))} errorMessage={problemOf('meetingMinutes')} />
        <TextField className={classes.field} label={strings.BufferMinutes} type="number" value={numberText(form.bufferMinutes)} onChange={(_, value) => set('bufferMinutes', number(value))} errorMessage={problemOf('bufferMinutes')} />
        <TextField className={classes.field} label={strings.MaxPerDay} type="number" value={numberText(form.maxMeetingsPerDay)} onChange={(_, value) => set('maxMeetingsPerDay', number(value))} errorMessage={problemOf('maxMeetingsPerDay')} />
        <Dropdown
          label={strings.HolidayState}
          selectedKey={form.state}
          options={germanStates.map((code) => ({ key: code, text: strings[`State${code}` as keyof IMeetingRoundWebPartStrings] }))}
          onChange={(_, option) => option && set('state', option.key as GermanState)}
          styles={{ root: { width: 220 } }}
        />
      </Stack>
      <Checkbox label={strings.OnlineMeeting} checked={form.isOnlineMeeting} onChange={(_, checked) => set('isOnlineMeeting', !!checked)} styles={{ root: { marginTop: 12 } }} />
    </section>
  );
}
