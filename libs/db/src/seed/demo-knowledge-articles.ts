import { FIELD_REPORTS } from './demo-knowledge-reports';
import { KNOWHOW_DE } from './demo-knowledge-de';
import { KNOWHOW_EN } from './demo-knowledge-en';

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

export const DEMO_ARTICLES: readonly DemoArticle[] = [...KNOWHOW_DE, ...KNOWHOW_EN, ...FIELD_REPORTS];
