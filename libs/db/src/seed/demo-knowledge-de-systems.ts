import type { DemoArticle } from './demo-knowledge-articles';

/** Service know-how in German, written by the manufacturer: hot water, sensors, controls, solar and hotline notes. */
export const KNOWHOW_DE_SYSTEMS: readonly DemoArticle[] = [
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
