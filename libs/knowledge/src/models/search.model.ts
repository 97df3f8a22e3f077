import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArticleSummaryModel } from './article.model';

const RUNS =
  'as runs that alternate plain text and matches of the query: plain, match, plain, … (an odd number, the matches at ' +
  'odd positions; a run may be empty). Render the matches as <mark>, everything as text.';

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ArticleSummaryModel)
  article: ArticleSummaryModel;

  @Field(() => [String], { description: `The title ${RUNS}` })
  titleRuns: string[];

  @Field(() => [String], { description: `The snippet: a window of the body around its first match, ${RUNS}` })
  snippetRuns: string[];

  @Field(() => Float)
  score: number;
}

@ObjectType('FacetCount')
export class FacetCountModel {
  @Field({ description: 'A product line or service category id, a kind or a language.' })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SearchFacets')
export class SearchFacetsModel {
  @Field(() => [FacetCountModel])
  productLines: FacetCountModel[];

  @Field(() => [FacetCountModel])
  serviceCategories: FacetCountModel[];

  @Field(() => [FacetCountModel])
  kinds: FacetCountModel[];

  @Field(() => [FacetCountModel])
  languages: FacetCountModel[];
}

@ObjectType('KnowledgeSearchResult')
export class KnowledgeSearchResultModel {
  @Field(() => ID, { nullable: true, description: 'Pass it when opening a hit, for click-through analytics.' })
  searchId: string | null;

  @Field()
  query: string;

  @Field(() => String, { nullable: true, description: 'Set when nothing matched the query and these are the results for a corrected one.' })
  correctedQuery: string | null;

  @Field(() => String, { nullable: true, description: 'A suggestion when nothing matched, even after correction.' })
  didYouMean: string | null;

  @Field(() => Int)
  total: number;

  @Field({ description: 'True when there are more matches than were counted.' })
  totalIsLowerBound: boolean;

  @Field(() => Int)
  offset: number;

  @Field()
  hasMore: boolean;

  @Field(() => [SearchHitModel])
  hits: SearchHitModel[];

  @Field(() => SearchFacetsModel)
  facets: SearchFacetsModel;
}

@ObjectType('ArticleSuggestion')
export class ArticleSuggestionModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('SearchQueryStat')
export class SearchQueryStatModel {
  @Field()
  query: string;

  @Field(() => Int)
  searches: number;

  @Field(() => Float)
  averageResults: number;

  @Field(() => Float, { description: 'Share of these searches after which a hit was opened (0–1).' })
  clickThrough: number;
}

@ObjectType('SearchAnalytics')
export class SearchAnalyticsModel {
  @Field(() => Int)
  days: number;

  @Field(() => Int)
  searches: number;

  @Field(() => Float)
  clickThrough: number;

  @Field(() => [SearchQueryStatModel])
  topQueries: SearchQueryStatModel[];

  @Field(() => [SearchQueryStatModel], { description: 'Content gaps: queries that found nothing.' })
  zeroResultQueries: SearchQueryStatModel[];
}
