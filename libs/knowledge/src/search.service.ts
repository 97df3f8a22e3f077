import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadInputError, type RequestContext } from '@portal/core';
import { DatabaseError } from 'pg';
import type { DataSource } from 'typeorm';
import { PLAIN_SUMMARY_FIELDS } from './article-rows';
import { type KnowledgeViewer, articleVisibilitySql } from './article-visibility';
import type { KnowledgeSearchInput } from './dto/search.input';
import { KnowledgeViewerService } from './knowledge-viewer.service';
import type { ArticleSummaryModel } from './models/article.model';
import type { ArticleSuggestionModel, KnowledgeSearchResultModel } from './models/search.model';
import { parseQuery } from './search-query';
import { SearchLogService } from './search-log.service';
import { SearchPool } from './search-pool';
import { type RawSearch, type TextSearch, searchText } from './search-runner';
import {
  COUNT_CAP,
  RANK_CANDIDATES,
  type FacetCounts,
  type SearchFilters,
  type SearchPage,
  browseStatement,
  facetLists,
} from './search-sql';
import { highlightRuns, snippetLocator, snippetOf, wordMatcher } from './search-terms';
import { SqlParams } from './sql-params';

/** A hit's summary as the statement returns it; with `plain`, only the plain columns are there. */
type SummaryRow = ArticleSummaryModel & { publishedAt: string | null; updatedAt: string };

/**
 * PostgreSQL could not read the query: nested too deeply for its tsquery parser. It says so as an internal error
 * (XX000), which the shared database error translation rightly leaves alone.
 */
const tooComplex = (error: unknown): boolean =>
  error instanceof DatabaseError && (error.code === '54001' || (error.code === 'XX000' && /tsquery/i.test(error.message)));

const QUERY_TOO_COMPLEX = () =>
  BadInputError.field('query', 'QUERY_TOO_COMPLEX', 'The search query has too many operators. Remove some of the "-", quotes or "or".');

/** Hotline search: full text with codes, typo correction, facets and highlights, within the viewer's visibility. */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly viewers: KnowledgeViewerService,
    private readonly log: SearchLogService,
    private readonly pool: SearchPool,
  ) {}

  /**
   * `articleFields`: the summary fields the caller reads from the hits' articles; when they are all plain columns
   * (PLAIN_SUMMARY_FIELDS), the hits leave out the rest (a lookup, four arrays and three timestamps per hit).
   */
  async search(ctx: RequestContext, input: KnowledgeSearchInput, articleFields?: ReadonlySet<string>): Promise<KnowledgeSearchResultModel> {
    const viewer = await this.viewers.viewer(ctx);
    const query = input.query.trim();
    const plain = articleFields !== undefined && [...articleFields].every((field) => PLAIN_SUMMARY_FIELDS.has(field));
    const page = { offset: input.offset, limit: input.limit, plain };
    const { raw, parsed, correctedQuery, didYouMean } = await this.run(viewer, query, input, page);
    const searchId = query.length >= 2 ? this.log.record(ctx, query, raw.total) : null;
    const matcher = wordMatcher(raw.terms?.lexemes ?? [], parsed.codes);
    const locator = snippetLocator(raw.terms?.lexemes ?? []);
    const mark = (text: string) => highlightRuns(text, matcher);
    const reachable = Math.min(raw.total, COUNT_CAP, raw.candidates);
    return {
      searchId,
      query,
      correctedQuery,
      didYouMean,
      total: Math.min(raw.total, COUNT_CAP),
      totalIsLowerBound: raw.total > COUNT_CAP,
      offset: input.offset,
      // The next page must also be one the input accepts (offset up to RANK_CANDIDATES), browsing included.
      hasMore: raw.hits.length === input.limit && input.offset + input.limit < reachable && input.offset + input.limit <= RANK_CANDIDATES,
      facets: raw.facets,
      hits: raw.hits.map((h) => ({
        article: {
          ...h.article,
          publishedAt: h.article.publishedAt ? new Date(h.article.publishedAt) : null,
          ...(h.article.updatedAt !== undefined && { updatedAt: new Date(h.article.updatedAt) }),
        },
        titleRuns: mark(h.article.title),
        snippetRuns: raw.terms ? mark(snippetOf(h.head, locator)) : [h.article.summary],
        score: h.score,
      })),
    };
  }

  /** Text searches run on the search pool; browsing (no query) is an ordinary ordered read on the application pool. */
  private async run(viewer: KnowledgeViewer, query: string, filters: SearchFilters, page: SearchPage): Promise<TextSearch<SummaryRow>> {
    const parsed = parseQuery(query);
    if (!parsed.text.trim()) {
      const st = browseStatement(viewer, filters, page);
      const [row] = await this.dataSource.query<(Omit<RawSearch<SummaryRow>, 'terms' | 'facets'> & { facets: FacetCounts })[]>(
        st.text,
        st.values,
      );
      return { raw: { ...row, facets: facetLists(row.facets), terms: null }, parsed, correctedQuery: null, didYouMean: null };
    }
    const client = await this.pool.get().connect();
    try {
      return await searchText<SummaryRow>(client, viewer, query, filters, page, parsed);
    } catch (error) {
      throw tooComplex(error) ? QUERY_TOO_COMPLEX() : error;
    } finally {
      client.release();
    }
  }

  async suggest(ctx: RequestContext, prefix: string): Promise<ArticleSuggestionModel[]> {
    const viewer = await this.viewers.viewer(ctx);
    const p = new SqlParams();
    const pattern = p.add(`%${prefix.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return this.dataSource.query<ArticleSuggestionModel[]>(
      `SELECT a.id, a.title FROM article a
        WHERE a.status = 'PUBLISHED' AND a.title ILIKE ${pattern} AND ${articleVisibilitySql(viewer, p)}
        ORDER BY a.quality DESC LIMIT 8`,
      p.values,
    );
  }
}
