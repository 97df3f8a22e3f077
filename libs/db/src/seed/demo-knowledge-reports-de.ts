import type { DemoArticle } from './demo-knowledge-articles';

/** Field reports in German, contributed by partners (some still drafts or in review). */
export const FIELD_REPORTS_DE: readonly DemoArticle[] = [
  {
    key: 'fr-schulz-e104-schmutzfaenger',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: E 104 nach Heizungstausch – verstopfter Schmutzfänger im Altbau',
    summary:
      'Drei Tage nach der Inbetriebnahme einer WPL-18 A im Altbau kam E 104. Ursache war Magnetit aus den alten Heizkörpern im Schmutzfänger.',
    body: `## Ausgangslage

Einfamilienhaus Baujahr 1972, alter Ölkessel durch eine WPL-18 A ersetzt, Stahlheizkörper blieben. Die Anlage wurde gespült, aber nur mit Leitungswasser und ohne Magnetitabscheider. Nach drei Tagen meldete die Kundin **E 104** und kalte Heizkörper.

## Was wir vor Ort gemacht haben

1. Volumenstrom im Diagnosemenü abgelesen: nur noch \`420 l/h\` statt 1.200 l/h.
2. Schmutzfänger vor der Wärmepumpe geöffnet – komplett mit schwarzem Schlamm zugesetzt.
3. Schmutzfänger gereinigt, Volumenstrom sofort wieder bei 1.250 l/h.
4. Magnetitabscheider mit Magnetstab in den Rücklauf nachgerüstet.
5. Nach einer Woche erneut gereinigt, danach nach vier Wochen – dann war Ruhe.

## Was wir daraus gelernt haben

- Bei Altanlagen mit Stahlheizkörpern setzen wir den **Magnetitabscheider jetzt immer** mit ein und kalkulieren ihn im Angebot.
- Die Spülung machen wir mit Spülgerät und Reinigungsmittel, nicht nur mit Leitungswasser.
- Wir vereinbaren mit dem Kunden einen Kontrolltermin nach zwei Wochen.

Der Durchflusssensor war in Ordnung – gut, dass wir ihn nicht gleich getauscht haben.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING', 'WARRANTY_REPAIR'],
    tags: ['volumenstrom', 'altbau', 'magnetit'],
    codes: ['E 104', 'WPL-18 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 200,
    helpful: 28,
    unhelpful: 0,
  },
  {
    key: 'fr-schulz-nachbarbeschwerde-geraeusch',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Nachbarbeschwerde wegen Brummen der Außeneinheit im Reihenhaus',
    summary:
      'Eine Außeneinheit an der Reihenhauswand übertrug Körperschall ins Nachbarhaus. Mit Bodenkonsole und Nachtabsenkung war das Problem gelöst.',
    body: `## Situation

Reihenmittelhaus, Außeneinheit WPL-12 A mit Wandkonsole direkt an der Trennwand zum Nachbarn montiert (nicht von uns). Der Nachbar beschwerte sich über ein tiefes Brummen im Schlafzimmer, vor allem nachts.

## Vorgehen

1. Im Handbetrieb verschiedene Verdichterdrehzahlen angefahren: Brummen vor allem bei ca. \`55 Hz\`.
2. Hand an die Wand gelegt – deutliche Vibration, also Körperschall über die Konsole.
3. Außeneinheit auf eine Bodenkonsole mit Schwingungsdämpfern umgesetzt, Abstand zur Wand 30 cm.
4. Kältemittelleitungen mit flexiblen Schläuchen und gummierten Schellen neu geführt.
5. Im Regler Flüstermodus von 22 bis 6 Uhr aktiviert und den Frequenzbereich um 55 Hz gesperrt.

## Ergebnis

- Nachbar hört nach dem Umbau nichts mehr.
- Heizleistung reicht auch im Flüstermodus, weil das Haus gut gedämmt ist.
- Aufwand: **ca. 6 Stunden** zu zweit plus Material.

## Tipp für Kollegen

Wandkonsolen an Trennwänden zu Nachbarn vermeiden wir inzwischen komplett. Bei der Planung gleich den Schallrechner nutzen und dem Kunden das Ergebnis mitgeben.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION'],
    tags: ['schall', 'geräusch', 'montage', 'reihenhaus'],
    codes: ['WPL-12 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 140,
    helpful: 19,
    unhelpful: 1,
  },
  {
    key: 'fr-schulz-kondensat-eingefroren-draft',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Abtauwasser friert im Kondensatablauf ein (Entwurf)',
    summary:
      'Bei Dauerfrost fror der Kondensatablauf einer Außeneinheit zu, das Eis wuchs in den Verdampfer. Lösung mit Begleitheizung und Sickerschacht.',
    body: `## Was passiert ist

Im Januar bei mehreren Tagen unter -8 °C meldete ein Kunde, dass die Heizung nicht mehr warm wird. Vor Ort: Außeneinheit unten komplett vereist, Kondensatwanne voll Eis, Eis bereits zwischen den Lamellen.

## Ursache

- Kondensatablauf als offenes Rohr auf den Pflastersteinen – dort bildete sich ein Eiskegel, der das Rohr verschloss.
- Begleitheizung in der Wanne war verbaut, aber der Stecker \`X12\` nicht aufgesteckt.

## Was wir gemacht haben

1. Anlage abgeschaltet, Eis mit warmem Wasser (kein Heißluftfön direkt auf die Lamellen) abgetaut.
2. Stecker der Wannenheizung aufgesteckt und im Aktorentest geprüft.
3. Kondensatleitung frostfrei in einen Kiesschacht unter die Frostgrenze (\`80 cm\`) verlegt.
4. Abtauhistorie geprüft: vorher bis zu 9 Abtauungen pro Stunde.

## Noch offen

- **Fotos** von der Kiesschacht-Lösung ergänzen.
- Klären, ob die Wannenheizung ab Werk vorverdrahtet sein sollte – Frage an den Hersteller.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION', 'MAINTENANCE'],
    tags: ['abtauung', 'kondensat', 'frost'],
    codes: ['X12'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'DRAFT',
  },
  {
    key: 'fr-schulz-sg-ready-bruecke-draft',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: SG-Ready schaltet nicht – Drahtbrücke ab Werk vergessen',
    summary:
      'Nach Anschluss des Energiemanagers reagierte die Wärmepumpe nicht auf PV-Überschuss. Schuld war eine Werksbrücke an der EVU-Klemme.',
    body: `## Ausgangslage

Neubau mit 9,8 kWp PV-Anlage und Energiemanager. Die Wärmepumpe sollte über SG-Ready den Überschuss für Warmwasser nutzen. Im Display stand immer Zustand 2 (Normalbetrieb), egal was der Energiemanager schaltete.

## Fehlersuche

1. Kontakte des Energiemanagers gemessen: schalten korrekt.
2. Klemmen \`SG1\` und \`SG2\` am Regler gemessen: Signal kommt an.
3. SG-Ready im Menü war aktiviert, Anhebung \`+5 K\` für Warmwasser eingestellt.
4. Beim genauen Hinsehen: an der EVU-Klemme steckte noch die Drahtbrücke ab Werk, die gemeinsam mit SG1 ausgewertet wird.
5. Brücke entfernt, EVU-Kontakt des Zählerschranks richtig angeschlossen – sofort funktionierte die Umschaltung auf Zustand 3.

## Merkpunkte

- **Werksbrücken** an Schnittstellen immer dokumentiert entfernen.
- Vor der Übergabe alle vier SG-Ready-Zustände einmal durchschalten und im Display kontrollieren.
- Im Inbetriebnahmeprotokoll die Schnittstellenbelegung eintragen.

Entwurf – Schaltplan-Foto folgt noch.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING'],
    tags: ['sg-ready', 'photovoltaik', 'inbetriebnahme'],
    codes: ['SG1', 'SG2'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'DRAFT',
  },
  {
    key: 'fr-berger-kessel-taktet',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Gas-Brennwertkessel taktet nach Brennerwartung stark',
    summary:
      'Nach der Jahreswartung taktete ein GBK-24 C alle zwei Minuten. Ursache war eine zu hohe Mindestleistung in Verbindung mit einem falsch eingestellten Überströmventil.',
    body: `## Ausgangslage

Mehrfamilienhaus mit sechs Wohnungen, GBK-24 C, Heizkörper mit Thermostatventilen. Nach unserer Jahreswartung rief der Hausmeister an: Der Kessel schaltet ständig ein und aus, und man hört es in der Wohnung darüber.

## Analyse

1. Brennerstarts im Servicemenü abgelesen: **31 Starts pro Stunde**.
2. Teillast-Einstellung geprüft: Bei der Wartung war versehentlich die Mindestleistung auf \`40 %\` gestellt worden.
3. Überströmventil war komplett zugedreht, bei geschlossenen Thermostatventilen kaum Umlauf.
4. Taktsperre stand auf Werkseinstellung \`5 min\`.

## Maßnahmen

- Mindestleistung wieder auf Werkswert zurückgesetzt.
- Überströmventil so eingestellt, dass der Mindestumlauf gewährleistet ist.
- Taktsperre auf \`15 min\` erhöht und Heizkurve um eine Stufe abgesenkt.

## Ergebnis und Lehre

Danach lagen die Starts bei 3 pro Stunde. Wir notieren jetzt **vor** der Wartung alle geänderten Parameter und vergleichen sie hinterher. Die Checkliste im Wartungsprotokoll haben wir um diesen Punkt ergänzt.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['takten', 'gasbrennwert', 'wartung'],
    codes: ['GBK-24 C'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 320,
    helpful: 12,
    unhelpful: 1,
  },
  {
    key: 'fr-berger-hydraulische-weiche-review',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Hydraulische Weiche hebt Rücklauftemperatur der Wärmepumpe an',
    summary:
      'Eine überdimensionierte hydraulische Weiche führte zu Vermischung und hohen Rücklauftemperaturen. Nach Umbau auf Reihenpuffer sank die Vorlauftemperatur um 6 K.',
    body: `## Ausgangslage

Sanierung eines Zweifamilienhauses, WPL-18 A an bestehende Hydraulik mit großer hydraulischer Weiche angeschlossen. Die Kunden klagten über hohe Stromkosten, die Jahresarbeitszahl lag bei nur 2,6.

## Beobachtungen

- Vorlauf Wärmepumpe 52 °C, Vorlauf Heizkreis nur 44 °C.
- Rücklauf Wärmepumpe fast so warm wie der Vorlauf Heizkreis: starke Vermischung in der Weiche.
- Heizkreispumpe förderte **mehr** als die Wärmepumpenpumpe.

## Umbau

1. Hydraulische Weiche ausgebaut.
2. Kleinen Reihenpuffer (\`50 l\`) im Rücklauf für die Abtauenergie eingebaut.
3. Heizkreispumpe ausgebaut, nur noch die Pumpe der Wärmepumpe aktiv.
4. Hydraulischen Abgleich neu durchgeführt und Heizkurve abgesenkt.

## Ergebnis

| Wert | vorher | nachher |
|---|---|---|
| Vorlauftemperatur bei 0 °C | 52 °C | 46 °C |
| Monatsarbeitszahl Januar | 2,4 | 3,3 |

Wir bitten die Redaktion zu prüfen, ob das als Empfehlung für Sanierungen aufgenommen werden kann.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION'],
    tags: ['hydraulik', 'weiche', 'effizienz', 'sanierung'],
    codes: ['WPL-18 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'IN_REVIEW',
  },
  {
    key: 'fr-kaya-flachdach-montage',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Außeneinheit auf dem Flachdach montieren – Konsole, Kondensat, Sturmsicherung',
    summary: 'Praxiserfahrungen aus der Montage einer WPL-25 A auf einem Flachdach: Lastverteilung, Kondensatführung und Windsicherung.',
    body: `## Auftrag

Im Auftrag unseres Partners haben wir eine WPL-25 A auf dem Flachdach eines Bürogebäudes montiert. Die Inbetriebnahme übernahm der Partner selbst.

## Vorbereitung

- Statik vom Bauherrn bestätigen lassen: Gewicht der Einheit plus Konsole ca. \`240 kg\`.
- Dachabdichtung nicht durchdringen: Flachdachkonsole mit Bautenschutzmatten und Betonplatten als Ballast.
- Kranstellung und Sperrung des Gehwegs rechtzeitig beantragen.

## Montage Schritt für Schritt

1. Bautenschutzmatten und Konsole ausgelegt, ausgerichtet und mit Wasserwaage geprüft.
2. Außeneinheit per Kran aufgesetzt und mit Schwingungsdämpfern verschraubt.
3. Ballast nach Herstellerangabe für Windzone 2 aufgelegt.
4. Kondensat über beheizten Schlauch zum nächsten Dachablauf geführt.
5. Hydraulikleitungen mit UV-beständiger Dämmung zum Technikraum verlegt.

## Erfahrungen

- **Kondensat nie frei auf die Dachbahn** laufen lassen – im Winter entsteht eine Eisfläche.
- Ausblasrichtung nicht zur Attika, sonst saugt die Einheit die eigene kalte Luft wieder an.
- Wartungsweg auf dem Dach mit Trittplatten vorsehen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION'],
    tags: ['montage', 'flachdach', 'kondensat'],
    codes: ['WPL-25 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 90,
    helpful: 10,
    unhelpful: 0,
  },
  {
    key: 'fr-kaya-wanddurchfuehrung-review',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Wanddurchführung für Leitungen zur Außeneinheit dauerhaft abdichten',
    summary: 'Feuchte im Keller nach der Montage: Die Wanddurchführung war nur mit Bauschaum verschlossen. So dichten wir heute ab.',
    body: `## Problem

Bei einer Split-Wärmepumpe im Bestand zeigte sich nach einem halben Jahr ein feuchter Fleck an der Kellerwand unterhalb der Leitungsdurchführung. Die Durchführung lag knapp über Gelände und war nur mit Bauschaum verschlossen.

## Ursache

- Bauschaum ist nicht wasserdicht und nicht UV-beständig.
- Die Bohrung hatte kein Gefälle nach außen.
- Spritzwasser vom Pflaster lief an der Leitung entlang in die Wand.

## Unsere Lösung

1. Bohrung mit Gefälle von \`5 °\` nach außen neu setzen.
2. Futterrohr aus Kunststoff einsetzen, Ringspalt mit Quellmörtel füllen.
3. Leitungen mit Dichteinsatz (Ringraumdichtung) im Futterrohr abdichten.
4. Außen Abdeckhaube mit Tropfkante montieren.
5. Mindestens \`30 cm\` Abstand zwischen Durchführung und Gelände einhalten.

## Hinweis

- Bei Wänden im Erdreich immer ein **druckwasserdichtes** System verwenden.
- Die Durchführung vor dem Verschließen fotografieren und dem Partner für die Dokumentation schicken.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION'],
    tags: ['montage', 'abdichtung', 'wanddurchführung'],
    codes: [],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'IN_REVIEW',
  },
  {
    key: 'fr-schulz-solar-glykol-verbraucht',
    kind: 'FIELD_REPORT',
    language: 'de',
    title: 'Erfahrungsbericht: Solaranlage nach häufiger Stagnation – Glykol nach acht Jahren unbrauchbar',
    summary:
      'Eine Solaranlage mit überdimensioniertem Kollektorfeld ging jeden Sommer in Stagnation. Das Wärmeträgermedium war braun und sauer, der Durchfluss fast null.',
    body: `## Befund

Bei der Wartung einer Solaranlage mit 12 m² Flachkollektoren auf einem Einfamilienhaus (300-l-Speicher) fiel auf, dass die Pumpe lief, aber kaum Durchfluss anzeigte. Die Kunden waren oft im Sommer verreist.

## Messwerte

| Prüfwert | gemessen | Soll |
|---|---|---|
| pH-Wert | 6,2 | über 7,0 |
| Frostschutz | -9 °C | -25 °C |
| Farbe | dunkelbraun | klar |

## Was wir gemacht haben

1. Medium vollständig abgelassen und fachgerecht entsorgt.
2. Kollektorkreis mit Spülgerät und Reinigungsmittel 30 Minuten gespült – dabei kamen Schlammreste heraus.
3. Durchflussmesser und Schwerkraftbremse gereinigt.
4. Neu befüllt mit Fertiggemisch, Fülldruck \`2,2 bar\` bei 12 m statischer Höhe.
5. Rückkühlfunktion und Urlaubsfunktion im Regler aktiviert.

## Lehre

- Zu große Kollektorfelder bei kleinen Speichern führen zu **ständiger Stagnation**.
- Wir prüfen das Medium jetzt bei jeder Wartung mit pH-Streifen und Refraktometer.
- Dem Kunden empfohlen, in der Urlaubszeit die Rückkühlung nachts zuzulassen.`,
    productLines: ['SOLAR_THERMAL'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['solarthermie', 'glykol', 'stagnation'],
    codes: ['SR 2'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 420,
    helpful: 9,
    unhelpful: 0,
  },
];
