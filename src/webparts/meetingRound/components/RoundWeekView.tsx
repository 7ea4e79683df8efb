import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { Interval, PublicHoliday, RoundSettings } from '../../../domain';
import { format } from '../../../ui/format';
import { formatSlot } from '../../../app/meetingBooking/bookingForm';
import { weekGrids } from '../../../app/meetingRound/roundWeekGrid';

export interface RoundWeekViewProps {
  readonly strings: IMeetingRoundWebPartStrings;
  readonly locale: string;
  readonly settings: RoundSettings;
  readonly holidays: readonly PublicHoliday[];
  readonly placed: ReadonlyArray<{ readonly departmentId: number; readonly slot: Interval; readonly isFixed: boolean }>;
  readonly nameOf: (departmentId: number) => string;
  /** The next free slots for a department, the others staying where they are. */
  readonly alternativesOf: (departmentId: number) => Interval[];
  readonly onMove: (departmentId: number, slot: Interval) => void;
  readonly isReadOnly?: boolean;
}

const rowHeight = 22;
const classes = mergeStyleSets({
  week: { marginBottom: 20, overflowX: 'auto' },
  grid: { display: 'grid', gridTemplateColumns: '56px repeat(5, minmax(140px, 1fr))', gap: 0, border: '1px solid #c8c6c4', minWidth: 760 },
  head: { fontWeight: 600, padding: '4px 6px', borderBottom: '1px solid #c8c6c4', background: '#f3f2f1' },
  closed: { background: 'repeating-linear-gradient(45deg, #f3f2f1, #f3f2f1 6px, #edebe9 6px, #edebe9 12px)' },
  time: { fontSize: 11, color: '#605e5c', padding: '0 4px', borderTop: '1px solid #edebe9', height: rowHeight, boxSizing: 'border-box' },
  cell: { borderTop: '1px solid #edebe9', borderLeft: '1px solid #edebe9', height: rowHeight, boxSizing: 'border-box' },
  card: {
    margin: 2,
    padding: '2px 6px',
    textAlign: 'left',
    border: '1px solid #005a9e',
    borderLeft: '4px solid #005a9e',
    borderRadius: 2,
    background: '#deecf9',
    color: '#201f1e',
    fontSize: 12,
    overflow: 'hidden',
    cursor: 'pointer',
    zIndex: 1,
    selectors: { ':focus': { outline: '2px solid #201f1e', outlineOffset: 1 }, ':hover': { background: '#c7e0f4' } }
  },
  fixed: { borderLeftColor: '#107c10' },
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  option: { display: 'block', width: '100%', marginBottom: 6 }
});

/** The proposed round as a week calendar; each meeting a button that opens the choice of other free slots. */
export function RoundWeekView({ strings, locale, settings, holidays, placed, nameOf, alternativesOf, onMove, isReadOnly }: RoundWeekViewProps): React.ReactElement {
  const [moving, setMoving] = React.useState<{ departmentId: number; options: Interval[] } | undefined>(undefined);
  const holidayNames = React.useMemo(() => new Map(holidays.map((holiday) => [holiday.date, holiday.name])), [holidays]);
  const grids = weekGrids(settings, placed, holidayNames);
  const dayLabel = (day: string): string => new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: '2-digit', month: '2-digit', timeZone: 'UTC' });
  const returnFocus = React.useRef<HTMLElement | null>(null);

  const openMove = (departmentId: number, target: HTMLElement): void => {
    returnFocus.current = target;
    setMoving({ departmentId, options: alternativesOf(departmentId) });
  };
  const close = (): void => {
    setMoving(undefined);
    returnFocus.current?.focus();
  };

  return (
    <div data-testid="round-week-view">
      {grids.map((grid) => (
        <section key={grid.monday} className={classes.week} aria-label={format(strings.WeekOf, dayLabel(grid.days[0].day), dayLabel(grid.days[4].day))}>
          <Text as="h4" variant="medium" block styles={{ root: { fontWeight: 600, margin: '4px 0' } }}>
            {format(strings.WeekOf, dayLabel(grid.days[0].day), dayLabel(grid.days[4].day))}
          </Text>
          <div className={classes.grid} style={{ gridTemplateRows: `auto repeat(${grid.rows.length}, ${rowHeight}px)` }}>
            <div className={classes.head} style={{ gridColumn: 1, gridRow: 1 }} aria-hidden="true" />
            {grid.days.map((day, index) => (
              <div key={day.day} className={`${classes.head} ${day.isClosed ? classes.closed : ''}`} style={{ gridColumn: index + 2, gridRow: 1 }}>
                {dayLabel(day.day)}
                {day.holiday ? ` – ${day.holiday}` : ''}
              </div>
            ))}
            {grid.rows.map((row, rowIndex) => (
              <React.Fragment key={row}>
                <div className={classes.time} style={{ gridColumn: 1, gridRow: rowIndex + 2 }} aria-hidden="true">
                  {row.endsWith(':00') ? row : ''}
                </div>
                {grid.days.map((day, index) => (
                  <div key={day.day} className={`${classes.cell} ${day.isClosed ? classes.closed : ''}`} style={{ gridColumn: index + 2, gridRow: rowIndex + 2 }} aria-hidden="true" />
                ))}
              </React.Fragment>
            ))}
            {grid.cards.map((card) => {
              const name = nameOf(card.departmentId);
              const when = formatSlot(card.slot, locale);
              return (
                <button
                  key={card.departmentId}
                  type="button"
                  className={`${classes.card} ${card.isFixed ? classes.fixed : ''}`}
                  style={{ gridColumn: card.column + 2, gridRow: `${card.row + 2} / span ${card.rowSpan}` }}
                  data-testid={`round-card-${card.departmentId}`}
                  disabled={isReadOnly}
                  onClick={(event) => openMove(card.departmentId, event.currentTarget)}
                >
                  {/* The visible text starts the accessible name; the full date is for screen readers. */}
                  <strong>{card.slot.start.slice(11, 16)}</strong> {name}
                  <span className={classes.hidden}>{format(card.isFixed ? strings.CardAriaFixed : strings.CardAria, when)}</span>
                </button>
              );
            })}
          </div>
        </section>
      ))}
      <Dialog
        hidden={!moving}
        onDismiss={close}
        dialogContentProps={{ type: DialogType.normal, title: moving ? format(strings.MoveTitle, nameOf(moving.departmentId)) : '', subText: strings.MoveHint, closeButtonAriaLabel: strings.Close }}
        modalProps={{ isBlocking: false }}
        minWidth={420}
      >
        {moving && moving.options.length === 0 && <MessageBar>{strings.NoAlternatives}</MessageBar>}
        {moving && moving.options.length > 0 && (
          <Stack role="list" aria-label={strings.FreeSlots} data-testid="move-options">
            {moving.options.map((option) => (
              <div role="listitem" key={option.start}>
                <DefaultButton
                  className={classes.option}
                  text={formatSlot(option, locale)}
                  onClick={() => {
                    onMove(moving.departmentId, option);
                    close();
                  }}
                />
              </div>
            ))}
          </Stack>
        )}
        <DialogFooter>
          <DefaultButton text={strings.Cancel} onClick={close} />
        </DialogFooter>
      </Dialog>
    </div>
  );
}
