import * as React from 'react';
import { PrimaryButton, Spinner, SpinnerSize, Stack, Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import type { GoalAgreement } from '../../../domain';
import { AgreementServices, commentsToShow, loadComments } from '../../../app/goalAgreements/agreementData';
import { addComment, useCommenting } from '../../../app/goalAgreements/agreementCommenting';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { meetingTimeText } from '../../../app/goalAgreements/agreementOverview';

export interface AgreementCommentsProps {
  readonly year: number;
  readonly agreement: GoalAgreement | undefined;
  readonly services: Pick<AgreementServices, 'locale' | 'goalAgreements'>;
  readonly strings: IGoalAgreementsWebPartStrings;
}

/** The comments on an agreement: the office and the department both write here, oldest first. */
export function AgreementComments({ year, agreement, services, strings }: AgreementCommentsProps): React.ReactElement {
  if (!agreement?.id) {
    return <Text block>{format(strings.CommentsNoAgreement, year)}</Text>;
  }
  return <CommentList agreement={agreement} agreementId={agreement.id} services={services} strings={strings} />;
}

function CommentList({ agreement, agreementId, services, strings }: { agreement: GoalAgreement; agreementId: number; services: AgreementCommentsProps['services']; strings: IGoalAgreementsWebPartStrings }): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { listStyle: 'none', padding: 0, margin: 0 },
    comment: { borderLeft: `3px solid ${theme.palette.themePrimary}`, padding: '4px 12px', marginBottom: 8 },
    meta: { color: theme.palette.neutralSecondary },
    text: { whiteSpace: 'pre-wrap', margin: '4px 0 0' }
  });
  const [loaded, reload] = useLoader(() => loadComments(services, agreementId), String(agreementId));
  const [{ text, added, add: state }, dispatch] = useCommenting();
  const headingId = `agreement-comments-${agreementId}`;
  const add = (): Promise<void> => addComment(services, agreement, text, dispatch);
  const comments = commentsToShow(loaded.state === 'ready' ? loaded.data : [], added);
  const isAdding = state?.kind === 'adding';

  return (
    <section aria-labelledby={headingId} data-testid="agreement-comments">
      <Text as="h4" variant="large" id={headingId} block>
        {format(strings.CommentsHeading, agreement.year)}
      </Text>
      {loaded.state === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.Loading} ariaLive="polite" />}
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' &&
        (comments.length === 0 ? (
          <Text block>{strings.NoComments}</Text>
        ) : (
          <ul className={classes.list}>
            {comments.map((comment) => (
              <li key={comment.id} className={classes.comment}>
                <Text className={classes.meta} block>
                  {format(strings.CommentBy, comment.author, meetingTimeText(comment.created, services.locale))}
                </Text>
                <p className={classes.text}>{comment.text}</p>
              </li>
            ))}
          </ul>
        ))}
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 12, maxWidth: 720 } }}>
        <TextField
          label={strings.NewComment}
          multiline
          autoAdjustHeight
          rows={3}
          value={text}
          disabled={isAdding}
          errorMessage={state?.kind === 'required' ? strings.CommentRequired : undefined}
          onChange={(_, value) => dispatch({ type: 'typed', text: value ?? '' })}
        />
        {state?.kind === 'error' && (
          <div>
            <Text block>{strings.CommentFailed}</Text>
            <ErrorMessage error={state.error} onRetry={() => void add()} />
          </div>
        )}
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
          <PrimaryButton text={strings.AddComment} disabled={isAdding} onClick={() => void add()} />
          <Text role="status" aria-live="polite">
            {isAdding ? strings.AddingComment : state?.kind === 'added' ? strings.CommentAdded : ''}
          </Text>
        </Stack>
      </Stack>
    </section>
  );
}
