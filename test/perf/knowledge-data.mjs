// Generator for the knowledge benchmark: realistic published articles built INSIDE PostgreSQL (INSERT … SELECT
// generate_series, the article_search_fields trigger fills the search columns), German and English ~60/40, bodies of
// 150–300 words drawn from a heat-pump service vocabulary with a Zipf distribution (rank r has weight ~1/r), error
// and product codes, tags, quality inputs spread over 3 years. A few terms are planted so query classes are known:
// COMMON in ~20% of articles, RARE in a handful, PHRASE as a phrase in ~3% (its words are frequent on their own).

/** Words a query class relies on; the benchmark prints their measured document frequencies. */
export const TERMS = {
  common: 'Inverter',
  rare: 'Legionellenschaltung',
  phrase: ['Verdichter startet nicht', 'compressor does not start'],
  twoWords: 'Abtauung Fühler',
  typoOf: 'Expansionsventil',
  typo: 'Expansionsvemtil',
  code: 'F28',
};
/** Global article numbers that carry the rare term: all below 10,000, so it stays rare at every size. */
export const RARE_ARTICLES = [777, 2345, 4711, 6502, 8888, 9731];
const COMMON_SHARE = 0.2;
const PHRASE_SHARE = 0.03;

const DE_STOP = 'die der und ist bei nach mit nicht wird zu im auf das den ein eine kein wenn dann auch am vom sich oder bis'.split(' ');
const DE_BASE = `Wärmepumpe Anlage Heizung Verdichter Störung prüfen Temperatur Fühler Kunde Abtauung Vorlauf Rücklauf Druck Pumpe Ventil
  Regler Einstellung Fehler Außeneinheit Inneneinheit Wasser Leitung Kältemittel Hochdruck Niederdruck Verdampfer Verflüssiger Lüfter
  Gerät Austausch Ursache Messung Sensor Software Parameter Heizkreis Warmwasser Speicher Durchfluss Volumenstrom Strom Spannung Platine
  Stecker Kabel Anschluss Montage Inbetriebnahme Wartung Garantie Ersatzteil Techniker Hotline Handbuch Service Betrieb Leistung startet
  Heizstab Sicherung Schütz Relais Display Bedienteil Meldung Neustart Quittierung Entlüftung Luft Filter Schmutzfänger Magnetitabscheider
  Ausdehnungsgefäß Sicherheitsventil Manometer Anlagendruck Überströmventil Umschaltventil Mischer Pufferspeicher Hydraulik Trennung
  Wärmetauscher Plattenwärmetauscher Kondensat Kondensatablauf Eisbildung Lamellen Ventilator Drehzahl Taktung Laufzeit Anlaufstrom
  Sanftanlauf Frequenzumrichter Öl Ölsumpfheizung Expansionsventil Einspritzventil Schauglas Filtertrockner Lötstelle Undichtigkeit Leckage
  Dichtheitsprüfung Stickstoff Vakuum Füllmenge Überhitzung Unterkühlung Sauggas Heißgas Außentemperatur Raumtemperatur Heizkurve Fußpunkt
  Steilheit Sperrzeit Energieversorger Photovoltaik Eigenverbrauch Modbus Gateway Internetmodul Update Protokoll Fehlerspeicher Historie
  Quelle Sole Erdsonde Flächenkollektor Frostschutz Glykol Soledruck Solepumpe Brunnen Zwischenkreis Schalldämmung Geräusch Vibration
  Aufstellung Sockel Fundament Abstand Wand Luftkanal Kurzschluss Rückmeldung Kontrolle Sichtprüfung Dokumentation Tausch Reparatur
  Reinigung Spülung gemessen getauscht eingestellt behoben defekt verschmutzt undicht vereist zeitweise dauerhaft`.split(/\s+/);
const DE_PREFIX =
  `Verdichter Vorlauf Rücklauf Außen Innen Kältemittel Hochdruck Niederdruck Verdampfer Verflüssiger Lüfter Heizkreis Warmwasser
  Speicher Sole Pumpen Regler Druck Temperatur Abtau Ölsumpf Sauggas Heißgas Kondensat Puffer Mischer Platinen Netz Brauchwasser Kessel`.split(
    /\s+/,
  );
const DE_HEAD =
  `temperatur druck fühler störung leitung ventil pumpe sensor wert grenze schalter platine kabel stecker anschluss einstellung
  messung fehler regelung kreis zeit signal begrenzung überwachung kontakt abschaltung sicherung verschraubung dichtung isolierung`.split(
    /\s+/,
  );

const EN_STOP = 'the and is at after with not does to in on a an if then also of for or by from'.split(' ');
const EN_BASE =
  `heat pump unit compressor fault check temperature sensor customer defrost flow return pressure valve controller setting error
  outdoor indoor water pipe refrigerant evaporator condenser fan device replacement cause measurement software parameter circuit tank
  cylinder current voltage board plug cable connection installation commissioning maintenance warranty spare part technician hotline
  manual service operation output immersion heater fuse contactor relay display panel message restart reset venting air filter strainer
  magnetite expansion vessel safety gauge bypass diverter mixer buffer hydraulic separation exchanger plate condensate drain ice fins speed
  cycling runtime inrush soft start oil crankcase sight glass drier brazing leak tightness nitrogen vacuum charge superheat subcooling
  suction discharge ambient room curve slope lockout utility grid photovoltaic modbus gateway module update log history brine borehole
  collector frost glycol well noise vibration base clearance wall duct short feedback inspection documentation repair cleaning flushing
  measured replaced adjusted fixed faulty dirty leaking iced intermittent permanent`.split(/\s+/);
const EN_PREFIX =
  `low high flow return outdoor indoor suction discharge brine fan pump valve sensor circuit tank oil defrost water heat board
  safety pressure speed power frost condensate mixing buffer control grid`.split(/\s+/);
const EN_HEAD =
  `temperature pressure sensor fault pipe valve pump switch limit value board cable plug connection setting reading error control
  loop time signal cutout monitor contact shutdown fuse fitting seal insulation`.split(/\s+/);

function compounds(prefixes, heads, join) {
  const out = [];
  // Interleaved so that ranks mix heads and prefixes rather than one prefix taking a block of neighbouring ranks.
  for (let k = 0; k < prefixes.length * heads.length; k++) {
    const p = prefixes[k % prefixes.length];
    const h = heads[Math.floor(k / prefixes.length + k) % heads.length];
    const word = join(p, h);
    if (!out.includes(word) && p.toLowerCase() !== h) out.push(word);
  }
  return out;
}

/** Vocabulary by Zipf rank: stop words, then service words, then the long tail of compounds. */
export const VOCAB = {
  de: [...DE_STOP, ...DE_BASE, ...compounds(DE_PREFIX, DE_HEAD, (p, h) => p + h)],
  en: [...EN_STOP, ...EN_BASE, ...compounds(EN_PREFIX, EN_HEAD, (p, h) => `${p}-${h}`)],
};
const TAGS = {
  de: 'störung wartung abtauung hydraulik kältekreis elektrik regelung inbetriebnahme geräusch software warmwasser sole'.split(' '),
  en: 'fault maintenance defrost hydraulics refrigerant electrics controls commissioning noise software hot-water brine'.split(' '),
};
const PRODUCT_CODES = [
  'WPL-25 A',
  'WPL-17 ACS',
  'WPL-09 IKS',
  'WPF-10 M',
  'WPF-13 E',
  'WWK-300',
  'GBK-24 C',
  'GBK-35 H',
  'SOL-27 P',
  'STK-2.5',
];
const LINE_NAMES = {
  de: { HEAT_PUMP: 'Wärmepumpe', GAS_CONDENSING: 'Gas-Brennwertkessel', SOLAR_THERMAL: 'Solarthermie' },
  en: { HEAT_PUMP: 'heat pump', GAS_CONDENSING: 'gas condensing boiler', SOLAR_THERMAL: 'solar thermal system' },
};

/** SQL for one word of `lang` ('de'/'en' column g.lang) at a Zipf rank, optionally skipping the first `skip` ranks. */
function zipfWord(skip = 0) {
  const pick = (arr, len) => `(${arr})[${skip} + least(${len} - ${skip}, floor(exp(random() * ln(${len} - ${skip} + 1)))::int)]`;
  return `CASE g.lang WHEN 'de' THEN ${pick('$1::text[]', VOCAB.de.length)} ELSE ${pick('$2::text[]', VOCAB.en.length)} END`;
}
const words = (count, skip = 0, sentenceEnds = true) =>
  // The aggregate's argument must reference k, or PostgreSQL evaluates string_agg at the outer query level.
  `(SELECT string_agg(CASE WHEN k > 0 THEN ${zipfWord(skip)} END${sentenceEnds ? ` || CASE WHEN random() < 0.08 THEN '.' ELSE '' END` : ''}, ' ')
      FROM generate_series(1, ${count}) k)`;

/**
 * Inserts published articles numbered from..to (inclusive). `refs` holds product line / category ids by code and the
 * author; the trigger computes search_vector, title_vector, codes_norm, codes_text and quality.
 */
export async function insertArticles(db, from, to, refs) {
  const lineName = (lang) =>
    `CASE line WHEN 1 THEN '${LINE_NAMES[lang].HEAT_PUMP}' WHEN 2 THEN '${LINE_NAMES[lang].GAS_CONDENSING}' ELSE '${LINE_NAMES[lang].SOLAR_THERMAL}' END`;
  const codePart = `coalesce(ec, pc)`;
  await db.query(
    `WITH g AS MATERIALIZED (
       SELECT i, lang, 150 + floor(random() * 151)::int AS n,
              CASE WHEN r < 0.7 THEN 1 WHEN r < 0.85 THEN 2 WHEN r < 0.95 THEN 3 ELSE 4 END AS line,
              CASE WHEN random() < 0.7 THEN CASE WHEN random() < 0.5 THEN 'F.' || lpad(floor(random() * 100)::int::text, 2, '0')
                                                ELSE 'E ' || (100 + floor(random() * 300)::int) END END AS ec,
              CASE WHEN random() < 0.5 THEN ($5::text[])[1 + floor(random() * ${PRODUCT_CODES.length})::int] END AS pc,
              random() < ${COMMON_SHARE} AS has_common, random() < ${PHRASE_SHARE} AS has_phrase, i = ANY ($6::int[]) AS has_rare,
              random() AS r_aud, random() AS r_kind, random() AS r_cat, random() ^ 3 AS r_help
         FROM (SELECT i, CASE WHEN random() < 0.6 THEN 'de' ELSE 'en' END AS lang, random() AS r FROM generate_series($3::int, $4::int) i) s),
     t AS (
       SELECT g.*,
              ${words('g.n / 2 + g.i % 2')} AS w1,
              ${words('g.n - g.n / 2 - g.i % 2')} AS w2,
              ${words('14 + g.i % 16')} AS summary,
              ${words('2 + g.i % 3', DE_STOP.length, false)} AS title_words,
              ARRAY(SELECT DISTINCT CASE g.lang WHEN 'de' THEN ($7::text[])[1 + floor(random() * ${TAGS.de.length})::int]
                                                ELSE ($8::text[])[1 + floor(random() * ${TAGS.en.length})::int] END
                      FROM generate_series(1, 2 + g.i % 3) k WHERE k > 0) AS tags
         FROM g)
     INSERT INTO article (kind, status, language, title, summary, body, body_text, product_line_ids, service_category_ids, tags, codes,
                          audience, min_tier_rank, limited_to_product_lines, author_user_id, author_organisation_id, owner_user_id,
                          last_editor_user_id, revision, version, first_published_at, published_at, helpful_count, unhelpful_count,
                          view_count, solved_count, created_at, updated_at)
     SELECT CASE WHEN r_kind < 0.65 THEN 'SERVICE_KNOWHOW' ELSE 'FIELD_REPORT' END, 'PUBLISHED', lang,
            left(CASE WHEN lang = 'de' THEN CASE WHEN ${codePart} IS NOT NULL THEN 'Störung ' || ${codePart} || ': ' ELSE '' END
                                            || initcap(title_words) || CASE WHEN has_common AND i % 10 = 0 THEN ' am Inverter' ELSE '' END
                                            || ' bei ' || ${lineName('de')}
                      ELSE CASE WHEN ${codePart} IS NOT NULL THEN 'Fault ' || ${codePart} || ': ' ELSE '' END
                           || initcap(title_words) || CASE WHEN has_common AND i % 10 = 0 THEN ' on the inverter' ELSE '' END
                           || ' on the ' || ${lineName('en')} END, 200),
            left(upper(left(summary, 1)) || substr(summary, 2), 600),
            CASE lang WHEN 'de' THEN E'## Beschreibung\\n\\n' ELSE E'## Description\\n\\n' END || body_text,
            body_text,
            CASE line WHEN 1 THEN ARRAY[$9::uuid] WHEN 2 THEN ARRAY[$10::uuid] WHEN 3 THEN ARRAY[$11::uuid] ELSE ARRAY[$9::uuid, $11::uuid] END,
            CASE WHEN r_cat < 0.4 THEN ARRAY[$12::uuid] WHEN r_cat < 0.6 THEN ARRAY[$13::uuid] WHEN r_cat < 0.9 THEN ARRAY[$14::uuid, $12::uuid]
                 ELSE ARRAY[$15::uuid] END,
            tags, array_remove(ARRAY[ec, pc], NULL),
            CASE WHEN r_aud < 0.8 THEN 'PARTNERS' WHEN r_aud < 0.92 THEN 'TIER' ELSE 'MANUFACTURER' END,
            CASE WHEN r_aud >= 0.8 AND r_aud < 0.92 THEN 1 + i % 3 END, r_aud < 0.08,
            $16::uuid, $17::uuid, $16::uuid, $16::uuid, 1, 1, p, p,
            floor(r_help * 60)::int, floor(random() ^ 4 * 8)::int, floor(r_help * 600 + random() * 100)::int, floor(r_help * 15)::int, p, p
       FROM (SELECT t.*, now() - random() * interval '3 years' AS p,
                    w1 || CASE WHEN has_common THEN CASE lang WHEN 'de' THEN ' Inverter prüfen.' ELSE ' Check the inverter.' END ELSE '' END
                       || CASE WHEN has_phrase THEN CASE lang WHEN 'de' THEN ' Der Verdichter startet nicht.' ELSE ' The compressor does not start.' END ELSE '' END
                       || CASE WHEN has_rare THEN CASE lang WHEN 'de' THEN ' Legionellenschaltung aktivieren.' ELSE ' Enable the Legionellenschaltung.' END ELSE '' END
                       || ' ' || w2 AS body_text
               FROM t) x`,
    [
      VOCAB.de,
      VOCAB.en,
      from,
      to,
      PRODUCT_CODES,
      RARE_ARTICLES,
      TAGS.de,
      TAGS.en,
      refs.lines.HEAT_PUMP,
      refs.lines.GAS_CONDENSING,
      refs.lines.SOLAR_THERMAL,
      refs.categories.MAINTENANCE,
      refs.categories.INSTALLATION,
      refs.categories.WARRANTY_REPAIR,
      refs.categories.COMMISSIONING,
      refs.authorId,
      refs.organisationId,
    ],
  );
}

/** Ids the generator needs: product lines, service categories and the demo knowledge editor with its organisation. */
export async function loadRefs(db) {
  const lines = Object.fromEntries((await db.query('SELECT code, id FROM product_line')).rows.map((r) => [r.code, r.id]));
  const categories = Object.fromEntries((await db.query('SELECT code, id FROM service_category')).rows.map((r) => [r.code, r.id]));
  const [author] = (await db.query(`SELECT id, organisation_id FROM app_user WHERE email = 'knowledge@thermotec.example'`)).rows;
  return { lines, categories, authorId: author.id, organisationId: author.organisation_id };
}

/**
 * Fills knowledge_term (the typo-correction dictionary) from the generated vocabulary, tags, planted terms and codes,
 * with document counts estimated from the Zipf weights for `total` articles.
 */
export async function fillTerms(db, total) {
  const rows = new Map();
  const add = (word, documents) => {
    for (const part of word.split(/[^\p{L}\p{N}]+/u)) {
      if (part.length < 3 || /^\d+$/.test(part)) continue;
      const prev = rows.get(part.toLowerCase()) ?? 0;
      rows.set(part.toLowerCase(), Math.max(prev, Math.max(1, Math.round(documents))));
    }
  };
  for (const [lang, share] of [
    ['de', 0.6],
    ['en', 0.4],
  ]) {
    const vocab = VOCAB[lang];
    const h = Math.log(vocab.length + 1);
    vocab.forEach((word, i) => add(word, total * share * (1 - (1 - Math.log((i + 2) / (i + 1)) / h) ** 225)));
    for (const tag of TAGS[lang]) add(tag, (total * share * 3) / TAGS[lang].length);
  }
  add(TERMS.common, total * COMMON_SHARE);
  add(TERMS.rare, RARE_ARTICLES.filter((n) => n <= total).length);
  for (let k = 0; k < 100; k++) add(`F${String(k).padStart(2, '0')}`, total * 0.0035);
  for (let k = 100; k < 400; k++) add(`E${k}`, total * 0.0012);
  for (const c of PRODUCT_CODES) add(c.replace(/[^\p{L}\p{N}]/gu, ''), total * 0.05);
  await db.query(
    `INSERT INTO knowledge_term (term, display, documents)
     SELECT lower(unaccent(w)), min(w), max(d) FROM unnest($1::text[], $2::int[]) u (w, d) GROUP BY 1
     ON CONFLICT (term) DO UPDATE SET documents = greatest(knowledge_term.documents, EXCLUDED.documents)`,
    [[...rows.keys()], [...rows.values()]],
  );
  return rows.size;
}
