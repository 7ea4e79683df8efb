import { disclosureMark } from '../../domain';
import type { DisclosureCell, DisclosureMark } from '../../domain';

/** The column heads of the public dataset, exactly as published (CSV and HTML). */
export const publicDatasetColumns = ['Kennzahl', 'Einheit', 'Jahr', 'Gesamt', 'weiblich', 'männlich', 'divers', 'ohne Angabe'] as const;

/** The Zeichenerklärung of the German statistics offices, for the marks the dataset uses. */
export const markLegend: Readonly<Record<DisclosureMark, string>> = {
  '<5': 'weniger als 5 (Wert von 0 bis 4; aus Gründen der Geheimhaltung nicht genau angegeben)',
  '.': 'Zahlenwert unbekannt oder geheim zu halten (verborgen, damit kleine Zahlen nicht aus der Summe errechnet werden können)',
  x: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll (die Kennzahl wird nicht nach Geschlecht erfasst)'
};

/**
 * A number as German readers and German Excel read it: decimal comma, at most two decimals.
 * `grouping` adds the thousands point for reading; the CSV leaves it out so that every program
 * reads the same number.
 */
export function germanNumber(value: number, grouping: boolean): string {
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(2).split('.');
  const digits = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const decimals = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${digits}${decimals ? `,${decimals}` : ''}`;
}

/** A cell as published: the number, or its mark. */
export function cellText(cell: DisclosureCell, grouping: boolean): string {
  return cell.kind === 'shown' ? germanNumber(cell.value, grouping) : disclosureMark(cell)!;
}
