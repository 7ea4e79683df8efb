import * as React from 'react';
import * as AdaptiveCards from 'adaptivecards';
import { DefaultButton, mergeStyles, Panel, PanelType, Stack, Text, type Theme } from '@fluentui/react';
import * as strings from 'TodoAdaptiveCardExtensionStrings';
import { departmentWorkbookPath, workbookOpenLink } from '../../../domain';
import type { TodoLanguage } from '../../../domain/todos';
import { useTodoCard } from '../../../app/todoCard/useTodoCard';
import { todoCardView, todoCardViewCard, todoEntries, todoQuickViewCard, type AdaptiveCardJson, type TodoCardSize } from '../../../app/todoCard/todoCardContent';
import type { TodoPlaces } from '../../../app/todoCard/todoPlaces';
import { fluentTheme } from '../../../ui/hostTheme';
import type { WebPartViewProps } from '../webPartViews';

/** The workbench's own places: its views (same user and language), and the workbook in the emulated library. */
function workbenchPlaces(): TodoPlaces {
  const viewLink = (view: string, item?: string): string => {
    const url = new URL(location.href);
    url.searchParams.set('view', view);
    if (item) url.searchParams.set('item', item);
    else url.searchParams.delete('item');
    return url.href;
  };
  return {
    workbook: (departmentNumber, year) => workbookOpenLink(location.origin, departmentWorkbookPath('/sites/integration', departmentNumber, year)),
    agreement: viewLink('goalAgreements'),
    round: viewLink('meetingRound'),
    dashboard: viewLink('indicatorDashboard', 'completeness'),
    steering: viewLink('steering')
  };
}

/** Viva Connections' card colours from the Fluent theme of the host (light, Teams dark, high contrast). */
function hostConfig(theme: Theme): AdaptiveCards.HostConfig {
  const text = { default: theme.semanticColors.bodyText, subtle: theme.semanticColors.bodySubtext };
  const colour = (value: string): { default: string; subtle: string } => ({ default: value, subtle: value });
  return new AdaptiveCards.HostConfig({
    fontFamily: '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif',
    supportsInteractivity: true,
    containerStyles: {
      default: {
        backgroundColor: theme.semanticColors.bodyBackground,
        foregroundColors: {
          default: text,
          accent: colour(theme.palette.themePrimary),
          attention: colour(theme.semanticColors.errorText),
          good: colour(theme.semanticColors.successIcon),
          warning: colour(theme.semanticColors.warningIcon)
        }
      }
    },
    actions: { actionsOrientation: 'horizontal', actionAlignment: 'left', buttonSpacing: 8, maxActions: 2, spacing: 'default', showCard: { actionMode: 'inline' } }
  });
}

function buttonStyles(theme: Theme): string {
  return mergeStyles({
    selectors: {
      '.ac-pushButton': {
        font: 'inherit',
        fontWeight: 600,
        padding: '5px 16px',
        borderRadius: 4,
        cursor: 'pointer',
        border: `1px solid ${theme.palette.themePrimary}`,
        color: theme.palette.themePrimary,
        background: theme.semanticColors.bodyBackground
      },
      '.ac-pushButton:focus-visible, .ac-selectable:focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '2px' },
      '.ac-selectable': { cursor: 'pointer' }
    }
  });
}

interface RenderedCardProps {
  readonly card: AdaptiveCardJson;
  readonly theme: Theme;
  readonly onSubmit: (data: { action?: string }) => void;
}

/** One Adaptive Card rendered by the `adaptivecards` renderer, as Viva Connections renders ACE views. */
function RenderedCard({ card, theme, onSubmit }: RenderedCardProps): React.ReactElement {
  const host = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const rendered = new AdaptiveCards.AdaptiveCard();
    rendered.hostConfig = hostConfig(theme);
    rendered.onExecuteAction = (action) => {
      if (action instanceof AdaptiveCards.OpenUrlAction && action.url) {
        location.assign(action.url);
      } else if (action instanceof AdaptiveCards.SubmitAction) {
        onSubmit((action.data ?? {}) as { action?: string });
      }
    };
    rendered.parse(card);
    const element = rendered.render();
    const target = host.current;
    if (element && target) {
      target.replaceChildren(element);
    }
    return () => target?.replaceChildren();
  }, [card, theme, onSubmit]);
  return <div ref={host} className={buttonStyles(theme)} />;
}

const cardWidths: Readonly<Record<TodoCardSize, number>> = { Medium: 232, Large: 488 };

export default function TodoCardView({ services, theme }: WebPartViewProps): React.ReactElement {
  const { status, retry } = useTodoCard(services);
  const [isQuickViewOpen, setQuickViewOpen] = React.useState(false);
  const fluent = React.useMemo(() => fluentTheme(theme), [theme]);
  const language: TodoLanguage = services.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  const entries = React.useMemo(() => (status.kind === 'ready' ? todoEntries(status.data, workbenchPlaces(), language, strings) : []), [status, language]);
  const onSubmit = React.useCallback(
    (data: { action?: string }) => {
      if (data.action === 'retry') retry();
      if (data.action === 'quickView') setQuickViewOpen(true);
    },
    [retry]
  );
  const sizes: readonly TodoCardSize[] = ['Medium', 'Large'];
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="todo-card-view">
      <Stack horizontal wrap tokens={{ childrenGap: 24 }}>
        {sizes.map((size) => (
          <section
            key={size}
            aria-label={`${strings.CardLabel} – ${size === 'Medium' ? strings.MediumSize : strings.LargeSize}`}
            data-testid={`todo-card-${size.toLowerCase()}`}
            style={{ width: cardWidths[size], minHeight: 196, padding: 16, borderRadius: 8, boxShadow: fluent.effects.elevation8, background: fluent.semanticColors.bodyBackground }}
          >
            <RenderedCard card={todoCardViewCard(todoCardView(status, entries, size, strings), size)} theme={fluent} onSubmit={onSubmit} />
          </section>
        ))}
      </Stack>
      <Panel
        isOpen={isQuickViewOpen}
        type={PanelType.medium}
        headerText={strings.CardTitle}
        closeButtonAriaLabel={strings.BackToCard}
        onDismiss={() => setQuickViewOpen(false)}
        isLightDismiss
      >
        <section aria-label={strings.QuickViewLabel} data-testid="todo-quick-view">
          <RenderedCard card={todoQuickViewCard(entries, strings)} theme={fluent} onSubmit={onSubmit} />
        </section>
        <DefaultButton text={strings.BackToCard} onClick={() => setQuickViewOpen(false)} styles={{ root: { marginTop: 16 } }} />
      </Panel>
      {status.kind === 'failed' && (
        <Text role="alert" variant="small">
          {strings.LoadFailed}
        </Text>
      )}
    </Stack>
  );
}
