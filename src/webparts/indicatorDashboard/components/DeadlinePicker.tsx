import * as React from 'react';
import { DatePicker, DayOfWeek } from '@fluentui/react';
import type { IDatePickerStrings } from '@fluentui/react';
import { isoDay } from '../../../domain';

export interface DeadlinePickerProps {
  /** `YYYY-MM-DD`, or undefined while none is chosen. */
  readonly value: string | undefined;
  readonly locale: string;
  readonly disabled: boolean;
  /** Shown under the field when the chosen day cannot be used. */
  readonly errorMessage?: string | undefined;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly onChange: (day: string | undefined) => void;
}

function dateOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

function dayOf(date: Date): string {
  return isoDay({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** "31.03.2027" in German, the locale's own short date elsewhere. */
function formatted(date: Date | undefined, locale: string): string {
  return date ? new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date) : '';
}

/** Reads a typed "31.3.2027" (German) or the locale's day/month order; anything else is no date. */
function parsed(text: string, locale: string): Date | null {
  const parts = text.trim().split(/[./-]/).map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part))) {
    return null;
  }
  const monthFirst = locale.toLowerCase().startsWith('en-us');
  const [day, month, year] = monthFirst ? [parts[1], parts[0], parts[2]] : parts;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** Month and day names from the browser in the UI's language, the rest from the web part's strings. */
function pickerStrings(locale: string, strings: IIndicatorDashboardWebPartStrings): IDatePickerStrings {
  const months = Array.from({ length: 12 }, (_, month) => new Date(2024, month, 1));
  const days = Array.from({ length: 7 }, (_, day) => new Date(2024, 0, 7 + day));
  const name = (options: Intl.DateTimeFormatOptions) => (date: Date): string => new Intl.DateTimeFormat(locale, options).format(date);
  return {
    months: months.map(name({ month: 'long' })),
    shortMonths: months.map(name({ month: 'short' })),
    days: days.map(name({ weekday: 'long' })),
    shortDays: days.map(name({ weekday: 'narrow' })),
    goToToday: strings.DeadlineGoToToday,
    prevMonthAriaLabel: strings.DeadlinePreviousMonth,
    nextMonthAriaLabel: strings.DeadlineNextMonth,
    prevYearAriaLabel: strings.DeadlinePreviousYear,
    nextYearAriaLabel: strings.DeadlineNextYear,
    closeButtonAriaLabel: strings.DeadlineClose,
    isRequiredErrorMessage: strings.DeadlineRequired,
    invalidInputErrorMessage: strings.DeadlineInvalid,
    isOutOfBoundsErrorMessage: strings.DeadlinePast
  };
}

/**
 * The required deadline of the year the office opens: a Fluent DatePicker, typed or picked. A day
 * in the past is selected and refused by the dialog (`errorMessage`, confirm disabled) rather than
 * by the picker's bounds, which would keep showing the previous day as chosen.
 */
export function DeadlinePicker({ value, locale, disabled, errorMessage, strings, onChange }: DeadlinePickerProps): React.ReactElement {
  return (
    <DatePicker
      label={strings.DeadlineLabel}
      isRequired
      allowTextInput
      disabled={disabled}
      value={value ? dateOf(value) : undefined}
      firstDayOfWeek={DayOfWeek.Monday}
      formatDate={(date) => formatted(date, locale)}
      parseDateFromString={(text) => parsed(text, locale)}
      strings={pickerStrings(locale, strings)}
      ariaLabel={strings.DeadlineLabel}
      placeholder={strings.DeadlinePlaceholder}
      onSelectDate={(date) => onChange(date ? dayOf(date) : undefined)}
      // Only a message of ours replaces the picker's own (required, unreadable input).
      textField={errorMessage ? { errorMessage } : { description: strings.DeadlineHint }}
    />
  );
}
