import { Packer } from 'docx';
import type { Language } from '../../domain';
import { defaultDocument } from './documentBuilder';
import { templatePlaceholders } from './templateInspection';

/**
 * The fact labels the product's reports put on their title page; in a template each is a
 * placeholder of the same name, e.g. `{{Betreff}}`. A report fills the ones it has and leaves the
 * others empty.
 */
export const titlePageFactPlaceholders = ['Betreff', 'Organisationseinheit', 'Beratungsfolge', 'Fortschreibung', 'Berichtsjahr'] as const;

const texts = {
  de: { subject: 'Vorlage für Berichte', hint: 'Diese Vorlage an das Corporate Design der Stadt anpassen (Briefkopf, Schriften, Überschriften). Die Platzhalter in doppelten geschweiften Klammern bleiben stehen; der Platzhalter Inhalt ist Pflicht, dort steht der Bericht.' },
  en: { subject: 'Template for reports', hint: "Adapt this template to the city's corporate design (letterhead, fonts, headings). Keep the placeholders in double braces; the placeholder Inhalt is required: the report goes there." }
};

/**
 * A starting point for the city's template: the product's default design with every placeholder
 * where the reports fill it in, for the office to dress in the city's letterhead and styles.
 */
export function starterTemplate(language: Language): Promise<Blob> {
  const placeholder = (name: string): string => `{{${name}}}`;
  return Packer.toBlob(
    defaultDocument(
      {
        language,
        title: texts[language].subject,
        subject: texts[language].subject,
        author: '',
        titlePage: {
          title: placeholder(templatePlaceholders.title),
          subtitle: placeholder(templatePlaceholders.subtitle),
          facts: [...titlePageFactPlaceholders.map((label) => ({ label, value: placeholder(label) })), { label: templatePlaceholders.date, value: placeholder(templatePlaceholders.date) }],
          lines: [texts[language].hint]
        },
        blocks: [{ kind: 'paragraph', text: placeholder(templatePlaceholders.body) }]
      },
      new Map()
    )
  );
}
