import { BodyChoices, agendaItemsOf, agendaItemsToText, compareSessions, listSchema } from '../../../src/domain';
import type { AgendaItem } from '../../../src/domain';

describe('bodies and their sessions', () => {
  it('stores the bodies under their German names, as the Body column offers them', () => {
    expect(BodyChoices.codes.map((code) => BodyChoices.toLabel(code))).toEqual(['Steuerungsgruppe', 'Beirat', 'Ausschuss', 'Rat']);
    expect(BodyChoices.toCode('Beirat')).toBe('advisoryBoard');
    expect(BodyChoices.toCode('Gemeinderat')).toBeUndefined();
    expect(listSchema.BodySessions.fields.find((field) => field.name === 'Body')?.choices).toEqual(BodyChoices.labels);
  });

  it('keeps agenda items with the report, goal change or plan period they dealt with through the stored text', () => {
    const items: AgendaItem[] = [
      { title: 'Bericht zur 1. Fortschreibung', subject: { kind: 'report', id: 7 } },
      { title: 'Zieländerung 2.3', subject: { kind: 'goalChange', id: 12 } },
      { title: 'Verschiedenes' }
    ];
    expect(agendaItemsOf(agendaItemsToText(items))).toEqual(items);
  });

  it('reads an agenda typed into the SharePoint form as one item per line', () => {
    expect(agendaItemsOf('1. Bericht\r\n\r\n  2. Verschiedenes ')).toEqual([{ title: '1. Bericht' }, { title: '2. Verschiedenes' }]);
    expect(agendaItemsOf('[Entwurf] Haushalt')).toEqual([{ title: '[Entwurf] Haushalt' }]);
    expect(agendaItemsOf(undefined)).toEqual([]);
  });

  it('drops links it does not know instead of inventing a subject', () => {
    expect(agendaItemsOf('[{"title":"A","subject":{"kind":"measure","id":3}},{"title":""},{"title":"B","subject":{"kind":"report","id":"x"}}]')).toEqual([{ title: 'A' }, { title: 'B' }]);
  });

  it('orders sessions by date, and on one day the Beirat before the Ausschuss before the Rat', () => {
    const sessions = [
      { date: '2019-03-15', body: 'council' as const },
      { date: '2019-03-12', body: 'committee' as const },
      { date: '2019-03-12', body: 'advisoryBoard' as const }
    ];
    expect([...sessions].sort(compareSessions).map((session) => session.body)).toEqual(['advisoryBoard', 'committee', 'council']);
  });
});
