import type { DemoArticle } from './demo-knowledge-articles';

/** Service know-how in German, written by the manufacturer. */
export const KNOWHOW_DE: readonly DemoArticle[] = [
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
];
