/**
 * Demo knowledge articles for the Thermotec partner network: service know-how written by the manufacturer
 * and field reports contributed by partners. Plain data so tests can import it without loading the application.
 */
export interface DemoArticle {
  key: string;
  kind: 'SERVICE_KNOWHOW' | 'FIELD_REPORT';
  language: 'de' | 'en';
  title: string;
  summary: string;
  body: string;
  productLines: string[];
  serviceCategories: string[];
  tags: string[];
  codes: string[];
  audience: 'MANUFACTURER' | 'PARTNERS' | 'TIER';
  minTierRank?: number;
  limitedToProductLines: boolean;
  author: string;
  status: 'PUBLISHED' | 'DRAFT' | 'IN_REVIEW';
  publishedDaysAgo?: number;
  helpful?: number;
  unhelpful?: number;
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  // ---------------------------------------------------------------------------------------------
  // Service know-how, German
  // ---------------------------------------------------------------------------------------------
  {
    key: 'gas-f28-zuendung-fehlgeschlagen',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Störung F.28: Zündung fehlgeschlagen am Gas-Brennwertkessel',
    summary:
      'F.28 bedeutet, dass nach mehreren Zündversuchen keine Flamme erkannt wurde. Der Artikel zeigt die Prüfreihenfolge von Gasversorgung über Zündelektrode bis Gasarmatur.',
    body: `## Bedeutung der Störung

Der Feuerungsautomat meldet **F.28 – Zündung fehlgeschlagen**, wenn beim Brennerstart nach drei Zündversuchen kein Ionisationsstrom gemessen wird. Der Kessel geht in Verriegelung und muss entstört werden. Tritt F.28 nur sporadisch auf, ist meist die Gasversorgung die Ursache; tritt es bei jedem Start auf, eher Elektrode oder Gasarmatur.

## Prüfreihenfolge

1. Gasabsperrhahn und Gaszähler prüfen, bei Neuanlagen Gasleitung vollständig entlüften.
2. Gasfließdruck am Messnippel der Gasarmatur messen: Sollwert Erdgas E \`18–25 mbar\`.
3. Zündelektrode ausbauen, Abstand prüfen (\`3,5–4,5 mm\`), Keramik auf Risse untersuchen.
4. Zündkabel und Masseverbindung auf festen Sitz und Übergangswiderstand prüfen.
5. Spulenwiderstand der Gasarmatur messen und mit dem Servicehandbuch vergleichen.
6. Abgas- und Zuluftweg auf Verstopfung prüfen (Vogelnest, vereister Dachdurchgang).

## Häufige Ursachen aus der Hotline

| Ursache | Anteil | Abhilfe |
|---|---|---|
| Luft in der Gasleitung nach Zählerwechsel | ca. 35 % | entlüften, entstören |
| verschlissene Zünd-/Ionisationselektrode | ca. 30 % | Elektrode mit Dichtung tauschen |
| Gasfließdruck zu niedrig | ca. 15 % | Netzbetreiber informieren |
| Gasarmatur defekt | ca. 10 % | Armatur tauschen, Garantie prüfen |

## Hinweise

- **Nicht mehr als dreimal** in Folge entstören, ohne die Ursache gefunden zu haben.
- Nach dem Elektrodentausch immer eine Abgasmessung durchführen und protokollieren.
- Tauschteile mit Seriennummer im Portal als Garantiefall erfassen.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['WARRANTY_REPAIR', 'MAINTENANCE'],
    tags: ['zündung', 'störung', 'gasbrennwert', 'elektrode'],
    codes: ['F.28', 'GBK-24 C'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 412,
    helpful: 38,
    unhelpful: 2,
  },
  {
    key: 'wp-hochdruckstoerung-hd',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Wärmepumpe meldet Hochdruckstörung HD: Ursachen systematisch eingrenzen',
    summary:
      'Eine Hochdruckstörung entsteht fast immer, weil die Wärme auf der Heizungsseite nicht abgenommen wird. So grenzen Sie Volumenstrom, Luft im System und Sensorik ein.',
    body: `## Wie die Hochdruckabschaltung arbeitet

Bei allen Luft/Wasser-Wärmepumpen der Serie WPL überwacht ein Hochdruckpressostat den Verflüssigungsdruck. Überschreitet der Druck den Abschaltwert, schaltet der Verdichter ab und der Regler zeigt **HD** bzw. \`E 210\`. Nach drei Abschaltungen innerhalb von 24 Stunden verriegelt die Anlage.

## Typische Ursachen

- zu geringer Volumenstrom im Heizkreis (geschlossene Thermostatventile, Schmutzfänger zu)
- Luft im Verflüssiger oder in der Hydraulik
- Vorlauftemperatur-Sollwert höher als das Einsatzgebiet der Wärmepumpen zulässt
- Heizungspumpe auf zu kleiner Stufe oder defekt
- Überfüllung mit Kältemittel nach Reparatur

## Vorgehen vor Ort

1. Störspeicher auslesen: Zeitpunkt, Betriebsart (Heizen, Warmwasser, Abtauen) notieren.
2. Volumenstrom im Menü \`Diagnose / Hydraulik\` ablesen und mit dem Mindestvolumenstrom vergleichen.
3. Schmutzfänger und Magnetitabscheider reinigen, Anlage entlüften.
4. Spreizung zwischen Vor- und Rücklauf im Verdichterbetrieb messen (Soll 5–7 K).
5. Hochdrucksensor mit Manometer am Serviceventil vergleichen.

| Modell | Abschaltwert HD | Mindestvolumenstrom |
|---|---|---|
| WPL-12 A | 41,5 bar | 900 l/h |
| WPL-18 A | 41,5 bar | 1.200 l/h |
| WPL-25 A | 41,5 bar | 1.700 l/h |

**Wichtig:** Den Pressostat niemals überbrücken. Tritt HD nur im Warmwasserbetrieb auf, ist oft die Wärmetauscherfläche des Speichers zu klein – dann Speichertyp prüfen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR', 'MAINTENANCE'],
    tags: ['hochdruck', 'störung', 'volumenstrom', 'kältekreis'],
    codes: ['HD', 'E 210', 'WPL-25 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 530,
    helpful: 33,
    unhelpful: 1,
  },
  {
    key: 'wp-niederdruckstoerung-nd',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Niederdruckstörung ND an Luft/Wasser-Wärmepumpen: Kältemittelmangel oder Verdampferproblem?',
    summary:
      'ND-Abschaltungen deuten auf zu wenig Wärmeaufnahme am Verdampfer oder auf Kältemittelverlust hin. Die Anleitung trennt beide Fälle sauber.',
    body: `## Symptom

Der Regler meldet **ND** bzw. \`E 211\`, häufig bei niedrigen Außentemperaturen oder direkt nach dem Abtauen. Nach drei Abschaltungen verriegelt die Anlage.

## Ursache eingrenzen

1. Verdampfer-Lamellen auf Vereisung, Laub und Verschmutzung prüfen.
2. Ventilator im Servicemenü auf Drehzahl testen: \`Diagnose / Ventilator / Test 100 %\`.
3. Saugdruck und Sauggastemperatur messen, Überhitzung berechnen.
4. Stellung des Expansionsventils (EEV) im Betrieb beobachten.
5. Bei Verdacht auf Leckage: Lecksuche mit elektronischem Lecksuchgerät, nur durch zertifiziertes Personal.

## Bewertung der Messwerte

| Überhitzung | EEV-Öffnung | wahrscheinliche Ursache |
|---|---|---|
| hoch (über 12 K) | 100 % | Kältemittelmangel |
| normal (4–8 K) | normal | Luftseite blockiert |
| niedrig (unter 2 K) | klein | EEV oder Sensor defekt |

## Hinweise

- Bei Kältemittelmangel immer die **Ursache der Leckage** beheben, nicht nur nachfüllen.
- Nachfüllmenge und Leckagestelle im Anlagenlogbuch dokumentieren (F-Gas-Pflicht).
- Tritt ND nur nach dem Abtauen auf, Abtauparameter und Kondensatablauf prüfen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['niederdruck', 'kältemittel', 'verdampfer'],
    codes: ['ND', 'E 211'],
    audience: 'TIER',
    minTierRank: 2,
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 488,
    helpful: 21,
    unhelpful: 1,
  },
  {
    key: 'wp-e104-volumenstrom',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'E 104 Volumenstrom zu gering: Durchflusssensor, Pumpe und Schmutzfänger prüfen',
    summary:
      'E 104 meldet einen zu geringen Heizwasser-Volumenstrom durch den Verflüssiger. Meist liegt es an der Hydraulik, selten am Sensor.',
    body: `## Wann E 104 ausgelöst wird

Der Regler prüft vor jedem Verdichterstart den Volumenstrom. Liegt er unter dem Mindestwert (Bedingung \`Durchfluss < 600 l/h\` bei WPL-12 A), startet der Verdichter nicht und nach 60 s erscheint **E 104**.

## Prüfschritte

1. Aktuellen Durchfluss im Menü \`Diagnose / Hydraulik / Volumenstrom\` ablesen.
2. Absperrungen, Schmutzfänger und Magnetitabscheider prüfen und reinigen.
3. Anlagendruck kontrollieren (\`1,5–2,0 bar\` kalt), Anlage entlüften.
4. Heizkreispumpe: Ansteuerung (PWM-Signal) und Drehzahl prüfen, ggf. blockierte Pumpe lösen.
5. Durchflusssensor: Stecker prüfen, Sensor mit Referenzmessung (Ultraschall) vergleichen.

## Häufigste Ursachen

- verschmutzter Schmutzfänger nach Heizungstausch im Bestand
- Überströmventil fehlt, alle Heizkreise gleichzeitig geschlossen
- Pumpe auf falsche Kennlinie eingestellt
- Luftpolster im Verflüssiger nach der Erstbefüllung

## Tipp

**Bei Altanlagen** immer einen Magnetitabscheider setzen. Der Durchflusssensor ist in über 80 % der gemeldeten E-104-Fälle in Ordnung – erst Hydraulik, dann Sensor tauschen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING', 'WARRANTY_REPAIR'],
    tags: ['volumenstrom', 'hydraulik', 'durchflusssensor'],
    codes: ['E 104', 'E104', 'WPL-12 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 610,
    helpful: 40,
    unhelpful: 3,
  },
  {
    key: 'wp-hydraulischer-abgleich',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Hydraulischer Abgleich nach Verfahren B bei Wärmepumpenanlagen',
    summary:
      'Ohne hydraulischen Abgleich arbeitet keine Wärmepumpenanlage effizient. Der Artikel beschreibt das raumweise Verfahren B und die Einstellung der Ventile.',
    body: `## Warum der Abgleich entscheidend ist

Ein hydraulischer Abgleich sorgt dafür, dass jeder Heizkörper und jeder Fußbodenheizkreis genau den Volumenstrom erhält, den er für seine Heizlast braucht. Bei Wärmepumpen senkt er die nötige Vorlauftemperatur und erhöht damit die Jahresarbeitszahl spürbar. Für Förderanträge ist das Formular der VdZ als Nachweis erforderlich.

## Ablauf Verfahren B

1. Raumweise Heizlast nach DIN EN 12831 ermitteln.
2. Heizflächen aufnehmen (Typ, Maße) und deren Leistung bei der geplanten Systemtemperatur bestimmen.
3. Auslegungsvorlauftemperatur festlegen, Ziel: **maximal 55 °C** (Parameter \`HK1 Vorlauf max\`).
4. Volumenströme je Heizfläche berechnen und Voreinstellwerte der Thermostatventile ermitteln.
5. Ventile voreinstellen, Pumpe auf Konstant- oder Proportionaldruck einstellen.
6. Ergebnis mit dem Formular dokumentieren und dem Kunden übergeben.

## Richtwerte Spreizung

| Heizsystem | Spreizung | Vorlauf |
|---|---|---|
| Fußbodenheizung | 5 K | 35 °C |
| Niedertemperatur-Heizkörper | 7 K | 45 °C |
| Bestandsheizkörper | 8–10 K | 55 °C |

## Hinweise

- Pufferspeicher und hydraulische Weichen können den Abgleich verfälschen – Einbindung prüfen.
- Bei Fußbodenheizung die Durchflussmesser am Verteiler nutzen.
- Formulare und Rechenhilfe: https://www.vdzev.de/broschueren/formulare-hydraulischer-abgleich/`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION', 'COMMISSIONING'],
    tags: ['hydraulik', 'abgleich', 'effizienz', 'förderung'],
    codes: [],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 720,
    helpful: 29,
    unhelpful: 0,
  },
  {
    key: 'wp-inbetriebnahme-checkliste-wpl-25a',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Checkliste Inbetriebnahme Luft/Wasser-Wärmepumpe WPL-25 A',
    summary: 'Vollständige Checkliste für die Erstinbetriebnahme der WPL-25 A, vom Aufstellort bis zum Inbetriebnahmeprotokoll im Portal.',
    body: `## Vor dem Einschalten

- Aufstellort: Mindestabstände zur Wand (\`300 mm\`) und zur Ausblasseite (\`1.000 mm\`) eingehalten
- Kondensatablauf frostfrei verlegt, Begleitheizung angeschlossen
- Elektroanschluss: Verdichter- und Steuerstrom getrennt abgesichert, EVU-Sperrkontakt verdrahtet
- Hydraulik gespült, befüllt mit aufbereitetem Wasser (Leitfähigkeit und Härte protokolliert)

## Inbetriebnahme Schritt für Schritt

1. Anlagendruck auf \`1,8 bar\` einstellen und entlüften.
2. Regler einschalten, Sprache, Datum und Uhrzeit setzen.
3. Inbetriebnahme-Assistent starten: Anlagenschema, Heizkreise und Warmwasser wählen.
4. Relaistest im Menü \`Service / Aktorentest\` durchführen.
5. Volumenstrom im Heizbetrieb prüfen (Mindestwert 1.700 l/h).
6. Heizkurve einstellen: Fußbodenheizung Steilheit 0,4, Heizkörper 0,8.
7. Warmwassertemperatur und Legionellenfunktion einstellen.
8. Verdichter 20 Minuten laufen lassen, Drücke und Spreizung notieren.

## Abschluss

- Inbetriebnahmeprotokoll im Portal ausfüllen, Seriennummer und Fotos anhängen.
- Kunden in die Bedienung einweisen und auf die **jährliche Wartung** hinweisen.
- Garantieverlängerung gilt nur mit vollständigem Protokoll innerhalb von 4 Wochen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING'],
    tags: ['inbetriebnahme', 'checkliste', 'luft-wasser'],
    codes: ['WPL-25 A'],
    audience: 'TIER',
    minTierRank: 2,
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 365,
    helpful: 26,
    unhelpful: 1,
  },
  {
    key: 'wp-wartungsintervalle',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Wartungsintervalle und Wartungsumfang für Wärmepumpen der Serien WPL und WPS',
    summary: 'Welche Arbeiten jährlich, alle zwei Jahre und alle fünf Jahre anfallen – als Grundlage für Wartungsverträge mit Endkunden.',
    body: `## Grundsatz

Wärmepumpen sind wartungsarm, aber nicht wartungsfrei. Für die Herstellergarantie verlangt Thermotec eine **jährliche Inspektion** durch einen autorisierten Servicepartner.

## Wartungsintervalle

| Intervall | Arbeiten |
|---|---|
| jährlich | Sichtprüfung, Störspeicher auslesen, Verdampfer reinigen, Kondensatablauf prüfen, Anlagendruck, Schmutzfänger |
| alle 2 Jahre | Ausdehnungsgefäß Vordruck, Sicherheitsventil anlüften, Fühlerwerte plausibilisieren |
| alle 5 Jahre | Schutzanode Warmwasserspeicher, Heizwasseranalyse, Dichtheitsprüfung Kältekreis je nach Füllmenge |

## Ablauf der jährlichen Wartung

1. Kunden nach Auffälligkeiten fragen (Geräusche, Komfort, Stromverbrauch).
2. Störspeicher und Betriebsstunden auslesen, Verdichterstarts pro Stunde bewerten.
3. Verdampfer mit weicher Bürste oder Niederdruck-Wasser reinigen, Lamellen nicht verbiegen.
4. Kondensatwanne und Ablauf reinigen, Begleitheizung prüfen.
5. Schmutzfänger reinigen, Anlagendruck nachstellen.
6. Firmware-Stand prüfen und ggf. aktualisieren.
7. Wartungsprotokoll im Portal erfassen.

## Kennzahlen zur Bewertung

- Mehr als **3 Verdichterstarts pro Stunde** (Zähler \`Starts/h\` im Infomenü) im Mittel deuten auf zu kleine Wassermenge oder falsche Hysterese hin.
- Jahresarbeitszahl aus Wärmemengenzähler und Stromzähler berechnen und dem Kunden zeigen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['wartung', 'wartungsintervall', 'garantie'],
    codes: ['WPL', 'WPS'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 845,
    helpful: 35,
    unhelpful: 2,
  },
  {
    key: 'gas-jaehrliche-wartung',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Jährliche Wartung Gas-Brennwertkessel: Abgaswerte, Siphon und Elektrode',
    summary: 'Standardumfang der Jahreswartung an Gas-Brennwertkesseln der Serie GBK mit Sollwerten für die Abgasmessung.',
    body: `## Umfang

Die jährliche Wartung stellt sicher, dass der Kessel sauber und sicher verbrennt. Der Ablauf gilt für alle Geräte der Serie **GBK** ab Baujahr 2016.

## Arbeitsschritte

1. Abgasmessung im Ist-Zustand bei Volllast und Teillast durchführen.
2. Gas absperren, Brennerdeckel demontieren, Dichtung prüfen.
3. Wärmetauscher mit Kunststoffbürste und Wasser reinigen – keine Drahtbürste.
4. Siphon ausbauen, reinigen und mit Wasser füllen.
5. Zünd- und Ionisationselektrode prüfen, bei Abbrand tauschen.
6. Wieder zusammenbauen, Gasdichtheit mit Lecksuchspray prüfen.
7. Abgasmessung wiederholen und im Wartungsprotokoll eintragen.

## Sollwerte Erdgas E

| Last | CO2 | Abgastemperatur |
|---|---|---|
| Volllast | 9,0–9,6 % | unter 80 °C |
| Teillast | 8,6–9,2 % | unter 60 °C |

## Hinweise

- Die Brennerdeckeldichtung **bei jedem Öffnen** tauschen.
- Ionisationsstrom im Servicemenü \`d.44\` ablesen, Sollwert größer 2 µA.
- Ein leerer Siphon kann Abgas in den Aufstellraum lassen – nie ohne Wasservorlage in Betrieb nehmen.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['wartung', 'abgasmessung', 'siphon'],
    codes: ['GBK-24 C', 'd.44'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 890,
    helpful: 24,
    unhelpful: 1,
  },
  {
    key: 'wp-fgas-dichtheitspruefung',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'F-Gas-Verordnung: Dichtheitsprüfung und Dokumentation bei Wärmepumpen',
    summary: 'Ab welcher Füllmenge Dichtheitsprüfungen Pflicht sind, wer sie durchführen darf und was ins Anlagenlogbuch gehört.',
    body: `## Rechtlicher Rahmen

Die EU-Verordnung 2024/573 (F-Gas-Verordnung) regelt den Umgang mit fluorierten Treibhausgasen. Maßgeblich für die Prüfpflicht ist das **CO2-Äquivalent** der Füllmenge, nicht die Masse.

## Prüfintervalle

| CO2-Äquivalent | Intervall (ohne Leckageerkennung) |
|---|---|
| ab 5 t | alle 12 Monate |
| ab 50 t | alle 6 Monate |
| ab 500 t | alle 3 Monate |

Beispiele: R32 (GWP 675) erreicht 5 t CO2-Äquivalent ab \`7,41 kg\`, R410A (GWP 2.088) bereits ab \`2,4 kg\`. Hermetisch geschlossene Geräte unter 10 t sind ausgenommen, sofern gekennzeichnet.

## Durchführung

1. Sichtprüfung aller Lötstellen, Verschraubungen und Serviceventile.
2. Elektronische Lecksuche mit kalibriertem Gerät (Empfindlichkeit mindestens 5 g/a).
3. Betriebsdrücke mit Sollwerten vergleichen.
4. Ergebnis, Datum, Prüfer und Zertifikatsnummer ins Anlagenlogbuch eintragen.

## Wer darf prüfen?

- Nur Personal mit Sachkundebescheinigung Kategorie I (Arbeiten am Kältekreis).
- Der Betrieb braucht eine Zertifizierung nach Art. 10 der Verordnung.

Text der Verordnung: https://eur-lex.europa.eu/eli/reg/2024/573/oj`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['f-gas', 'kältemittel', 'dichtheitsprüfung', 'dokumentation'],
    codes: ['R32', 'R410A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 210,
    helpful: 19,
    unhelpful: 0,
  },
  {
    key: 'wp-legionellenschutz',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Legionellenschutz: thermische Desinfektion des Warmwasserspeichers einstellen',
    summary: 'So stellen Sie die Legionellenschaltung am Regler TC 300 ein, ohne die Effizienz der Wärmepumpe unnötig zu verschlechtern.',
    body: `## Hintergrund

Nach DVGW-Arbeitsblatt W 551 gelten Anlagen mit mehr als 400 Litern Speicherinhalt oder mehr als 3 Litern Leitungsinhalt als Großanlagen. Dort muss der Speicheraustritt ständig **60 °C** erreichen. In Ein- und Zweifamilienhäusern wird eine regelmäßige thermische Desinfektion empfohlen.

## Einstellung am Regler

1. Menü \`Warmwasser / Legionellenschutz\` öffnen.
2. Funktion aktivieren, Zieltemperatur \`60 °C\`, Haltezeit \`60 min\`.
3. Wochentag und Startzeit wählen – möglichst mittags, wenn PV-Strom verfügbar ist.
4. Prüfen, ob der Heizstab für die Nachheizung freigegeben ist.
5. Zirkulationspumpe während der Desinfektion mitlaufen lassen.

## Worauf achten?

- Die Wärmepumpe erreicht je nach Modell nur 55–58 °C; den Rest übernimmt der Heizstab.
- Eine **tägliche** Desinfektion ist im Einfamilienhaus nicht nötig und kostet Effizienz.
- Verbrühungsschutz: thermostatischen Mischer am Speicheraustritt einbauen.
- Nach der Desinfektion fällt die Speichertemperatur langsam – Kunden darauf hinweisen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING'],
    tags: ['legionellen', 'warmwasser', 'trinkwasserhygiene'],
    codes: ['TC 300'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 300,
    helpful: 17,
    unhelpful: 2,
  },
  {
    key: 'wp-ntc-fuehler-widerstandstabelle',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Fühlerfehler F.70 bis F.73: NTC-Fühler mit Widerstandstabelle prüfen',
    summary:
      'Fühlerfehler zeigen Unterbrechung oder Kurzschluss eines Temperaturfühlers an. Mit der Widerstandstabelle für NTC 10 kΩ prüfen Sie den Fühler in zwei Minuten.',
    body: `## Zuordnung der Fehlercodes

- **F.70** Außenfühler
- **F.71** Vorlauffühler
- **F.72** Rücklauffühler
- **F.73** Warmwasserfühler

## Prüfung

1. Anlage spannungsfrei schalten.
2. Fühlerstecker am Regler abziehen.
3. Widerstand mit dem Multimeter messen und die Temperatur am Fühler mit einem Referenzthermometer bestimmen.
4. Wert mit der Tabelle vergleichen; Abweichung von mehr als 5 % bedeutet Fühlertausch.
5. Bei korrektem Fühler Leitung und Steckverbinder prüfen (Feuchtigkeit, Korrosion).

## Widerstandstabelle NTC 10 kΩ (B = 3977)

| Temperatur | Widerstand |
|---|---|
| -20 °C | 97,1 kΩ |
| -10 °C | 55,3 kΩ |
| 0 °C | 32,6 kΩ |
| 10 °C | 19,9 kΩ |
| 20 °C | 12,5 kΩ |
| 25 °C | 10,0 kΩ |
| 40 °C | 5,33 kΩ |
| 60 °C | 2,49 kΩ |

## Hinweise

- Ein Wert nahe \`0 Ω\` bedeutet Kurzschluss, \`OL\` am Messgerät bedeutet Unterbrechung.
- Außenfühler an der Nordseite montieren, nicht über Fenstern oder der Ausblasseite der Außeneinheit.`,
    productLines: ['HEAT_PUMP', 'GAS_CONDENSING'],
    serviceCategories: ['WARRANTY_REPAIR', 'MAINTENANCE'],
    tags: ['fühler', 'sensor', 'ntc', 'widerstand'],
    codes: ['F.70', 'F.71', 'F.72', 'F.73'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 655,
    helpful: 31,
    unhelpful: 0,
  },
  {
    key: 'wp-firmware-update-tc300',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Firmware-Update am Regler TC 300 per USB-Stick durchführen',
    summary:
      'Schritt-für-Schritt-Anleitung für das Firmware-Update des Wärmepumpenreglers TC 300 inklusive Sicherung der Anlagenparameter.',
    body: `## Voraussetzungen

- USB-Stick, FAT32 formatiert, maximal 32 GB
- aktuelle Firmware aus dem Downloadbereich des Partnerportals (Datei \`tc300_fw_4.2.1.bin\`)
- Anlage nicht im Abtau- oder Warmwasserbetrieb

## Ablauf

1. Anlagenparameter sichern: \`Service / Daten / Export auf USB\`.
2. Firmware-Datei in das Stammverzeichnis des Sticks kopieren, Dateiname nicht ändern.
3. Stick in den USB-Port hinter der Reglerklappe stecken.
4. Menü \`Service / Software / Update\` wählen und mit Servicecode bestätigen.
5. Update läuft ca. 6 Minuten; **Spannung in dieser Zeit nicht trennen**.
6. Nach dem Neustart Versionsnummer prüfen und Parameter kontrollieren.
7. Relaistest und kurzen Probebetrieb durchführen.

## Änderungen in Version 4.2

| Bereich | Änderung |
|---|---|
| Abtauung | verkürzte Abtauzeit bei hoher Luftfeuchte |
| SG-Ready | Zustand 4 erhöht jetzt auch den Warmwasser-Sollwert |
| Diagnose | Volumenstrom-Historie 48 h |

## Falls das Update abbricht

- Regler startet im Bootloader: Stick stecken lassen, Update startet automatisch erneut.
- Bleibt das Display dunkel, Hotline anrufen – nicht den Regler tauschen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE', 'WARRANTY_REPAIR'],
    tags: ['firmware', 'update', 'regler'],
    codes: ['TC 300', 'FW 4.2'],
    audience: 'TIER',
    minTierRank: 3,
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 45,
    helpful: 12,
    unhelpful: 1,
  },
  {
    key: 'wp-sg-ready-pv-ueberschuss',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'SG-Ready und PV-Überschuss: Wärmepumpe mit dem Energiemanager koppeln',
    summary:
      'Über die SG-Ready-Schnittstelle nutzt die Wärmepumpe PV-Überschuss für Heizung und Warmwasser. Verdrahtung, Betriebszustände und Reglereinstellungen im Überblick.',
    body: `## Die vier SG-Ready-Zustände

| Zustand | Kontakt 1 | Kontakt 2 | Wirkung |
|---|---|---|---|
| 1 | 1 | 0 | EVU-Sperre, Verdichter aus |
| 2 | 0 | 0 | Normalbetrieb |
| 3 | 0 | 1 | verstärkter Betrieb, Sollwerte angehoben |
| 4 | 1 | 1 | Anlaufbefehl, maximale Anhebung |

## Anschluss

1. Zwei potenzialfreie Kontakte des Energiemanagers an die Klemmen \`SG1\` und \`SG2\` legen.
2. Im Regler \`Service / Schnittstellen / SG-Ready\` aktivieren.
3. Anhebung für Heizen (z. B. \`+3 K\`) und Warmwasser (z. B. \`+5 K\`) festlegen.
4. Mindestlaufzeit einstellen, damit der Verdichter bei Wolken nicht taktet.
5. Funktion mit dem Energiemanager testen und Zustände im Display kontrollieren.

## Praxistipps

- Warmwasserspeicher und Gebäudemasse sind die **günstigsten Batterien** für Wärmepumpen.
- Zustand 1 nicht doppelt belegen, wenn bereits ein EVU-Sperrkontakt verdrahtet ist.
- Bei modulierenden Geräten ist die Leistungsvorgabe über Modbus genauer als SG-Ready.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION', 'COMMISSIONING'],
    tags: ['sg-ready', 'photovoltaik', 'energiemanagement'],
    codes: ['SG1', 'SG2'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 120,
    helpful: 22,
    unhelpful: 1,
  },
  {
    key: 'solar-stagnation-vermeiden',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Solarthermie: Stagnation und Dampfbildung im Kollektorkreis beherrschen',
    summary:
      'Stagnation ist ein normaler Betriebszustand, schadet aber dem Wärmeträger. So legen Sie Ausdehnungsgefäß und Vorschaltgefäß richtig aus.',
    body: `## Was bei Stagnation passiert

Kann der Speicher keine Wärme mehr aufnehmen, schaltet die Solarpumpe ab. Der Kollektor erhitzt sich auf über 180 °C, das Wärmeträgermedium verdampft und drückt Flüssigkeit aus dem Kollektor. Wiederholte Stagnation lässt das Glykol altern.

## Auslegung prüfen

1. Dampfvolumen im Kollektor und in den Rohrleitungen berechnen.
2. Ausdehnungsgefäß so wählen, dass es Ausdehnung **und** Dampfvolumen aufnimmt.
3. Vorschaltgefäß einsetzen, wenn die Leitung zum Ausdehnungsgefäß kurz ist.
4. Vordruck des Gefäßes auf Anlagenfülldruck minus \`0,3 bar\` einstellen.

## Wartung des Wärmeträgers

| Prüfwert | Sollwert | Maßnahme bei Abweichung |
|---|---|---|
| pH-Wert | über 7,0 | Medium tauschen |
| Frostschutz | bis -25 °C | nachdosieren oder tauschen |
| Farbe/Geruch | klar, mild | bei braun oder stechend tauschen |

## Tipps

- Urlaubsfunktion oder Rückkühlung über den Kollektor in der Nacht aktivieren.
- Kollektorfeld nicht größer auslegen als für 60 % solare Deckung nötig.`,
    productLines: ['SOLAR_THERMAL'],
    serviceCategories: ['MAINTENANCE', 'INSTALLATION'],
    tags: ['solarthermie', 'stagnation', 'glykol'],
    codes: ['SK 2.5'],
    audience: 'PARTNERS',
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 560,
    helpful: 14,
    unhelpful: 0,
  },
  {
    key: 'solar-befuellen-entlueften',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Solarkreis befüllen und entlüften: Anlagendruck richtig einstellen',
    summary:
      'Mit der Befüllstation luftfrei befüllen und den Fülldruck nach statischer Höhe berechnen – die häufigsten Fehler bei der Inbetriebnahme von Solaranlagen.',
    body: `## Fülldruck berechnen

Der Fülldruck im kalten Zustand ergibt sich aus der statischen Höhe plus Reserve:

- Fülldruck = statische Höhe in m x 0,1 bar + \`0,5 bar\` (Mindestdruck am Kollektor) + \`0,3 bar\` Reserve
- Beispiel: 9 m Höhe ergibt \`0,9 + 0,5 + 0,3 = 1,7 bar\`

## Befüllen

1. Befüllstation mit Fertiggemisch anschließen, **nie** Wasser und Glykol im System mischen.
2. Mindestens 15 Minuten mit hoher Strömung spülen, bis keine Luftblasen mehr im Behälter aufsteigen.
3. Rücklaufhahn schließen und Druck auf Fülldruck plus \`0,5 bar\` anheben.
4. Dichtheit prüfen, anschließend Druck auf den berechneten Fülldruck absenken.
5. Durchflussmesser ablesen und Pumpenstufe einstellen.

## Typische Fehler

- Automatischer Entlüfter am Kollektor bleibt offen und lässt im Stagnationsfall Dampf entweichen.
- Vordruck des Ausdehnungsgefäßes nicht angepasst.
- Befüllung bei voller Sonne: Kollektor vorher abdecken.`,
    productLines: ['SOLAR_THERMAL'],
    serviceCategories: ['COMMISSIONING'],
    tags: ['solarthermie', 'befüllung', 'inbetriebnahme'],
    codes: [],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 760,
    helpful: 9,
    unhelpful: 1,
  },
  {
    key: 'intern-kulanz-verdichter-wpl-2021',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Hotline-Notiz intern: Kulanzregelung Verdichtertausch WPL-Serie Baujahr 2021',
    summary:
      'Interne Regelung für die Hotline: Unter welchen Bedingungen Verdichtertausche an WPL-Geräten aus 2021 außerhalb der Garantie auf Kulanz laufen.',
    body: `## Hintergrund

Bei Geräten der Serien WPL-18 A und WPL-25 A aus den Fertigungswochen 14 bis 31/2021 wurden erhöhte Verdichterausfälle (Lagerschaden) festgestellt. Die Geschäftsleitung hat eine Kulanzregelung beschlossen. **Diese Notiz nicht an Partner weitergeben.**

## Bedingungen

1. Seriennummer liegt im Bereich \`21W14xxxx\` bis \`21W31xxxx\`.
2. Jährliche Wartung durch autorisierten Partner nachgewiesen.
3. Ausfall bis maximal 6 Jahre nach Inbetriebnahme.

## Leistungen

| Gerätealter | Material | Arbeitszeit |
|---|---|---|
| bis 3 Jahre | 100 % | 100 % |
| 3–5 Jahre | 100 % | 50 % |
| 5–6 Jahre | 70 % | 0 % |

## Vorgehen der Hotline

- Fall im Ticketsystem mit Kennzeichen \`KUL-VD21\` anlegen.
- Partner nur mitteilen, dass ein Kulanzantrag geprüft wird.
- Freigabe durch den Serviceleiter einholen, dann Ersatzteilbestellung auslösen.
- Ausgebauten Verdichter zur Analyse ins Werk zurücksenden lassen.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['kulanz', 'verdichter', 'intern'],
    codes: ['WPL-18 A', 'WPL-25 A', 'KUL-VD21'],
    audience: 'MANUFACTURER',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 150,
    helpful: 6,
    unhelpful: 0,
  },
  {
    key: 'intern-eev-spule-charge',
    kind: 'SERVICE_KNOWHOW',
    language: 'de',
    title: 'Interne Hotline-Notiz: Serienfehler EEV-Spule Charge 23/11',
    summary:
      'Eine Lieferantencharge von EEV-Spulen fällt nach Feuchtigkeitseintritt aus. Erkennungsmerkmale und Ersatzteilprozess für die Hotline.',
    body: `## Sachstand

Spulen des elektronischen Expansionsventils aus der Lieferantencharge **23/11** zeigen nach 1–2 Wintern Wicklungsunterbrechungen. Ursache ist eine undichte Kabeleinführung. Betroffen sind rund 1.400 Geräte WPL-12 A und WPL-18 A.

## Erkennung am Telefon

1. Partner meldet \`E 306\` (EEV-Fehler) oder ND-Störungen bei Frost.
2. Partner bitten, den Aufdruck auf der Spule vorzulesen: Chargennummer beginnt mit \`2311\`.
3. Wicklungswiderstand messen lassen: Sollwert 46 Ω pro Phase, defekte Spulen zeigen Unterbrechung.

## Ersatzteilprozess

- Ersatzspule mit Teilenummer \`EEV-C-2402\` (neue Kabeleinführung) bestellen.
- Garantieantrag unabhängig vom Gerätealter freigeben, Arbeitszeit pauschal 1,0 h.
- Alte Spule nicht einsenden lassen, Foto des Typenschilds genügt.

## Kommunikation

- Partner erhalten ab KW 18 eine Serviceinformation; bis dahin **keine proaktive Information**.
- Bei Rückfragen zu Folgeschäden am Verdichter an die Technikabteilung eskalieren.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['eev', 'serienfehler', 'intern', 'ersatzteil'],
    codes: ['E 306', 'EEV-C-2402', 'WPL-12 A', 'WPL-18 A'],
    audience: 'MANUFACTURER',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 60,
    helpful: 4,
    unhelpful: 0,
  },

  // ---------------------------------------------------------------------------------------------
  // Service know-how, English
  // ---------------------------------------------------------------------------------------------
  {
    key: 'wp-defrost-cycle-e512',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Defrost cycle problems and E 512: diagnosing slow or failed defrosting',
    summary:
      'When the defrost cycle takes too long or is aborted with E 512, the outdoor unit ices up and efficiency drops. This guide covers sensors, the 4-way valve and condensate drainage.',
    body: `## Symptoms

- the defrost cycle takes too long (more than 10 minutes) or runs several times per hour
- ice remains on the lower part of the evaporator after defrosting
- the controller shows **E 512 defrost aborted** after the maximum defrost time

## How defrosting works

The controller starts a defrost when the evaporator temperature falls well below the outdoor temperature. The 4-way valve reverses the refrigerant flow and hot gas melts the ice. Defrosting ends when the evaporator sensor reaches the end temperature (default \`12 °C\`) or after the maximum time of \`12 min\`.

## Diagnosis steps

1. Read the defrost history in \`Diagnosis / Defrost\`: start, duration, end reason.
2. Check the evaporator sensor against the NTC resistance table.
3. Check the flow temperature during defrost; below \`20 °C\` there is not enough energy in the heating circuit.
4. Listen for the 4-way valve switching and measure the coil voltage.
5. Check that the condensate tray and drain are free and the drain heater works.

## Common causes

| Cause | Fix |
|---|---|
| evaporator sensor loose or drifted | refit with heat-conducting paste or replace |
| too little water volume | enable buffer or open zones during defrost |
| frozen condensate drain | install or repair drain heater |
| outdated firmware | update to 4.2 or later (shorter defrost at high humidity) |

**Tip:** If the defrost cycle takes too long only in foggy weather near 0 °C, this is often normal behaviour – check the history before replacing parts.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR', 'MAINTENANCE'],
    tags: ['defrost', 'evaporator', 'icing'],
    codes: ['E 512'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 95,
    helpful: 27,
    unhelpful: 2,
  },
  {
    key: 'wp-compressor-does-not-start',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Compressor does not start: checking inverter, supply and windings',
    summary:
      'A step-by-step check when the heat pump requests heat but the compressor stays off, from utility lock-out to winding resistance.',
    body: `## First checks

Before suspecting the compressor itself, rule out the usual blockers:

- utility lock-out contact (EVU) active
- minimum off-time running (default \`10 min\`)
- flow rate error \`E 104\` pending
- outdoor temperature outside the operating range

## Electrical diagnosis

1. Measure supply voltage at the outdoor unit terminals under load (\`230 V\` plus or minus 10 %).
2. Read the inverter status in \`Diagnosis / Inverter\`: DC bus voltage, last inverter fault.
3. Switch off, wait **5 minutes** for the DC bus capacitors to discharge, confirm with a meter.
4. Disconnect the compressor plug and measure the winding resistance U-V, V-W, W-U.
5. Measure insulation resistance of each winding against earth with 500 V.

## Reference values

| Model | Winding resistance (20 °C) | Insulation |
|---|---|---|
| WPL-12 A | 0.9 Ω | more than 2 MΩ |
| WPL-18 A | 0.7 Ω | more than 2 MΩ |
| WPL-25 A | 0.5 Ω | more than 2 MΩ |

## Evaluation

- All three windings equal and insulation fine: the inverter board is the likely cause.
- Unequal windings or low insulation: replace the compressor; file a warranty claim with the serial number.
- Inverter fault \`E 401\` repeatedly after replacement: check the compressor cable and the crimp connections.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['compressor', 'inverter', 'electrical'],
    codes: ['E 401', 'WPL-25 A', 'WPL-12 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 380,
    helpful: 30,
    unhelpful: 1,
  },
  {
    key: 'wp-compressor-noise-vibration',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Compressor noise and vibration on outdoor units: causes and fixes',
    summary:
      'Noise complaints from customers and neighbours are often caused by installation details rather than a faulty compressor. How to measure, locate and reduce the noise.',
    body: `## Typical complaints

- humming or droning at night, transmitted into the building
- rattling when the compressor ramps up
- whistling from the fan or refrigerant pipes
- loud clicks when the 4-way valve switches during defrost

## Locate the source

1. Run the unit in \`Service / Manual operation\` at fixed compressor speeds (30, 60, 90 %).
2. Note at which speed the noise peaks – resonance usually occurs in a narrow band.
3. Touch pipes, panels and the mounting frame to find vibrating parts.
4. Measure the sound pressure level at the neighbour's window with a class 2 meter.

## Fixes

| Finding | Fix |
|---|---|
| unit mounted directly on wall brackets | use floor console with anti-vibration mounts |
| pipe touching panel | reroute, add pipe clamps with rubber inserts |
| resonance at certain speed | block the speed band in \`Compressor / Skip frequency\` |
| night complaints | enable quiet mode (reduced fan and compressor speed) |
| worn compressor mounts | replace rubber grommets |

## Guidance

- Keep the required distance to neighbours according to the TA Lärm guide values; the sound calculator is at https://www.waermepumpe.de/normen-technik/schallrechner/
- **Never** place the outdoor unit in a corner or under a balcony; reflections add up to 9 dB.
- A new compressor rarely solves a noise complaint – check the installation first.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION', 'MAINTENANCE'],
    tags: ['noise', 'compressor', 'vibration', 'installation'],
    codes: ['WPL-18 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 240,
    helpful: 25,
    unhelpful: 3,
  },
  {
    key: 'wp-eev-faults-superheat',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Electronic expansion valve (EEV) faults: E 306 and hunting superheat',
    summary:
      'How to tell a faulty EEV coil, a stuck valve body and a wrong sensor reading apart, and how to replace the valve without contaminating the refrigerant circuit.',
    body: `## What the EEV does

The electronic expansion valve meters refrigerant into the evaporator so that the suction gas leaves with a small, stable superheat (target \`5 K\` in heating mode). The controller drives the stepper motor between 0 and 480 steps.

## Fault patterns

- **E 306** coil or wiring fault detected by the driver
- superheat oscillating by more than 4 K every few minutes ("hunting")
- very high superheat and low suction pressure despite a full charge
- liquid floodback with superheat near 0 K

## Diagnosis

1. Read valve position and superheat in \`Diagnosis / Refrigerant circuit\`.
2. Measure coil resistance per phase (nominal 46 Ω) with the plug disconnected.
3. Compare the suction gas sensor and the suction pressure transducer with your own gauges.
4. Run the EEV test in manual mode: the valve must audibly close and open fully.
5. Check the position of the suction gas sensor: on top of the pipe, insulated, fixed with a clamp.

## Replacing the valve body

1. Recover the refrigerant into a clean cylinder.
2. Remove the coil, protect the valve body with a wet cloth while brazing.
3. Braze under nitrogen flow, replace the filter drier.
4. Pressure test with nitrogen, evacuate to below 5 mbar, weigh in the charge from the rating plate.

Document the work in the logbook; only technicians with **F-gas category I** certificates may open the circuit.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['eev', 'expansion valve', 'superheat', 'refrigerant'],
    codes: ['E 306', 'EEV'],
    audience: 'TIER',
    minTierRank: 3,
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 330,
    helpful: 18,
    unhelpful: 0,
  },
  {
    key: 'wp-commissioning-split-units',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Commissioning checklist for split heat pumps with indoor hydro unit',
    summary:
      'What to check on the refrigerant lines, the hydraulic side and the controller before handing a split heat pump over to the customer.',
    body: `## Refrigerant side

1. Check pipe diameters and length against the installation manual (max. \`30 m\`, height difference max. \`15 m\`).
2. Flare connections tightened with a torque wrench to the specified torque.
3. Pressure test with dry nitrogen at \`40 bar\` for at least 30 minutes.
4. Evacuate to below 5 mbar, hold the vacuum for 15 minutes without rise.
5. Add refrigerant for line lengths above the pre-charged length (see rating plate).
6. Open service valves fully and fit the caps.

## Hydraulic side

- system flushed and filled with treated water
- pressure \`1.5 bar\` cold, all air vents open during first run
- dirt filter and magnetite separator installed in the return
- expansion vessel pre-pressure checked

## Controller

1. Run the commissioning wizard, select the hydraulic scheme.
2. Set heating curve, domestic hot water temperature and legionella programme.
3. Perform the actuator test for pumps, 3-way valve and backup heater.
4. Run in heating mode for 20 minutes and record pressures, flow rate and temperatures.

## Handover

- **Mandatory:** fill in the commissioning report in the portal and attach photos of the installation.
- Explain the room unit and the app to the customer.
- Register the unit for the extended warranty within four weeks.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING', 'INSTALLATION'],
    tags: ['commissioning', 'checklist', 'split'],
    codes: ['WPS-S 8'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 275,
    helpful: 20,
    unhelpful: 1,
  },
  {
    key: 'wp-r290-safe-handling',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Working safely on R290 (propane) heat pumps',
    summary:
      'R290 is flammable (safety class A3). Protection zones, tools and the correct procedure for opening the refrigerant circuit on monobloc units.',
    body: `## Why R290 needs extra care

Propane has a very low global warming potential (GWP 3) but is **highly flammable**. Monobloc units such as the WPL-25 A hold up to \`1.1 kg\`. A leak can create an explosive atmosphere near the unit.

## Protection zone

- 1 m around the outdoor unit: no ignition sources, no drains, no light shafts, no windows that can be opened below the unit
- mark the zone on the commissioning report with a photo

## Tools and equipment

| Item | Requirement |
|---|---|
| gas detector | suitable for propane, switched on before opening panels |
| recovery unit | approved for A3 refrigerants |
| vacuum pump | spark-free or ATEX-rated |
| extinguisher | CO2 or dry powder within reach |

## Procedure for repairs

1. Switch off and isolate the unit, wait until fans have stopped.
2. Check for leaks with the gas detector before removing the panels.
3. Recover the refrigerant or vent it in a controlled way away from buildings, as permitted by local regulations.
4. Purge the circuit with nitrogen before brazing.
5. After repair: pressure test, evacuate, weigh in the charge.

Only technicians who completed the Thermotec course **R290 safety** may work on these units.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE', 'WARRANTY_REPAIR'],
    tags: ['r290', 'propane', 'safety', 'refrigerant'],
    codes: ['R290', 'WPL-25 A'],
    audience: 'TIER',
    minTierRank: 2,
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 180,
    helpful: 16,
    unhelpful: 0,
  },
  {
    key: 'gas-low-ionisation-current',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Low ionisation current and flame loss F.29 on condensing boilers',
    summary:
      'Flame loss during operation is usually caused by a worn electrode, flue gas recirculation or poor earthing. How to measure and fix it.',
    body: `## Symptom

The boiler lights but loses the flame after a few seconds or minutes and reports **F.29 flame loss**. After several attempts it locks out.

## Measuring the ionisation current

1. Open the service menu and read parameter \`d.44\` (ionisation current).
2. Compare at minimum and maximum load; it should stay above \`2 µA\`.
3. A value dropping at high load points to flue gas recirculation.

## Checks

- electrode worn, bent or coated with white oxide
- earth connection between burner and control board loose
- flue terminal too close to a wall or corner, causing recirculation
- condensate backing up into the combustion chamber because of a blocked siphon
- gas pressure dropping at full load

## Repair steps

1. Replace the electrode together with its gasket; set the gap to \`4 mm\`.
2. Clean the earth contact and tighten it.
3. Check the air-flue system for leaks with a CO2 measurement in the annular gap.
4. Clean the siphon and fill it with water.
5. Perform a flue gas analysis after the repair.

**Note:** A new control board rarely fixes F.29 – check electrode and earthing first.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE', 'WARRANTY_REPAIR'],
    tags: ['ionisation', 'flame', 'electrode'],
    codes: ['F.29', 'd.44'],
    audience: 'PARTNERS',
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 470,
    helpful: 15,
    unhelpful: 1,
  },
  {
    key: 'gas-flue-gas-analysis',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Flue gas analysis and combustion adjustment after burner service',
    summary: 'Target values for CO2 and CO on GBK condensing boilers and how to adjust the gas valve when values are out of range.',
    body: `## When to adjust

Combustion must be checked after every burner service, after replacing the gas valve or the fan, and after a conversion from natural gas to LPG.

## Measurement

1. Insert the probe into the flue gas test point, seal the opening.
2. Start chimney sweep mode (\`max load\`) and wait 3 minutes for stable values.
3. Record CO2, CO and flue gas temperature.
4. Switch to minimum load and repeat.

## Target values natural gas H

| Load | CO2 | CO |
|---|---|---|
| maximum | 9.0–9.6 % | below 100 ppm |
| minimum | 8.6–9.2 % | below 50 ppm |

The boiler is in a good state when \`CO < 50 ppm\` at minimum load and CO2 is inside the band.

## Adjustment

- CO2 at **maximum** load is adjusted with the throttle screw on the gas valve.
- CO2 at **minimum** load is adjusted with the offset screw (under the cap, Torx T40).
- Turn in small steps (1/8 turn) and wait 60 seconds after each step.
- Seal the screws with paint and record the values in the maintenance report.

If CO stays high with correct CO2, check the burner surface for damage and the air supply for recirculation.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE', 'COMMISSIONING'],
    tags: ['combustion', 'flue gas', 'co2'],
    codes: ['GBK-24 C', 'GBK-35 C'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 600,
    helpful: 13,
    unhelpful: 0,
  },
  {
    key: 'wp-heating-curve-scop',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Tuning the heating curve to improve seasonal efficiency (SCOP)',
    summary:
      'Every kelvin of flow temperature costs about 2.5 % efficiency. A practical method to lower the heating curve step by step together with the customer.',
    body: `## Why it matters

Heat pumps are most efficient at low flow temperatures. Many systems are commissioned with a generous heating curve "to be safe" and never adjusted afterwards.

## Step-by-step method

1. Open all thermostatic valves in the main living rooms fully.
2. Set room influence off and night setback off during the test period.
3. Lower the slope by \`0.1\` and wait at least 3 days.
4. Ask the customer whether all rooms stay comfortable.
5. Repeat until a room becomes too cold, then go back one step.
6. Adjust the parallel shift (offset) for comfort at mild outdoor temperatures.

## Starting values

| System | Slope | Design flow temperature at -12 °C |
|---|---|---|
| underfloor heating, new building | 0.3 | 33 °C |
| underfloor heating, renovated | 0.5 | 38 °C |
| low temperature radiators | 0.7 | 45 °C |
| old radiators | 1.0 | 55 °C |

## Checks after tuning

- compressor starts per hour (target: fewer than 3)
- heat meter and electricity meter: calculate the monthly performance factor
- **a hydraulic balancing is a prerequisite**; without it the curve cannot be lowered far

The energy report in the portal shows the monthly performance factor, so the customer can see the result.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING', 'MAINTENANCE'],
    tags: ['heating curve', 'efficiency', 'scop'],
    codes: ['TC 300'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 150,
    helpful: 23,
    unhelpful: 1,
  },
  {
    key: 'wp-brine-circuit-checks',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Ground source heat pumps: brine concentration and pressure checks',
    summary:
      'Wrong antifreeze concentration or air in the brine circuit cause brine pressure faults E 113 and low source temperatures on WPS units.',
    body: `## Background

Ground source heat pumps of the WPS series use a mixture of water and monoethylene glycol in the borehole or ground collector. Too little antifreeze risks freezing the evaporator; too much reduces heat transfer and increases pump energy.

## Recommended values

| Source | Glycol share | Frost protection |
|---|---|---|
| borehole | 25 % | -13 °C |
| horizontal collector | 30 % | -16 °C |

## Annual check

1. Measure frost protection with a refractometer at the brine fill point.
2. Check brine pressure: \`1.5–2.5 bar\` with the circulation pump running.
3. Check the brine pressure switch; **E 113** indicates low brine pressure.
4. Compare brine inlet and outlet temperatures; spread should be 3–4 K.
5. Clean the brine filter after the first year of operation.

## When E 113 appears repeatedly

- search for leaks at the manifold and the wall penetration
- check the brine expansion vessel pre-pressure
- vent the circuit with the filling station, not just with air vents

Only use the approved heat transfer fluid; mixing products from different manufacturers can cause sludge.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['brine', 'ground source', 'antifreeze'],
    codes: ['E 113', 'WPS-12'],
    audience: 'PARTNERS',
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 505,
    helpful: 11,
    unhelpful: 0,
  },
  {
    key: 'internal-e104-escalation',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Hotline note (internal): escalation path for recurring E 104 cases',
    summary:
      'Internal guidance for hotline agents: when a partner calls about E 104 for the third time on the same unit, escalate instead of repeating the standard checklist.',
    body: `## Context

E 104 (flow rate too low) is the most frequent error code on the partner hotline. In most cases the standard article solves it. Some units, however, return again and again. This note is for **hotline agents only**.

## Decision rule

1. Search the case history by serial number.
2. First and second call: walk the partner through the standard E 104 article.
3. Third call within 90 days: do not repeat the checklist, escalate.

## Escalation

- Create a ticket with category \`TECH-L2\` and attach the partner's readings (flow rate, pump speed, pressure).
- Ask the partner to export the 48 h flow rate history (firmware 4.2 and later) and upload it to the case.
- Technical support calls the partner back within **one working day**.

## Known root causes at level 2

| Finding | Action |
|---|---|
| flow sensor from batch FS-2208 | replace sensor under warranty |
| pump PWM cable damaged by outdoor unit fan | replace cable, fit protective sleeve |
| undersized pipework in existing building | recommend buffer tank, not a warranty case |

Record the outcome in the case so the knowledge editor can update the public article.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['hotline', 'escalation', 'internal'],
    codes: ['E 104', 'TECH-L2', 'FS-2208'],
    audience: 'MANUFACTURER',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 30,
    helpful: 7,
    unhelpful: 0,
  },
  {
    key: 'internal-firmware-41-rollback',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Hotline note (internal): known issue with firmware 4.1.3 and rollback procedure',
    summary:
      'Firmware 4.1.3 can reset the SG-Ready configuration. Internal instructions for agents on how to guide partners through a rollback or the 4.2.1 update.',
    body: `## Issue

After updating controllers TC 300 to firmware **4.1.3**, some units lose the SG-Ready and utility lock-out configuration. The unit then runs during lock-out periods, which can trigger complaints from the grid operator. Firmware 4.2.1 fixes the issue.

## What agents should do

1. Ask for the firmware version shown in the info menu.
2. If 4.1.3: guide the partner to update to 4.2.1 using the public firmware article.
3. If the partner has no USB stick on site, describe the manual workaround below.
4. Log the case with tag \`FW413\` so that we can count affected units.

## Manual workaround

- Re-enter the interface settings in \`Service / Interfaces / SG-Ready\`.
- Re-enable the utility lock-out input and set the contact type (normally closed).
- Test with the partner by opening the contact: the display must show the lock symbol.

## Rollback (only if 4.2.1 fails)

| Step | Detail |
|---|---|
| 1 | copy \`tc300_fw_4.0.9.bin\` from the internal share to a stick |
| 2 | start the update with the manufacturer service code (never give it to partners) |
| 3 | restore the parameters from the partner's backup |

Do **not** publish the manufacturer service code in any partner-facing article.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['firmware', 'internal', 'sg-ready'],
    codes: ['TC 300', 'FW 4.1.3', 'FW413'],
    audience: 'MANUFACTURER',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 75,
    helpful: 5,
    unhelpful: 0,
  },
  {
    key: 'solar-controller-delta-t',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Solar thermal controller: delta-T settings and pump speed control',
    summary: 'Recommended switch-on and switch-off temperature differences and pump speed settings for the SR 2 solar controller.',
    body: `## How the controller decides

The solar pump runs when the collector is warmer than the bottom of the cylinder by the switch-on difference, and stops when the difference falls below the switch-off difference.

## Recommended settings

| Parameter | Flat plate collectors | Evacuated tube collectors |
|---|---|---|
| switch-on difference | 7 K | 6 K |
| switch-off difference | 3 K | 3 K |
| target difference for speed control | 10 K | 8 K |
| maximum cylinder temperature | 60 °C | 60 °C |

## Commissioning steps

1. Check the collector sensor position: in the sensor pocket of the hottest collector, with heat-conducting paste.
2. Check the cylinder sensor at the height of the solar coil.
3. Set the parameters above in \`Menu 3 - Solar\`.
4. Activate speed control and the tube collector function if applicable.
5. Check the flow rate on a sunny day: about \`30 l/h\` per m² collector area.

## Troubleshooting

- **Pump cycles on and off**: switch-on difference too small or collector sensor in the wrong place.
- **No yield in the morning**: enable the tube collector function, which runs the pump briefly every 30 minutes.
- **Cylinder overheating**: check the maximum temperature and the holiday function.`,
    productLines: ['SOLAR_THERMAL'],
    serviceCategories: ['COMMISSIONING'],
    tags: ['solar', 'controller', 'delta-t'],
    codes: ['SR 2'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 820,
    helpful: 8,
    unhelpful: 0,
  },

  // ---------------------------------------------------------------------------------------------
  // Field reports, German
  // ---------------------------------------------------------------------------------------------
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

  // ---------------------------------------------------------------------------------------------
  // Field reports, English
  // ---------------------------------------------------------------------------------------------
  {
    key: 'fr-berger-eev-stuck-after-power-cut',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: EEV stuck open after a power cut on a WPL-25 A',
    summary:
      'After a grid outage a heat pump ran with liquid floodback and tripped on low superheat. A re-initialisation of the expansion valve solved it without parts.',
    body: `## What happened

During a storm the power failed for about two hours. When it came back, the WPL-25 A restarted but tripped repeatedly with low superheat and later with \`E 306\`. The customer called us the next morning.

## On site

1. Read the refrigerant circuit values: superheat \`0.5 K\`, EEV position shown as 120 steps.
2. The suction line was frosted up to the compressor inlet – a clear sign of liquid floodback.
3. In manual mode we drove the valve to 0 steps; it did not close audibly.
4. We measured the coil: 46 Ω on both phases, so the coil was fine.

## Solution

- Switched the unit off completely for 5 minutes and started the **EEV initialisation** in the service menu. The valve drove against its end stop (audible ratcheting) and then worked normally.
- After 30 minutes of operation the superheat was stable at 5 K.

## Lessons learned

- After power failures the controller does not always re-reference the valve. Firmware 4.2 re-initialises on every restart – we now update units during maintenance.
- Check the coil before ordering a new valve body; it saved the customer a refrigerant job.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['eev', 'power cut', 'superheat'],
    codes: ['E 306', 'WPL-25 A'],
    audience: 'TIER',
    minTierRank: 3,
    limitedToProductLines: true,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 110,
    helpful: 14,
    unhelpful: 0,
  },
  {
    key: 'fr-berger-outdoor-sensor-drift',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: outdoor sensor in direct sun caused cold rooms in the afternoon',
    summary:
      'A customer complained about cold rooms on sunny winter afternoons. The outdoor sensor was mounted on the south wall and reported up to 15 K too much.',
    body: `## Complaint

Detached house, heat pump with weather-compensated control. On sunny days in January the rooms cooled down every afternoon, while the heat pump was barely running.

## Investigation

1. Compared the outdoor temperature in the controller log with the weather service: up to **15 K** higher between 12:00 and 16:00.
2. Checked the sensor position: south wall, directly in the sun, above a dark facade panel.
3. Measured the sensor resistance at night: \`31.8 kΩ\` at 1 °C, which matches the NTC table, so the sensor itself was fine.

## Fix

- Moved the sensor to the north-east wall, 2.5 m above ground, away from windows and the fan outlet of the outdoor unit.
- Used the existing cable, extended with a junction box rated IP54.
- Checked the heating curve after one week – no changes needed.

## Takeaway

- The sensor position matters as much as the sensor itself: **north or north-east wall**, never in the sun.
- Always compare the logged outdoor temperature with a reference before replacing parts.`,
    productLines: ['HEAT_PUMP', 'GAS_CONDENSING'],
    serviceCategories: ['INSTALLATION', 'MAINTENANCE'],
    tags: ['sensor', 'outdoor sensor', 'heating curve'],
    codes: ['F.70'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 260,
    helpful: 11,
    unhelpful: 1,
  },
  {
    key: 'fr-schulz-firmware-display-recovery',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: display stayed dark after a firmware update – recovery via bootloader',
    summary:
      'A firmware update was interrupted when the customer switched off the fuse. The controller was recovered with the bootloader instead of replacing it.',
    body: `## Situation

During a maintenance visit I started the firmware update to 4.2.1 on a TC 300 controller. Half way through, the customer switched off the heating circuit breaker because he thought the unit had hung. After switching it back on, the display stayed dark.

## Recovery

1. Left the USB stick with the firmware file \`tc300_fw_4.2.1.bin\` in the port.
2. Switched the unit off, waited 30 seconds, switched it on again.
3. The status LED blinked orange: the controller was in bootloader mode.
4. The update restarted automatically and took about 8 minutes.
5. After the restart I restored the parameters from the backup I had made before the update.

## What I do differently now

- **Tell the customer** before starting the update that the display will be dark for several minutes.
- Put a note on the fuse box: "Firmware update in progress – do not switch off".
- Always export the parameters first; without the backup, re-entering the configuration would have taken an hour.

The hotline confirmed that the controller does not need to be replaced in this situation.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['firmware', 'controller', 'recovery'],
    codes: ['TC 300', 'FW 4.2.1'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 20,
    helpful: 6,
    unhelpful: 0,
  },
  {
    key: 'fr-kaya-condensate-heater-defrost',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: retrofitting a condensate drain heater ended repeated defrost faults',
    summary:
      'On an installation in a frost hollow, defrost water refroze in the drain pipe every night. A heating cable in the drain and a gravel soakaway fixed it.',
    body: `## Background

We installed an outdoor unit for our partner in a garden that lies in a frost hollow. In the first cold week the partner was called out three times because of defrost faults and ice on the evaporator.

## Findings

- Condensate drained through a plain pipe into a shallow soakaway.
- The pipe froze at the outlet; water backed up into the tray and froze there.
- Each following defrost produced more water that could not drain.

## What we did

1. Thawed the tray and the drain with warm water.
2. Installed a self-regulating heating cable (\`10 W/m\`) inside the drain pipe, connected to the drain heater output of the unit.
3. Replaced the shallow soakaway with a gravel pit reaching below the frost line (\`80 cm\`).
4. Tested the heater output in the actuator test.

## Result

No more defrost faults during the rest of the winter. The partner now orders the heating cable with every unit installed in exposed locations.

## Tips

- Use only cables approved for use in water pipes.
- **Do not** route condensate onto paths or driveways – it creates black ice.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION'],
    tags: ['defrost', 'condensate', 'frost'],
    codes: [],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 55,
    helpful: 8,
    unhelpful: 0,
  },
  {
    key: 'fr-berger-flue-bird-nest',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: boiler lockouts in spring caused by a bird nest in the air intake',
    summary:
      'A condensing boiler locked out with air pressure and flame faults every few days in April. Birds had built a nest in the concentric roof terminal.',
    body: `## Symptoms

Every few days in April, a GBK-35 C in a single-family house locked out. The fault log showed alternating flame loss \`F.29\` and fan speed deviation. Electrode and gas pressure had already been checked by a colleague.

## Investigation

1. Measured CO2 in the annular gap of the concentric flue: 0.3 %, so no leak between flue and air pipe.
2. The fan speed rose sharply at full load – a sign of high resistance on the air side.
3. Inspected the roof terminal from the roof hatch: the air intake was blocked by a bird nest.

## Fix

- Removed the nest (after checking that it was not in use – protected species rules apply during breeding season).
- Fitted the manufacturer's **bird guard** on the terminal.
- Ran a flue gas analysis: all values back in range.

## Lessons

- With sporadic combustion faults, always think of the air intake, not just the gas side.
- We now include a look at the roof terminal in the annual maintenance when access is possible.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['flue', 'air intake', 'lockout'],
    codes: ['F.29', 'GBK-35 C'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 35,
    helpful: 10,
    unhelpful: 1,
  },
];
