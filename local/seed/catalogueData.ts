/**
 * The demo catalogue of "Stadt Musterstadt": fields of action, goals, measures and their
 * indicators, as a city's integration office would keep them. Plain data; the builders turn
 * it into list items.
 */

export const cityName = 'Stadt Musterstadt';

export interface ConceptSpec {
  readonly title: string;
  readonly year: number;
  readonly description: string;
}

export const concepts: readonly ConceptSpec[] = [
  {
    title: 'Integration durch Konsens',
    year: 2008,
    description: 'Erstes Integrationskonzept der Stadt Musterstadt, vom Rat 2008 beschlossen. Leitbild: Integration als Querschnittsaufgabe aller Fachbereiche.'
  },
  {
    title: 'Integrationskonzept Flüchtlinge',
    year: 2016,
    description: 'Ergänzung für die Aufnahme und Integration geflüchteter Menschen, vom Rat 2016 beschlossen.'
  }
];

export interface GoalSpec {
  readonly number: string;
  readonly title: string;
  readonly description: string;
}

export interface FieldOfActionSpec {
  readonly title: string;
  readonly description: string;
  readonly goals: readonly GoalSpec[];
}

export const fieldsOfAction: readonly FieldOfActionSpec[] = [
  {
    title: 'Sprache und Bildung',
    description: 'Sprachförderung von der Kita bis zur Erwachsenenbildung und gleiche Bildungschancen.',
    goals: [
      { number: '1.1', title: 'Frühkindliche Sprachförderung und Bildungsbeteiligung stärken', description: 'Mehr Kinder mit Migrationsgeschichte besuchen früh eine Kita und werden alltagsintegriert sprachlich gefördert.' },
      { number: '1.2', title: 'Schulerfolg von Kindern und Jugendlichen mit Migrationsgeschichte verbessern', description: 'Weniger Schulabgänge ohne Abschluss, mehr Übergänge in weiterführende Schulen.' },
      { number: '1.3', title: 'Deutschkenntnisse Erwachsener verbessern', description: 'Ausreichende und erreichbare Sprachkursangebote für alle Zugewanderten.' }
    ]
  },
  {
    title: 'Arbeit',
    description: 'Zugang zu Ausbildung, Beschäftigung und Selbstständigkeit; die Stadtverwaltung als Vorbild.',
    goals: [
      { number: '2.1', title: 'Zugang zu Ausbildung erleichtern', description: 'Jugendliche mit Migrationsgeschichte finden häufiger einen Ausbildungsplatz.' },
      { number: '2.2', title: 'Arbeitsmarktintegration von Geflüchteten und Zugewanderten fördern', description: 'Mehr Zugewanderte in sozialversicherungspflichtiger Beschäftigung.' },
      { number: '2.3', title: 'Interkulturelle Öffnung der Stadtverwaltung', description: 'Die Verwaltung spiegelt die Vielfalt der Stadtgesellschaft wider und berät verständlich.' }
    ]
  },
  {
    title: 'Soziales und gesellschaftliche Teilhabe',
    description: 'Teilhabe in Sport, Kultur und Ehrenamt, gesundheitliche Versorgung und gutes Zusammenleben in den Quartieren.',
    goals: [
      { number: '3.1', title: 'Teilhabe in Sport, Kultur und Ehrenamt stärken', description: 'Vereine, Kultureinrichtungen und Ehrenamt stehen allen offen.' },
      { number: '3.2', title: 'Gesundheitliche Versorgung und Prävention verbessern', description: 'Gesundheitsangebote erreichen Zugewanderte und Geflüchtete.' },
      { number: '3.3', title: 'Wohnraumversorgung und Zusammenleben in den Quartieren', description: 'Dezentrales Wohnen und gute Nachbarschaft statt Segregation.' }
    ]
  },
  {
    title: 'Politik und Recht',
    description: 'Politische Beteiligung, Einbürgerung und eine serviceorientierte Ausländerbehörde.',
    goals: [{ number: '4.1', title: 'Politische Partizipation und Zugang zu Verwaltungsleistungen', description: 'Mehr Beteiligung an Wahlen und Gremien, kürzere Wartezeiten bei Ausländer- und Einbürgerungsbehörde.' }]
  }
];

export interface IndicatorSpec {
  readonly title: string;
  readonly unit: string;
  readonly isHigherBetter: boolean;
  /** Value three years before the seed's year. */
  readonly base: number;
  readonly target: number;
  /** Participant counts, split by gender where the source allows. */
  readonly femaleShare?: number;
  readonly source: string;
  readonly decimals?: number;
}

export interface MeasureSpec {
  readonly goal: string;
  readonly title: string;
  readonly lead: string;
  readonly involved?: readonly string[];
  /** Position in `concepts`. */
  readonly concept: 0 | 1;
  /** German stored value of MeasureStatus. */
  readonly status: 'geplant' | 'in Umsetzung' | 'umgesetzt' | 'Daueraufgabe' | 'zurückgestellt' | 'entfallen';
  readonly description: string;
  readonly indicators: readonly IndicatorSpec[];
}

const count = (title: string, base: number, target: number, source: string, femaleShare?: number): IndicatorSpec => ({ title, unit: 'Anzahl', isHigherBetter: true, base, target, source, ...(femaleShare === undefined ? {} : { femaleShare }) });
const persons = (title: string, base: number, target: number, source: string, femaleShare: number): IndicatorSpec => ({ title, unit: 'Personen', isHigherBetter: true, base, target, source, femaleShare });
const percent = (title: string, base: number, target: number, source: string): IndicatorSpec => ({ title, unit: 'Prozent', isHigherBetter: target >= base, base, target, source, decimals: 1 });
const lowerIsBetter = (title: string, unit: string, base: number, target: number, source: string): IndicatorSpec => ({ title, unit, isHigherBetter: false, base, target, source });

export const measures: readonly MeasureSpec[] = [
  // 1.1 Frühkindliche Sprachförderung
  {
    goal: '1.1', title: 'Alltagsintegrierte Sprachbildung in Kindertageseinrichtungen (Sprach-Kitas)', lead: '51', involved: ['40'], concept: 0, status: 'Daueraufgabe',
    description: 'Zusätzliche Fachkräfte für sprachliche Bildung in Kitas mit hohem Anteil mehrsprachig aufwachsender Kinder.',
    indicators: [persons('Kinder in Sprach-Kitas', 420, 500, 'Kita-Statistik FB 51', 0.49), percent('Anteil Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung', 31, 25, 'Schuleingangsuntersuchung FB 53')]
  },
  {
    goal: '1.1', title: 'Elternprogramm „Rucksack KiTa“ zur Förderung der Mehrsprachigkeit', lead: '51', involved: ['43'], concept: 0, status: 'in Umsetzung',
    description: 'Eltern werden als Expertinnen und Experten für das Lernen ihrer Kinder gestärkt; Elternbegleiterinnen leiten Gruppen in Kitas an.',
    indicators: [persons('Teilnehmende Eltern im Programm Rucksack KiTa', 85, 120, 'Programmstatistik FB 51', 0.86)]
  },
  {
    goal: '1.1', title: 'Brückenangebote für geflüchtete Kinder ohne Kita-Platz', lead: '51', involved: ['50'], concept: 1, status: 'umgesetzt',
    description: 'Spielgruppen in Gemeinschaftsunterkünften und Familienzentren bereiten auf den Kita-Besuch vor.',
    indicators: [persons('Kinder in Brückenangeboten', 60, 80, 'Programmstatistik FB 51', 0.47)]
  },
  {
    goal: '1.1', title: 'Mehrsprachige Informationen zur Kita-Anmeldung', lead: '51', concept: 1, status: 'umgesetzt',
    description: 'Anmeldeverfahren und Elternbriefe in den häufigsten Herkunftssprachen, online und gedruckt.',
    indicators: [count('Sprachen der Kita-Informationen', 6, 10, 'FB 51')]
  },
  // 1.2 Schulerfolg
  {
    goal: '1.2', title: 'Hausaufgabenhilfe und Lernförderung an Grundschulen', lead: '40', involved: ['51'], concept: 0, status: 'Daueraufgabe',
    description: 'Kostenfreie Lernförderung in Kleingruppen an allen Grundschulen mit Offenem Ganztag.',
    indicators: [persons('Schülerinnen und Schüler in der Lernförderung', 310, 380, 'Schulverwaltung FB 40', 0.5), percent('Anteil Übergangsempfehlungen Realschule oder Gymnasium (Kinder mit Migrationsgeschichte)', 41, 48, 'Schulstatistik FB 40')]
  },
  {
    goal: '1.2', title: 'Sprachlernklassen für Seiteneinsteigerinnen und Seiteneinsteiger koordinieren', lead: '40', involved: ['32'], concept: 1, status: 'in Umsetzung',
    description: 'Zentrale Schulplatzvergabe für neu zugewanderte Kinder und geregelte Übergänge in Regelklassen.',
    indicators: [persons('Übergänge aus Sprachlernklassen in Regelklassen', 140, 180, 'Schulverwaltung FB 40', 0.46)]
  },
  {
    goal: '1.2', title: 'Bildungsberatung für zugewanderte Eltern', lead: '40', involved: ['43'], concept: 0, status: 'in Umsetzung',
    description: 'Mehrsprachige Beratung zum deutschen Schulsystem, zu Übergängen und Abschlüssen.',
    indicators: [count('Beratungsgespräche der Bildungsberatung', 260, 320, 'Beratungsstatistik FB 40', 0.62), percent('Anteil Schulabgänge ohne Abschluss (ausländische Schülerinnen und Schüler)', 12.4, 9, 'IT.NRW Schulstatistik')]
  },
  {
    goal: '1.2', title: 'Schulsozialarbeit an Schulen mit hohem Zuwanderungsanteil ausbauen', lead: '51', involved: ['40'], concept: 0, status: 'geplant',
    description: 'Zusätzliche Stellen für Schulsozialarbeit an sechs Schulen, vorbehaltlich der Haushaltsberatungen.',
    indicators: [{ title: 'Stellen Schulsozialarbeit', unit: 'Vollzeitäquivalente', isHigherBetter: true, base: 14.5, target: 18, source: 'Stellenplan', decimals: 1 }]
  },
  // 1.3 Deutsch für Erwachsene
  {
    goal: '1.3', title: 'Integrationskurse und Berufssprachkurse an der Volkshochschule', lead: '43', concept: 0, status: 'Daueraufgabe',
    description: 'Die VHS ist Kursträger für Integrations- und Berufssprachkurse des BAMF in Vollzeit, Teilzeit und am Abend.',
    indicators: [persons('Teilnehmende an Integrationskursen', 540, 600, 'BAMF-Kursstatistik', 0.55), percent('Bestehensquote Deutsch-Test für Zuwanderer (Niveau B1)', 58, 65, 'BAMF-Kursstatistik')]
  },
  {
    goal: '1.3', title: 'Deutschkurse mit Kinderbetreuung für Mütter', lead: '43', involved: ['51'], concept: 1, status: 'in Umsetzung',
    description: 'Niedrigschwellige Kurse am Vormittag in Familienzentren mit paralleler Kinderbetreuung.',
    indicators: [persons('Teilnehmerinnen an Mütterkursen', 95, 130, 'VHS-Teilnehmendenstatistik', 0.98)]
  },
  {
    goal: '1.3', title: 'Sprachcafés und ehrenamtliche Sprachpatenschaften', lead: '43', involved: ['50'], concept: 1, status: 'Daueraufgabe',
    description: 'Offene Treffpunkte zum Deutschüben; Vermittlung und Begleitung von Sprachpatinnen und Sprachpaten.',
    indicators: [count('Aktive Sprachpatenschaften', 70, 100, 'Ehrenamtsbörse')]
  },
  {
    goal: '1.3', title: 'Alphabetisierungskurse für Erwachsene', lead: '43', concept: 0, status: 'zurückgestellt',
    description: 'Zurückgestellt, bis die Förderung durch das Land geklärt ist.',
    indicators: [persons('Teilnehmende an Alphabetisierungskursen', 48, 60, 'VHS-Teilnehmendenstatistik', 0.6)]
  },
  // 2.1 Ausbildung
  {
    goal: '2.1', title: 'Ausbildungspatenschaften für Jugendliche mit Migrationsgeschichte', lead: '80', involved: ['51'], concept: 0, status: 'in Umsetzung',
    description: 'Ehrenamtliche Patinnen und Paten aus Betrieben begleiten Jugendliche von der Bewerbung bis zum Abschluss.',
    indicators: [count('Vermittelte Ausbildungspatenschaften', 35, 50, 'Wirtschaftsförderung', 0.43)]
  },
  {
    goal: '2.1', title: 'Berufsorientierung und Praktika in Sprachlernklassen', lead: '40', involved: ['80'], concept: 1, status: 'in Umsetzung',
    description: 'Praktikumsbörse mit örtlichen Betrieben für Schülerinnen und Schüler der Sprachlernklassen.',
    indicators: [count('Praktika von Schülerinnen und Schülern aus Sprachlernklassen', 45, 70, 'Schulverwaltung FB 40', 0.44)]
  },
  {
    goal: '2.1', title: 'Ausbildungsmesse „Vielfalt im Handwerk“', lead: '80', concept: 0, status: 'umgesetzt',
    description: 'Jährliche Messe mit Kreishandwerkerschaft und Kammern; mehrsprachige Elterninformation.',
    indicators: [count('Besucherinnen und Besucher der Ausbildungsmesse', 900, 1200, 'Wirtschaftsförderung'), count('Ausstellende Betriebe', 48, 60, 'Wirtschaftsförderung')]
  },
  {
    goal: '2.1', title: 'Beratung zur Anerkennung ausländischer Abschlüsse', lead: '80', involved: ['32'], concept: 1, status: 'Daueraufgabe',
    description: 'Erstberatung und Lotsenfunktion im Anerkennungsverfahren in Kooperation mit dem IQ-Netzwerk.',
    indicators: [count('Anerkennungsberatungen', 210, 260, 'Beratungsstatistik', 0.52), lowerIsBetter('Durchschnittliche Dauer bis zur Anerkennungsentscheidung', 'Wochen', 16, 12, 'IQ-Netzwerk')]
  },
  // 2.2 Arbeitsmarkt
  {
    goal: '2.2', title: 'Arbeitsmarktlotsinnen und -lotsen für Geflüchtete', lead: '50', involved: ['80'], concept: 1, status: 'Daueraufgabe',
    description: 'Gemeinsames Angebot mit dem Jobcenter: Begleitung von der Kompetenzfeststellung bis zur Arbeitsaufnahme.',
    indicators: [persons('Vermittlungen in sozialversicherungspflichtige Beschäftigung', 180, 240, 'Jobcenter', 0.31), persons('Von Arbeitsmarktlotsen begleitete Geflüchtete', 410, 450, 'Fallstatistik FB 50', 0.38)]
  },
  {
    goal: '2.2', title: 'Gründungsberatung für Migrantinnen und Migranten', lead: '80', concept: 0, status: 'in Umsetzung',
    description: 'Mehrsprachige Gründungsberatung und Mentoring in Kooperation mit der IHK.',
    indicators: [count('Gründungsberatungen', 64, 90, 'Wirtschaftsförderung', 0.41), count('Unternehmensgründungen nach Beratung', 18, 25, 'Gewerbemeldungen', 0.33)]
  },
  {
    goal: '2.2', title: 'Netzwerk „Unternehmen integrieren Flüchtlinge“', lead: '80', involved: ['50'], concept: 1, status: 'umgesetzt',
    description: 'Regelmäßiger Austausch von Betrieben, die Geflüchtete beschäftigen oder ausbilden.',
    indicators: [count('Beteiligte Unternehmen', 42, 60, 'Wirtschaftsförderung')]
  },
  {
    goal: '2.2', title: 'Arbeitsgelegenheiten mit Sprachförderung verknüpfen', lead: '50', involved: ['43'], concept: 1, status: 'entfallen',
    description: 'Entfallen, da das Bundesprogramm ausgelaufen ist; Teilnehmende wurden in Berufssprachkurse übergeleitet.',
    indicators: [persons('Teilnehmende an Arbeitsgelegenheiten mit Sprachanteil', 40, 60, 'Fallstatistik FB 50', 0.35)]
  },
  // 2.3 Verwaltung
  {
    goal: '2.3', title: 'Fortbildungsreihe Interkulturelle Kompetenz für Beschäftigte der Stadtverwaltung', lead: '10', concept: 0, status: 'Daueraufgabe',
    description: 'Pflichtmodul für Beschäftigte mit Publikumsverkehr, offen für alle Fachbereiche.',
    indicators: [persons('Teilnehmende an Fortbildungen zur interkulturellen Kompetenz', 120, 180, 'Fortbildungsstatistik FB 10', 0.64)]
  },
  {
    goal: '2.3', title: 'Ausbildungsmarketing der Stadtverwaltung für junge Menschen mit Migrationsgeschichte', lead: '10', involved: ['80'], concept: 0, status: 'in Umsetzung',
    description: 'Mehrsprachige Kampagne, Schulbesuche und Auszubildende als Botschafterinnen und Botschafter.',
    indicators: [percent('Anteil Auszubildende mit Migrationsgeschichte', 14, 20, 'Personalstatistik FB 10'), count('Bewerbungen auf Ausbildungsplätze der Stadt', 380, 450, 'Bewerbermanagement FB 10', 0.52)]
  },
  {
    goal: '2.3', title: 'Mehrsprachige Formulare und Leichte Sprache im Bürgerbüro', lead: '32', involved: ['10'], concept: 1, status: 'in Umsetzung',
    description: 'Die häufigsten Formulare in Leichter Sprache und in acht Sprachen, auch online.',
    indicators: [count('Formulare in mehreren Sprachen', 35, 60, 'FB 32')]
  },
  {
    goal: '2.3', title: 'Dolmetscherpool für Beratungsgespräche', lead: '50', involved: ['20', '32', '53'], concept: 1, status: 'Daueraufgabe',
    description: 'Geschulte Sprachmittlerinnen und Sprachmittler für alle Fachbereiche, auch per Video.',
    indicators: [count('Dolmetscheinsätze', 640, 700, 'Einsatzstatistik FB 50'), count('Im Pool verfügbare Sprachen', 24, 30, 'FB 50')]
  },
  {
    goal: '2.3', title: 'Fördermittel für Integrationsprojekte transparent vergeben', lead: '20', involved: ['50'], concept: 0, status: 'Daueraufgabe',
    description: 'Förderrichtlinie mit festen Antragsfristen, Bewertungskriterien und jährlichem Verwendungsbericht.',
    indicators: [count('Geförderte Integrationsprojekte', 22, 25, 'Zuwendungsdatenbank FB 20'), { title: 'Bewilligte Fördermittel für Integrationsprojekte', unit: 'Euro', isHigherBetter: true, base: 185000, target: 200000, source: 'Haushalt FB 20' }]
  },
  // 3.1 Sport, Kultur, Ehrenamt
  {
    goal: '3.1', title: 'Integration durch Sport: Vereinsangebote für Geflüchtete', lead: '52', involved: ['51'], concept: 1, status: 'Daueraufgabe',
    description: 'Zuschüsse für Vereine, die Geflüchtete beitragsfrei aufnehmen, und Übungsleiterausbildung für Zugewanderte.',
    indicators: [persons('Vereinsmitglieder mit Fluchtgeschichte', 310, 400, 'Stadtsportbund', 0.28)]
  },
  {
    goal: '3.1', title: 'Schwimmkurse für Kinder und Frauen', lead: '52', involved: ['53'], concept: 0, status: 'in Umsetzung',
    description: 'Kurse in städtischen Bädern, für Frauen mit weiblichem Aufsichtspersonal.',
    indicators: [persons('Teilnehmende an Schwimmkursen', 150, 220, 'Bäderbetrieb', 0.58), count('Abgelegte Seepferdchen-Prüfungen', 90, 120, 'Bäderbetrieb')]
  },
  {
    goal: '3.1', title: 'Interkulturelle Woche und Fest der Kulturen', lead: '41', involved: ['50'], concept: 0, status: 'Daueraufgabe',
    description: 'Jährliche Veranstaltungsreihe mit Migrantenorganisationen, Kirchen und Vereinen.',
    indicators: [count('Veranstaltungen der Interkulturellen Woche', 38, 45, 'Kulturbüro'), count('Besucherinnen und Besucher beim Fest der Kulturen', 4500, 5000, 'Kulturbüro')]
  },
  {
    goal: '3.1', title: 'Stadtbibliothek: mehrsprachige Medien und Vorlesestunden', lead: '41', involved: ['51'], concept: 0, status: 'in Umsetzung',
    description: 'Bestand in zwölf Sprachen und mehrsprachige Vorlesestunden mit Ehrenamtlichen.',
    indicators: [count('Ausleihen mehrsprachiger Medien', 8200, 9500, 'Bibliotheksstatistik')]
  },
  {
    goal: '3.1', title: 'Qualifizierung von Integrationslotsinnen und -lotsen', lead: '50', concept: 1, status: 'Daueraufgabe',
    description: 'Ehrenamtliche begleiten Neuzugewanderte zu Ämtern, Ärztinnen und Schulen.',
    indicators: [persons('Aktive Integrationslotsinnen und -lotsen', 85, 110, 'Ehrenamtskoordination FB 50', 0.67), count('Begleitete Haushalte', 230, 280, 'Ehrenamtskoordination FB 50')]
  },
  {
    goal: '3.1', title: 'Migrantenorganisationen stärken: Qualifizierung und Räume', lead: '50', involved: ['41'], concept: 0, status: 'geplant',
    description: 'Fortbildungen zu Vereinsrecht und Fördermitteln sowie Nutzung städtischer Räume.',
    indicators: [count('Qualifizierte Migrantenorganisationen', 9, 15, 'FB 50')]
  },
  // 3.2 Gesundheit
  {
    goal: '3.2', title: 'Mehrsprachige Gesundheitslotsinnen und -lotsen', lead: '53', concept: 0, status: 'Daueraufgabe',
    description: 'Geschulte Multiplikatorinnen und Multiplikatoren informieren in ihren Communities über Gesundheitsthemen.',
    indicators: [count('Informationsveranstaltungen der Gesundheitslotsen', 46, 60, 'Gesundheitsamt'), persons('Erreichte Teilnehmende der Gesundheitslotsen', 720, 900, 'Gesundheitsamt', 0.61)]
  },
  {
    goal: '3.2', title: 'Psychosoziale Versorgung traumatisierter Geflüchteter', lead: '53', involved: ['50'], concept: 1, status: 'in Umsetzung',
    description: 'Clearingstelle und Vermittlung in Therapie, Zusammenarbeit mit dem Psychosozialen Zentrum.',
    indicators: [lowerIsBetter('Wartezeit auf ein Erstgespräch in der psychosozialen Beratung', 'Tage', 42, 21, 'Psychosoziales Zentrum'), persons('Beratene Personen in der psychosozialen Beratung', 130, 160, 'Psychosoziales Zentrum', 0.45)]
  },
  {
    goal: '3.2', title: 'Impf- und Vorsorgeberatung in Gemeinschaftsunterkünften', lead: '53', involved: ['50'], concept: 1, status: 'umgesetzt',
    description: 'Regelmäßige Sprechstunden des Gesundheitsamts in allen Gemeinschaftsunterkünften.',
    indicators: [percent('Masern-Impfquote bei der Schuleingangsuntersuchung (Kinder mit Fluchtgeschichte)', 88, 95, 'Schuleingangsuntersuchung FB 53')]
  },
  // 3.3 Wohnen und Quartiere
  {
    goal: '3.3', title: 'Dezentrale Unterbringung von Geflüchteten in Wohnungen', lead: '50', involved: ['61'], concept: 1, status: 'Daueraufgabe',
    description: 'Anmietung von Wohnungen und Auszugsmanagement aus Gemeinschaftsunterkünften.',
    indicators: [percent('Anteil dezentral untergebrachter Geflüchteter', 62, 75, 'Unterbringungsstatistik FB 50'), lowerIsBetter('Personen in Gemeinschaftsunterkünften', 'Personen', 480, 300, 'Unterbringungsstatistik FB 50')]
  },
  {
    goal: '3.3', title: 'Quartiersmanagement in den Gebieten der Sozialen Stadt', lead: '61', involved: ['50', '51'], concept: 0, status: 'Daueraufgabe',
    description: 'Quartiersbüros, Verfügungsfonds und Beteiligung der Bewohnerschaft in drei Stadtteilen.',
    indicators: [count('Projekte aus dem Verfügungsfonds', 24, 30, 'Quartiersmanagement')]
  },
  {
    goal: '3.3', title: 'Belegungsmanagement zur Vermeidung von Segregation', lead: '61', involved: ['50'], concept: 0, status: 'geplant',
    description: 'Abstimmung mit Wohnungsunternehmen über die Belegung geförderter Wohnungen.',
    indicators: [count('Geförderte Wohnungen mit Belegungsbindung', 1450, 1600, 'Wohnungsbauförderung')]
  },
  {
    goal: '3.3', title: 'Nachbarschaftsmediation in Wohnquartieren', lead: '32', involved: ['61'], concept: 0, status: 'in Umsetzung',
    description: 'Mehrsprachige Konfliktvermittlung durch geschulte Ehrenamtliche.',
    indicators: [count('Erfolgreich abgeschlossene Mediationen', 28, 35, 'Ordnungsamt')]
  },
  // 4.1 Politik und Recht
  {
    goal: '4.1', title: 'Wahlbeteiligung bei der Integrationsratswahl erhöhen', lead: '32', involved: ['10'], concept: 0, status: 'in Umsetzung',
    description: 'Mehrsprachige Wahlbenachrichtigung, Informationsabende und Wahllokale in den Quartieren.',
    indicators: [percent('Wahlbeteiligung bei der Integrationsratswahl', 11.5, 20, 'Wahlamt')]
  },
  {
    goal: '4.1', title: 'Einbürgerungskampagne „Ich bin Musterstädterin, ich bin Musterstädter“', lead: '32', concept: 1, status: 'in Umsetzung',
    description: 'Persönliche Anschreiben an Anspruchsberechtigte, Einbürgerungsfeiern und Lotsen.',
    indicators: [persons('Einbürgerungen', 390, 480, 'Einbürgerungsbehörde', 0.52), lowerIsBetter('Bearbeitungsdauer von Einbürgerungsanträgen', 'Monate', 14, 9, 'Einbürgerungsbehörde')]
  },
  {
    goal: '4.1', title: 'Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe', lead: '32', involved: ['10'], concept: 1, status: 'umgesetzt',
    description: 'Online-Termine, Wartebereich mit Informationen in mehreren Sprachen und Servicetelefon.',
    indicators: [lowerIsBetter('Wartezeit auf einen Termin in der Ausländerbehörde', 'Tage', 35, 14, 'Terminsystem FB 32')]
  },
  {
    goal: '4.1', title: 'Beteiligung von Zugewanderten in Beiräten und Ausschüssen', lead: '50', involved: ['32'], concept: 0, status: 'zurückgestellt',
    description: 'Zurückgestellt bis zur Neubesetzung der Ausschüsse nach der Kommunalwahl.',
    indicators: [persons('Sachkundige Einwohnerinnen und Einwohner mit Migrationsgeschichte', 6, 10, 'Ratsbüro', 0.5)]
  }
];
