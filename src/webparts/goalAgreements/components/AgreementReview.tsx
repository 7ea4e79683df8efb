import * as React from 'react';
import { ChoiceGroup, DefaultButton, Label, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import { describeProblem } from '../../../domain';
import type { AgreementItem, AgreementWithItems, Contact, Department } from '../../../domain';
import type { AgreementServices, AgreementTab } from '../../../app/goalAgreements/agreementData';
import { completeReview, useReviewState } from '../../../app/goalAgreements/agreementReviewing';
import { PartlySavedMessage } from './PartlySavedMessage';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import { measureIdOfField } from '../../../app/goalAgreements/agreementForm';
import { ReviewForm, Verdict, verdicts, withAssessment } from '../../../app/goalAgreements/agreementReview';
import { achievementLabels, reviewProblemText, stateLabels } from '../agreementLabels';
import { uiLanguage } from '../../../domain';

export interface AgreementReviewProps {
  readonly department: Department;
  readonly year: number;
  readonly stored: AgreementWithItems | undefined;
  readonly previous: AgreementWithItems | undefined;
  readonly form: ReviewForm | undefined;
  readonly contacts: readonly Contact[];
  readonly canEdit: boolean;
  readonly services: Pick<AgreementServices, 'locale' | 'goalAgreements'>;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onChange: (form: ReviewForm) => void;
  readonly onOpen: (departmentId: number, year: number, tab: AgreementTab, notice?: string) => void;
  readonly onStored?: (agreement: AgreementWithItems) => void;
}

/** The review about twelve months after an agreement: achievement per agreed measure, then next year's draft. */
export function AgreementReview({ department, year, stored, previous, form, canEdit, services, strings, onChange, onOpen, onStored }: AgreementReviewProps): React.ReactElement {
  const [state, dispatch] = useReviewState();
  const partly = state?.kind === 'partlySaved' ? <PartlySavedMessage report={state} strings={strings} /> : undefined;
  const language = uiLanguage(services.locale);
  const achievements = achievementLabels(strings);

  if (!stored) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block>{format(strings.ReviewNoAgreement, year)}</Text>
        <PreviousToReview department={department} previous={previous} canEdit={canEdit} strings={strings} onOpen={onOpen} />
      </Stack>
    );
  }
  if (stored.agreement.status === 'reviewed') {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {partly}
        <ReviewedItems stored={stored} services={services} strings={strings} />
      </Stack>
    );
  }
  if (stored.agreement.status !== 'agreed' || !canEdit || !form) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {stored.agreement.status !== 'agreed' && <Text block>{format(strings.ReviewNeedsAgreed, stateLabels(strings)[stored.agreement.status])}</Text>}
        <PreviousToReview department={department} previous={previous} canEdit={canEdit} strings={strings} onOpen={onOpen} />
      </Stack>
    );
  }

  const complete = (): Promise<void> =>
    completeReview({
      services,
      stored,
      form,
      dispatch,
      ...(onStored ? { onStored } : {}),
      onReviewed: ({ next, carriedCount }) =>
        onOpen(department.id, next.agreement.year, 'agreement', format(carriedCount === 1 ? strings.ReviewDoneOne : strings.ReviewDone, year, next.agreement.year, carriedCount))
    });

  const isBusy = state?.kind === 'saving';
  const problems = state?.kind === 'problems' ? state : undefined;
  /** Where a problem shows on an item: a missing verdict at the choice, a missing reason at the reason field. */
  const itemProblems = (measureId: number, at: 'achievement' | 'reason'): string | undefined => {
    const texts = [
      ...(problems?.form ?? [])
        .filter((problem) => problem.kind === (at === 'achievement' ? 'achievementRequired' : 'reasonRequired') && problem.measureId === measureId)
        .map((problem) => reviewProblemText(problem, strings)),
      ...(at === 'reason' ? (problems?.service ?? []) : []).filter((problem) => measureIdOfField(problem) === measureId).map((problem) => describeProblem(problem, language))
    ];
    return texts.length > 0 ? texts.join(' ') : undefined;
  };
  const allProblems = [...(problems?.form ?? []).map((problem) => reviewProblemText(problem, strings)), ...(problems?.service ?? []).map((problem) => describeProblem(problem, language))];
  const dateProblem = problems?.form.some((problem) => problem.kind === 'reviewDateRequired') ? strings.ProblemReviewDate : undefined;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h4" variant="large" block>
        {format(strings.ReviewHeading, year)}
      </Text>
      <TextField
        label={strings.ReviewDate}
        type="date"
        required
        value={form.reviewDate}
        disabled={isBusy}
        errorMessage={dateProblem}
        onChange={(_, value) => onChange({ ...form, reviewDate: value ?? '' })}
        styles={{ root: { maxWidth: 220 } }}
      />
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="review-items">
        {stored.items.map((item) => (
          <ReviewItem
            key={item.measureId}
            item={item}
            form={form}
            achievementProblem={itemProblems(item.measureId, 'achievement')}
            reasonProblem={itemProblems(item.measureId, 'reason')}
            isBusy={isBusy}
            labels={achievements}
            strings={strings}
            onChange={(change) => onChange(withAssessment(form, item.measureId, change))}
          />
        ))}
      </ul>
      {allProblems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          <div role="alert" data-testid="review-problems">
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {allProblems.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        </MessageBar>
      )}
      {partly}
      {state?.kind === 'error' && (
        <div>
          <Text block>{strings.ReviewFailed}</Text>
          <ErrorMessage error={state.error} onRetry={() => void complete()} />
        </div>
      )}
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <PrimaryButton text={strings.CompleteReview} disabled={isBusy} onClick={() => void complete()} />
        <Text role="status" aria-live="polite">
          {isBusy ? strings.Reviewing : ''}
        </Text>
      </Stack>
    </Stack>
  );
}

interface ReviewItemProps {
  readonly item: AgreementItem;
  readonly form: ReviewForm;
  readonly achievementProblem: string | undefined;
  readonly reasonProblem: string | undefined;
  readonly isBusy: boolean;
  readonly labels: Readonly<Record<Verdict | 'open', string>>;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly onChange: (change: { achievement?: Verdict; reason?: string }) => void;
}

function ReviewItem({ item, form, achievementProblem, reasonProblem, isBusy, labels, strings, onChange }: ReviewItemProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    item: { border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 4, padding: 12, marginBottom: 8, background: theme.semanticColors.bodyBackground },
    title: { fontSize: 15, fontWeight: 600, margin: '0 0 4px' },
    meta: { color: theme.palette.neutralSecondary },
    error: { color: theme.semanticColors.errorText, fontSize: 12 }
  });
  const draft = form.assessments.get(item.measureId);
  const headingId = `review-item-${item.measureId}`;
  const needsReason = draft?.achievement !== undefined && draft.achievement !== 'achieved';
  return (
    <li className={classes.item} data-testid={`review-item-${item.measureId}`} aria-labelledby={headingId}>
      <h4 id={headingId} className={classes.title}>
        {item.title}
      </h4>
      {item.target && <Text className={classes.meta} block>{format(strings.AgendaTarget, item.target)}</Text>}
      <Stack horizontal wrap tokens={{ childrenGap: 24 }} styles={{ root: { marginTop: 8 } }}>
        <div>
          <ChoiceGroup
            label={format(strings.AchievementLabel, item.title)}
            options={verdicts.map((verdict) => ({ key: verdict, text: labels[verdict] }))}
            selectedKey={draft?.achievement ?? null}
            disabled={isBusy}
            onChange={(_, option) => option && onChange({ achievement: option.key as Verdict })}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
            aria-describedby={achievementProblem ? `${headingId}-achievement-problem` : undefined}
          />
          {achievementProblem && (
            <Text id={`${headingId}-achievement-problem`} className={classes.error} block>
              {achievementProblem}
            </Text>
          )}
        </div>
        <Stack.Item grow>
          <Label id={`${headingId}-reason-label`} htmlFor={`${headingId}-reason`} required={needsReason}>
            {strings.ReasonLabel}
          </Label>
          <TextField
            id={`${headingId}-reason`}
            aria-labelledby={`${headingId}-reason-label ${headingId}`}
            aria-required={needsReason}
            description={strings.ReasonHint}
            multiline
            autoAdjustHeight
            rows={2}
            value={draft?.reason ?? ''}
            disabled={isBusy}
            errorMessage={reasonProblem}
            onChange={(_, value) => onChange({ reason: value ?? '' })}
          />
        </Stack.Item>
      </Stack>
    </li>
  );
}

function PreviousToReview({
  department,
  previous,
  canEdit,
  strings,
  onOpen
}: Pick<AgreementReviewProps, 'department' | 'previous' | 'canEdit' | 'strings' | 'onOpen'>): React.ReactElement {
  if (!previous || previous.agreement.status !== 'agreed' || !canEdit) {
    return <></>;
  }
  const previousYear = previous.agreement.year;
  return (
    <MessageBar
      messageBarType={MessageBarType.info}
      isMultiline
      actions={
        <div>
          <DefaultButton text={format(strings.ReviewPrevious, previousYear)} onClick={() => onOpen(department.id, previousYear, 'review')} />
        </div>
      }
    >
      {format(strings.ReviewPreviousHint, previousYear)}
    </MessageBar>
  );
}

function ReviewedItems({ stored, services, strings }: Pick<AgreementReviewProps, 'services' | 'strings'> & { readonly stored: AgreementWithItems }): React.ReactElement {
  const achievements = achievementLabels(strings);
  const reviewedOn = stored.agreement.reviewedOn;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {reviewedOn && <Text block>{format(strings.ReviewedOn, formatDate(reviewedOn, services.locale))}</Text>}
      <DataTable
        caption={format(strings.ReviewHeading, stored.agreement.year)}
        testId="reviewed-items"
        rows={stored.items}
        rowKey={(item) => item.measureId}
        columns={[
          { key: 'measure', header: strings.ColumnMeasure, render: (item) => item.title },
          { key: 'target', header: strings.ColumnTarget, render: (item) => item.target ?? strings.None },
          { key: 'achievement', header: strings.ColumnAchievement, render: (item) => achievements[item.achievement] },
          { key: 'reason', header: strings.ColumnReason, render: (item) => item.achievementReason ?? strings.None }
        ]}
      />
    </Stack>
  );
}
