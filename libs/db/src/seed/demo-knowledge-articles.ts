import { KNOWHOW_DE_SERVICE } from './demo-knowledge-de-service';
import { KNOWHOW_DE_SYSTEMS } from './demo-knowledge-de-systems';
import { KNOWHOW_EN_HEAT_PUMPS } from './demo-knowledge-en-heat-pumps';
import { KNOWHOW_EN_SYSTEMS } from './demo-knowledge-en-systems';
import { FIELD_REPORTS_DE } from './demo-knowledge-reports-de';
import { FIELD_REPORTS_EN } from './demo-knowledge-reports-en';

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
  ...KNOWHOW_DE_SERVICE,
  ...KNOWHOW_DE_SYSTEMS,
  ...KNOWHOW_EN_HEAT_PUMPS,
  ...KNOWHOW_EN_SYSTEMS,
  ...FIELD_REPORTS_DE,
  ...FIELD_REPORTS_EN,
];
