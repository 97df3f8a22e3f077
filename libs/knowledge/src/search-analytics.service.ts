import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, type RequestContext } from '@portal/core';
import type { DataSource } from 'typeorm';
import type { SearchAnalyticsModel, SearchQueryStatModel } from './models/search.model';
import { SearchLogService } from './search-log.service';

const QUERY_STATS = `
  SELECT s.normalised AS query, count(*)::int AS searches, round(avg(s.result_count), 1)::float AS "averageResults",
         round(avg((EXISTS (SELECT 1 FROM article_use u WHERE u.search_id = s.id))::int), 3)::float AS "clickThrough"
    FROM search_log s WHERE s.searched_at > now() - make_interval(days => $1) AND s.result_count >= $2 AND s.result_count <= $3
   GROUP BY s.normalised ORDER BY searches DESC, query LIMIT 20`;

/** What editors learn from searches: what people look for, what finds nothing (content gaps), what gets opened. */
@Injectable()
export class SearchAnalyticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: SearchLogService,
  ) {}

  async report(ctx: RequestContext, days: number): Promise<SearchAnalyticsModel> {
    ctx.require(Permission.KnowledgeReview);
    await this.log.flush(true);
    const [[totals], topQueries, zeroResultQueries] = await Promise.all([
      this.dataSource.query<{ searches: number; clickThrough: number }[]>(
        `SELECT count(*)::int AS searches,
                coalesce(round(avg((EXISTS (SELECT 1 FROM article_use u WHERE u.search_id = s.id))::int), 3), 0)::float AS "clickThrough"
           FROM search_log s WHERE s.searched_at > now() - make_interval(days => $1)`,
        [days],
      ),
      this.dataSource.query<SearchQueryStatModel[]>(QUERY_STATS, [days, 0, 2 ** 31 - 1]),
      this.dataSource.query<SearchQueryStatModel[]>(QUERY_STATS, [days, 0, 0]),
    ]);
    return { days, ...totals, topQueries, zeroResultQueries };
  }
}
