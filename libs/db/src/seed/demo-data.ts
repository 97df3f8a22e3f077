/** The demo network; plain data so tests can import it without loading the application. */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoOrganisation {
  key: string;
  kind: 'MANUFACTURER' | 'PARTNER' | 'SUBCONTRACTOR';
  name: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  users: { email: string; displayName: string; roles: string[]; locale: 'de' | 'en' }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'thermotec',
    kind: 'MANUFACTURER',
    name: 'Thermotec GmbH',
    legalName: 'Thermotec Heizsysteme GmbH',
    street: 'Industriestraße 12',
    postalCode: '70565',
    city: 'Stuttgart',
    users: [
      { email: 'admin@thermotec.example', displayName: 'Anna Admin', roles: ['ADMIN'], locale: 'de' },
      { email: 'partners@thermotec.example', displayName: 'Peter Partnermanager', roles: ['PARTNER_MANAGER'], locale: 'de' },
      { email: 'training@thermotec.example', displayName: 'Tanja Training', roles: ['TRAINING_MANAGER'], locale: 'de' },
      { email: 'knowledge@thermotec.example', displayName: 'Klaus Knowledge', roles: ['KNOWLEDGE_EDITOR'], locale: 'en' },
      { email: 'hotline@thermotec.example', displayName: 'Hanna Hotline', roles: ['HOTLINE_AGENT'], locale: 'de' },
    ],
  },
  {
    key: 'schulz',
    kind: 'PARTNER',
    name: 'Wärmetechnik Schulz GmbH',
    legalName: 'Wärmetechnik Schulz GmbH',
    street: 'Landsberger Straße 155',
    postalCode: '80687',
    city: 'München',
    users: [
      { email: 'admin@schulz.example', displayName: 'Sabine Schulz', roles: ['PARTNER_ADMIN'], locale: 'de' },
      { email: 'technik@schulz.example', displayName: 'Tobias Techniker', roles: ['TECHNICIAN'], locale: 'de' },
    ],
  },
  {
    key: 'berger',
    kind: 'PARTNER',
    name: 'Haustechnik Berger KG',
    legalName: 'Haustechnik Berger KG',
    street: 'Haunstetter Straße 40',
    postalCode: '86161',
    city: 'Augsburg',
    users: [{ email: 'admin@berger.example', displayName: 'Bernd Berger', roles: ['PARTNER_ADMIN'], locale: 'de' }],
  },
  {
    key: 'kaya',
    kind: 'SUBCONTRACTOR',
    name: 'Montageservice Kaya',
    legalName: 'Montageservice Kaya e.K.',
    street: 'Schleißheimer Straße 90',
    postalCode: '80797',
    city: 'München',
    users: [{ email: 'team@kaya.example', displayName: 'Kemal Kaya', roles: ['SUBCONTRACTOR_USER'], locale: 'de' }],
  },
];

export const DEMO_PRODUCT_LINES = [
  { code: 'HEAT_PUMP', de: 'Wärmepumpen', en: 'Heat pumps' },
  { code: 'GAS_CONDENSING', de: 'Gas-Brennwertkessel', en: 'Gas condensing boilers' },
  { code: 'SOLAR_THERMAL', de: 'Solarthermie', en: 'Solar thermal' },
];

export const DEMO_SERVICE_CATEGORIES = [
  { code: 'INSTALLATION', de: 'Installation', en: 'Installation' },
  { code: 'COMMISSIONING', de: 'Inbetriebnahme', en: 'Commissioning' },
  { code: 'MAINTENANCE', de: 'Wartung', en: 'Maintenance' },
  { code: 'WARRANTY_REPAIR', de: 'Garantiereparatur', en: 'Warranty repair' },
];

export interface DemoTier {
  code: string;
  rank: number;
  de: string;
  en: string;
  descriptionDe: string;
  descriptionEn: string;
  categories: string[];
  mayDelegate: boolean;
  listed: boolean;
  badge: boolean;
  technicians: number;
  courses: string[];
}

export const DEMO_TIERS: DemoTier[] = [
  {
    code: 'REGISTERED',
    rank: 1,
    de: 'Registriert',
    en: 'Registered',
    descriptionDe: 'Einstieg: Wartung nach Herstellervorgaben.',
    descriptionEn: 'Entry level: maintenance to the manufacturer’s specifications.',
    categories: ['MAINTENANCE'],
    mayDelegate: false,
    listed: false,
    badge: false,
    technicians: 0,
    courses: [],
  },
  {
    code: 'CERTIFIED',
    rank: 2,
    de: 'Zertifiziert',
    en: 'Certified',
    descriptionDe: 'Installation, Inbetriebnahme und Wartung; Eintrag in der Partnersuche.',
    descriptionEn: 'Installation, commissioning and maintenance; listed in the partner locator.',
    categories: ['INSTALLATION', 'COMMISSIONING', 'MAINTENANCE'],
    mayDelegate: false,
    listed: true,
    badge: true,
    technicians: 1,
    courses: ['BASIC'],
  },
  {
    code: 'PREMIUM',
    rank: 3,
    de: 'Premium',
    en: 'Premium',
    descriptionDe: 'Alle Leistungen einschließlich Garantiereparatur; darf Unterauftragnehmer einsetzen.',
    descriptionEn: 'All services including warranty repair; may delegate to subcontractors.',
    categories: ['INSTALLATION', 'COMMISSIONING', 'MAINTENANCE', 'WARRANTY_REPAIR'],
    mayDelegate: true,
    listed: true,
    badge: true,
    technicians: 2,
    courses: ['BASIC', 'ADVANCED'],
  },
];

/** Demo grants: partner key, product line, tier. */
export const DEMO_GRANTS: [partner: string, productLine: string, tier: string][] = [
  ['schulz', 'HEAT_PUMP', 'PREMIUM'],
  ['schulz', 'GAS_CONDENSING', 'CERTIFIED'],
  ['berger', 'HEAT_PUMP', 'CERTIFIED'],
  ['berger', 'SOLAR_THERMAL', 'REGISTERED'],
];

/** Locations and postcode service areas: Schulz in Munich serves 80–85, Berger in Augsburg serves 86 and part of 85. */
export const DEMO_LOCATIONS = [
  {
    partner: 'schulz',
    name: 'Wärmetechnik Schulz – Zentrale',
    street: 'Landsberger Straße 155',
    postalCode: '80687',
    city: 'München',
    latitude: 48.1421,
    longitude: 11.5127,
    phone: '+49 89 1234560',
    openingHours: 'Mo–Fr 7:30–17:00',
    areas: ['80', '81', '82', '83', '84', '85'],
  },
  {
    partner: 'berger',
    name: 'Haustechnik Berger',
    street: 'Haunstetter Straße 40',
    postalCode: '86161',
    city: 'Augsburg',
    latitude: 48.3517,
    longitude: 10.9001,
    phone: '+49 821 987650',
    openingHours: 'Mo–Do 8:00–16:30, Fr 8:00–13:00',
    areas: ['86', '852', '853'],
  },
];
