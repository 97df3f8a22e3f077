import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestContext } from '@portal/core';
import type { DataSource } from 'typeorm';
import { articleVisibilitySql } from './article-visibility';
import type { KnowledgeSearchInput } from './dto/search.input';
import { KnowledgeViewerService } from './knowledge-viewer.service';
import type { ArticleSummaryModel } from './models/article.model';
import type { ArticleSuggestionModel, KnowledgeSearchResultModel, SearchFacetsModel } from './models/search.model';
import { highlightCodes, highlightParts, parseQuery } from './search-query';
import { SearchLogService } from './search-log.service';
import { type SearchClient, runSearchStatement } from './search-runner';
import { COUNT_CAP, CORRECTION_SQL, type SearchStatement, searchStatement } from './search-sql';
import { SqlParams } from './sql-params';

interface RawResult {
  total: number;
  facets: SearchFacetsModel;
  hits: {
    article: ArticleSummaryModel & { publishedAt: string | null; updatedAt: string };
    title: string;
    snippet: string;
    score: number;
  }[];
}

/** Hotline search: full text with codes, typo correction, facets and highlights, within the viewer's visibility. */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly viewers: KnowledgeViewerService,
    private readonly log: SearchLogService,
  ) {}

  async search(ctx: RequestContext, input: KnowledgeSearchInput): Promise<KnowledgeSearchResultModel> {
    const viewer = await this.viewers.viewer(ctx);
    const query = input.query.trim();
    const page = { offset: input.offset, limit: input.limit };
    let parsed = parseQuery(query);
    let raw = await this.run(searchStatement(viewer, parsed, input, page));
    let correctedQuery: string | null = null;
    let didYouMean: string | null = null;
    if (raw.total === 0 && parsed.words.length) {
      const corrected = await this.correct(query, parsed.words);
      if (corrected) {
        parsed = parseQuery(corrected);
        const second = await this.run(searchStatement(viewer, parsed, input, page));
        if (second.total > 0) {
          raw = second;
          correctedQuery = corrected;
        } else didYouMean = corrected;
      }
    }
    const searchId = query.length >= 2 ? this.log.record(ctx, query, raw.total) : null;
    return {
      searchId,
      query,
      correctedQuery,
      didYouMean,
      total: Math.min(raw.total, COUNT_CAP),
      totalIsLowerBound: raw.total > COUNT_CAP,
      offset: input.offset,
      hasMore: raw.hits.length === input.limit && input.offset + input.limit < Math.min(raw.total, COUNT_CAP),
      facets: raw.facets,
      hits: raw.hits.map((h) => ({
        article: {
          ...h.article,
          publishedAt: h.article.publishedAt ? new Date(h.article.publishedAt) : null,
          updatedAt: new Date(h.article.updatedAt),
        },
        title: highlightCodes(highlightParts(h.title), parsed.codes),
        snippet: highlightCodes(highlightParts(h.snippet), parsed.codes),
        score: h.score,
      })),
    };
  }

  private async run(statement: SearchStatement): Promise<RawResult> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as SearchClient;
      const [row] = await runSearchStatement<RawResult>(client, statement);
      return row;
    } finally {
      await runner.release();
    }
  }

  /** Replaces unknown words by the closest known ones; null when nothing would change. */
  private async correct(query: string, words: string[]): Promise<string | null> {
    const rows = await this.dataSource.query<{ word: string; known: boolean; suggestion: string | null }[]>(CORRECTION_SQL, [words]);
    let corrected = query;
    for (const r of rows) if (!r.known && r.suggestion) corrected = corrected.replace(r.word, r.suggestion);
    return corrected !== query ? corrected : null;
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
