import * as React from 'react';
import { DefaultButton, PrimaryButton, Spinner, SpinnerSize, Stack, Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import { canChangeComment } from '../../../domain';
import type { GoalAgreement } from '../../../domain';
import type { CurrentUser } from '../../../data/userRepository';
import type { AgreementComment } from '../../../data/goalAgreementRepository';
import { AgreementServices, commentsToShow, loadComments } from '../../../app/goalAgreements/agreementData';
import { addComment, changeComment, CommentingEvent, CommentingState, removeComment, useCommenting } from '../../../app/goalAgreements/agreementCommenting';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { meetingTimeText } from '../../../app/goalAgreements/agreementOverview';

export interface AgreementCommentsProps {
  readonly year: number;
  readonly agreement: GoalAgreement | undefined;
  readonly user: CurrentUser;
  readonly services: Pick<AgreementServices, 'locale' | 'goalAgreements'>;
  readonly strings: IGoalAgreementsWebPartStrings;
}

/** The comments on an agreement: the office and the department both write here, oldest first. */
export function AgreementComments({ year, agreement, user, services, strings }: AgreementCommentsProps): React.ReactElement {
  if (!agreement?.id) {
    return <Text block>{format(strings.CommentsNoAgreement, year)}</Text>;
  }
  return <CommentList agreement={agreement} agreementId={agreement.id} user={user} services={services} strings={strings} />;
}

interface CommentListProps {
  readonly agreement: GoalAgreement;
  readonly agreementId: number;
  readonly user: CurrentUser;
  readonly services: AgreementCommentsProps['services'];
  readonly strings: IGoalAgreementsWebPartStrings;
}

function CommentList({ agreement, agreementId, user, services, strings }: CommentListProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { listStyle: 'none', padding: 0, margin: 0 },
    comment: { borderLeft: `3px solid ${theme.palette.themePrimary}`, padding: '4px 12px', marginBottom: 8 },
    meta: { color: theme.palette.neutralSecondary },
    text: { whiteSpace: 'pre-wrap', margin: '4px 0 0' }
  });
  const [loaded, reload] = useLoader(() => loadComments(services, agreementId), String(agreementId));
  const [commenting, dispatch] = useCommenting();
  const { text, added, add: state } = commenting;
  const headingId = `agreement-comments-${agreementId}`;
  const add = (): Promise<void> => addComment(services, agreement, text, dispatch);
  const comments = commentsToShow(loaded.state === 'ready' ? loaded.data : [], added, commenting.changed, commenting.removed);
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
                {commenting.editing?.id === comment.id ? (
                  <CommentEditor comment={comment} state={commenting} services={services} strings={strings} dispatch={dispatch} />
                ) : (
                  <p className={classes.text}>{comment.text}</p>
                )}
                {canChangeComment(user, comment) && commenting.editing?.id !== comment.id && (
                  <CommentActions comment={comment} state={commenting} services={services} strings={strings} dispatch={dispatch} />
                )}
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

interface CommentChangeProps {
  readonly comment: AgreementComment;
  readonly state: CommentingState;
  readonly services: AgreementCommentsProps['services'];
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly dispatch: (event: CommentingEvent) => void;
}

/** Edit and delete, offered only to the comment's author and the office, as SharePoint allows. */
function CommentActions({ comment, state, services, strings, dispatch }: CommentChangeProps): React.ReactElement {
  const isChanging = state.change?.kind === 'changing' && state.change.id === comment.id;
  const remove = (): void => {
    if (window.confirm(strings.RemoveCommentConfirm)) {
      void removeComment(services, comment, dispatch);
    }
  };
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton text={strings.EditComment} disabled={isChanging} onClick={() => dispatch({ type: 'editStarted', comment })} />
        <DefaultButton text={strings.RemoveComment} disabled={isChanging} onClick={remove} />
      </Stack>
      {state.change?.kind === 'error' && state.change.id === comment.id && (
        <div>
          <Text block>{strings.CommentChangeFailed}</Text>
          <ErrorMessage error={state.change.error} />
        </div>
      )}
    </Stack>
  );
}

function CommentEditor({ comment, state, services, strings, dispatch }: CommentChangeProps): React.ReactElement {
  const isChanging = state.change?.kind === 'changing' && state.change.id === comment.id;
  const editedText = state.editing?.text ?? comment.text;
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 4 } }}>
      <TextField label={strings.EditCommentLabel} multiline autoAdjustHeight rows={3} value={editedText} disabled={isChanging} onChange={(_, value) => dispatch({ type: 'editTyped', text: value ?? '' })} />
      {state.change?.kind === 'error' && state.change.id === comment.id && (
        <div>
          <Text block>{strings.CommentChangeFailed}</Text>
          <ErrorMessage error={state.change.error} />
        </div>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.SaveComment} disabled={isChanging || editedText.trim() === ''} onClick={() => void changeComment(services, comment, editedText, dispatch)} />
        <DefaultButton text={strings.CancelComment} disabled={isChanging} onClick={() => dispatch({ type: 'editCancelled' })} />
      </Stack>
    </Stack>
  );
}
