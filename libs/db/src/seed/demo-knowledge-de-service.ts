import type { DemoArticle } from './demo-knowledge-articles';

/** Service know-how in German, written by the manufacturer: fault finding, commissioning and maintenance. */
export const KNOWHOW_DE_SERVICE: readonly DemoArticle[] = [
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
];
