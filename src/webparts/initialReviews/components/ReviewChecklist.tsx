import * as React from 'react';
import {
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  IChoiceGroupOption,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  mergeStyleSets,
  useTheme
} from '@fluentui/react';
import { MeasureStatusChoices, ReviewAnswerChoices } from '../../../domain';
import type { Department, Measure, MeasureStatus, ReviewAnswer } from '../../../domain';
import type { StoredInitialReview } from '../../../data/initialReviewRepository';
import type { InitialReviewServices } from '../../../app/initialReviews/initialReviewsData';
import { ChecklistSaveState, saveInitialReview, useChecklist } from '../../../app/initialReviews/reviewChecklist';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import { statusLabels } from '../../../ui/statusLabels';
import { draftOf, isSameDraft, ReviewDraft } from '../../../app/initialReviews/initialReviewDraft';

export interface ReviewChecklistProps {
  readonly department: Department;
  readonly measures: readonly Measure[];
  readonly reviews: ReadonlyMap<number, StoredInitialReview>;
  readonly canEdit: boolean;
  readonly services: Pick<InitialReviewServices, 'locale' | 'initialReviews'>;
  readonly strings: IInitialReviewsWebPartStrings;
  readonly onSaved: (review: StoredInitialReview) => void;
}

function answerLabels(strings: IInitialReviewsWebPartStrings): Readonly<Record<ReviewAnswer, string>> {
  return { yes: strings.AnswerYes, no: strings.AnswerNo, open: strings.AnswerOpen };
}

/** The measures of one department, each with the interview's questions and its own save. */
export function ReviewChecklist({ department, measures, reviews, canEdit, services, strings, onSaved }: ReviewChecklistProps): React.ReactElement {
  const [{ drafts, saveStates }, dispatch] = useChecklist();
  const save = (measure: Measure, draft: ReviewDraft, stored: StoredInitialReview | undefined): Promise<void> =>
    saveInitialReview({ services, measure, department, draft, stored, now: new Date(), dispatch, onSaved });

  if (measures.length === 0) {
    return <Text>{strings.NoMeasures}</Text>;
  }
  const sorted = [...measures].sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '', 'de', { numeric: true }) || a.id - b.id);
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {sorted.map((measure) => {
        const stored = reviews.get(measure.id);
        return (
          <ReviewItem
            key={measure.id}
            measure={measure}
            stored={stored}
            draft={drafts.get(measure.id) ?? draftOf(measure, stored)}
            isEdited={drafts.has(measure.id) && !isSameDraft(drafts.get(measure.id)!, draftOf(measure, stored))}
            saveState={saveStates.get(measure.id)}
            canEdit={canEdit}
            locale={services.locale}
            strings={strings}
            onChange={(draft) => dispatch({ type: 'edited', measureId: measure.id, draft })}
            onSave={(draft, version) => save(measure, draft, version)}
            onTakeStored={(version) => {
              onSaved(version);
              dispatch({ type: 'tookStored', measureId: measure.id });
            }}
          />
        );
      })}
    </ul>
  );
}

interface ReviewItemProps {
  readonly measure: Measure;
  readonly stored: StoredInitialReview | undefined;
  readonly draft: ReviewDraft;
  readonly isEdited: boolean;
  readonly saveState: ChecklistSaveState | undefined;
  readonly canEdit: boolean;
  readonly locale: string;
  readonly strings: IInitialReviewsWebPartStrings;
  readonly onChange: (draft: ReviewDraft) => void;
  readonly onSave: (draft: ReviewDraft, version: StoredInitialReview | undefined) => Promise<void>;
  readonly onTakeStored: (version: StoredInitialReview) => void;
}

function ReviewItem({ measure, stored, draft, isEdited, saveState, canEdit, locale, strings, onChange, onSave, onTakeStored }: ReviewItemProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    item: { border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 4, padding: 16, marginBottom: 12, background: theme.semanticColors.bodyBackground },
    title: { fontSize: 16, fontWeight: 600, margin: '0 0 4px' },
    meta: { color: theme.palette.neutralSecondary },
    terms: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '8px 0 0' },
    term: { fontWeight: 600 },
    detail: { margin: 0, whiteSpace: 'pre-wrap' }
  });
  const statuses = statusLabels(strings);
  const answers = answerLabels(strings);
  const answerOptions: IChoiceGroupOption[] = ReviewAnswerChoices.codes.map((code) => ({ key: code, text: answers[code] }));
  const headingId = `review-heading-${measure.id}`;
  const title = `${measure.number ?? ''} ${measure.title}`.trim();
  const isSaving = saveState?.kind === 'saving';
  const canSave = canEdit && !isSaving && (stored === undefined || isEdited);
  const statusText =
    saveState?.kind === 'saving'
      ? strings.Saving
      : isEdited
        ? strings.Unsaved
        : saveState?.kind === 'saved'
          ? strings.Saved
          : stored
            ? format(strings.ReviewedOn, formatDate(stored.reviewDate, locale) || strings.None)
            : strings.NotReviewed;

  return (
    <li className={classes.item} data-testid={`review-${measure.id}`}>
      <h4 id={headingId} className={classes.title}>
        {title}
      </h4>
      <Text className={classes.meta} block>
        {format(strings.CatalogueStatus, statuses[measure.status])}
      </Text>
      {canEdit ? (
        <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
          <Stack horizontal wrap tokens={{ childrenGap: 32 }}>
            <ChoiceGroup
              label={strings.QuestionCurrent}
              options={answerOptions}
              selectedKey={draft.isCurrent}
              onChange={(_, option) => option && onChange({ ...draft, isCurrent: option.key as ReviewAnswer })}
              styles={{ flexContainer: { display: 'flex', gap: 16 } }}
              disabled={isSaving}
            />
            <ChoiceGroup
              label={strings.QuestionAppropriate}
              options={answerOptions}
              selectedKey={draft.isAppropriate}
              onChange={(_, option) => option && onChange({ ...draft, isAppropriate: option.key as ReviewAnswer })}
              styles={{ flexContainer: { display: 'flex', gap: 16 } }}
              disabled={isSaving}
            />
            <Dropdown
              label={strings.FieldStatus}
              selectedKey={draft.implementationStatus}
              options={MeasureStatusChoices.codes.map((code) => ({ key: code, text: statuses[code] }))}
              onChange={(_, option) => option && onChange({ ...draft, implementationStatus: option.key as MeasureStatus })}
              styles={{ root: { minWidth: 200 } }}
              disabled={isSaving}
            />
          </Stack>
          <TextField label={strings.FieldNotes} multiline autoAdjustHeight rows={2} value={draft.notes} onChange={(_, value) => onChange({ ...draft, notes: value ?? '' })} disabled={isSaving} />
          <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
            <PrimaryButton text={strings.Save} ariaLabel={format(strings.SaveAria, title)} disabled={!canSave} onClick={() => void onSave(draft, stored)} />
            <Text role="status" aria-live="polite" data-testid="save-state">
              {statusText}
            </Text>
          </Stack>
        </Stack>
      ) : (
        <dl className={classes.terms}>
          <dt className={classes.term}>{strings.QuestionCurrent}</dt>
          <dd className={classes.detail}>{stored ? answers[stored.isCurrent] : strings.NotReviewed}</dd>
          <dt className={classes.term}>{strings.QuestionAppropriate}</dt>
          <dd className={classes.detail}>{stored ? answers[stored.isAppropriate] : strings.None}</dd>
          <dt className={classes.term}>{strings.FieldStatus}</dt>
          <dd className={classes.detail}>{stored?.implementationStatus ? statuses[stored.implementationStatus] : strings.None}</dd>
          <dt className={classes.term}>{strings.FieldNotes}</dt>
          <dd className={classes.detail}>{stored?.notes ?? strings.None}</dd>
        </dl>
      )}
      {saveState?.kind === 'error' && (
        <div style={{ marginTop: 8 }}>
          <Text block>{strings.SaveFailed}</Text>
          <ErrorMessage error={saveState.error} onRetry={() => void onSave(draft, stored)} />
        </div>
      )}
      {saveState?.kind === 'conflict' && (
        <div style={{ marginTop: 8 }} data-testid="conflict">
          <MessageBar
            messageBarType={MessageBarType.warning}
            isMultiline
            actions={
              <div>
                <PrimaryButton text={strings.ConflictKeepMine} onClick={() => void onSave(draft, saveState.stored)} />
                {saveState.stored && <DefaultButton text={strings.ConflictTakeTheirs} onClick={() => onTakeStored(saveState.stored!)} />}
              </div>
            }
          >
            <div role="alert">
              <div>{strings.ConflictHint}</div>
              {saveState.stored && (
                <div>
                  {format(
                    strings.ConflictStored,
                    answers[saveState.stored.isCurrent],
                    answers[saveState.stored.isAppropriate],
                    saveState.stored.implementationStatus ? statuses[saveState.stored.implementationStatus] : strings.None,
                    saveState.stored.notes ?? strings.None
                  )}
                </div>
              )}
            </div>
          </MessageBar>
        </div>
      )}
    </li>
  );
}
