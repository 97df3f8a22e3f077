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
