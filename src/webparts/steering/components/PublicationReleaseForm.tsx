import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { IDropdown } from '@fluentui/react';
import type { BodySession, ReleaseProblem } from '../../../domain';
import type { PublicationState } from '../../../app/publication/publicationState';
import { format, formatDate } from '../../../ui/format';

export interface PublicationReleaseFormProps {
  readonly releasing: NonNullable<PublicationState['releasing']>;
  readonly sessions: readonly BodySession[];
  readonly isSaving: boolean;
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
  readonly onChange: (changes: { readonly sessionId?: number; readonly releasedOn?: string }) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
}

function problemText(problem: ReleaseProblem, strings: ISteeringWebPartStrings): string {
  switch (problem) {
    case 'sessionRequired':
      return strings.PublicationProblemSessionRequired;
    case 'sessionNotAdvisoryBoard':
      return strings.PublicationProblemSessionNotAdvisoryBoard;
    case 'sessionCancelled':
      return strings.PublicationProblemSessionCancelled;
    case 'dateInvalid':
      return strings.PublicationProblemDateInvalid;
    case 'dateBeforeSession':
      return strings.PublicationProblemDateBeforeSession;
    case 'dateInFuture':
      return strings.PublicationProblemDateInFuture;
    default:
      return strings.PublicationProblemReportNotPublishable;
  }
}

const sessionProblems: readonly ReleaseProblem[] = ['sessionRequired', 'sessionNotAdvisoryBoard', 'sessionCancelled'];
const dateProblems: readonly ReleaseProblem[] = ['dateInvalid', 'dateBeforeSession', 'dateInFuture'];

/** The Beirat's release of one report: the session (a Beirat session of the sessions list) and the day. */
export function PublicationReleaseForm({ releasing, sessions, isSaving, strings, locale, onChange, onSubmit, onCancel }: PublicationReleaseFormProps): React.ReactElement {
  const sessionField = React.useRef<IDropdown>(null);
  React.useEffect(() => {
    sessionField.current?.focus();
  }, [releasing.report.id]);
  const problemOf = (group: readonly ReleaseProblem[]): string | undefined => {
    const problem = releasing.problems.find((candidate) => group.includes(candidate));
    return problem ? problemText(problem, strings) : undefined;
  };
  const other = releasing.problems.filter((problem) => !sessionProblems.includes(problem) && !dateProblems.includes(problem));
  const headingId = 'publication-release-heading';
  return (
    <form
      // The rules (and their texts) are ours: the browser's own check of required fields would pre-empt them.
      noValidate
      aria-labelledby={headingId}
      data-testid="publication-release-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 640, padding: '12px 0' } }}>
        <Text variant="large" as="h3" id={headingId}>
          {strings.PublicationReleaseTitle}
        </Text>
        <Text>{format(strings.PublicationReleaseReport, releasing.report.title)}</Text>
        {sessions.length === 0 && <MessageBar>{strings.PublicationNoSessions}</MessageBar>}
        {other.map((problem) => (
          <MessageBar key={problem}>{problemText(problem, strings)}</MessageBar>
        ))}
        <Dropdown
          componentRef={sessionField}
          label={strings.PublicationReleaseSession}
          placeholder={strings.PublicationReleaseSessionPlaceholder}
          required
          options={sessions.map((session) => ({ key: session.id, text: format(strings.PublicationReleaseSessionOption, formatDate(session.date, locale), session.title) }))}
          selectedKey={releasing.sessionId ?? null}
          errorMessage={problemOf(sessionProblems)}
          disabled={isSaving}
          onChange={(_, option) => option && onChange({ sessionId: Number(option.key) })}
        />
        <TextField
          label={strings.PublicationReleaseDate}
          type="date"
          required
          value={releasing.releasedOn}
          errorMessage={problemOf(dateProblems)}
          disabled={isSaving}
          onChange={(_, releasedOn) => onChange({ releasedOn: releasedOn ?? '' })}
        />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={strings.PublicationReleaseSave} disabled={isSaving} />
          <DefaultButton text={strings.PublicationCancel} disabled={isSaving} onClick={onCancel} />
        </Stack>
      </Stack>
    </form>
  );
}
