import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArticleSummaryModel } from './article.model';

@ObjectType('TextPart', { description: 'A piece of highlighted text; render highlight parts as <mark>.' })
export class TextPartModel {
  @Field()
  text: string;

  @Field()
  highlight: boolean;
}

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ArticleSummaryModel)
  article: ArticleSummaryModel;

  @Field(() => [TextPartModel])
  title: TextPartModel[];

  @Field(() => [TextPartModel])
  snippet: TextPartModel[];

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
