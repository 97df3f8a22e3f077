import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, type RequestContext, selectedFields } from '@portal/core';
import type { GraphQLResolveInfo } from 'graphql';
import { ArticleEditingService } from './article-editing.service';
import { ArticleWorkflowService } from './article-workflow.service';
import { ArticlesService } from './articles.service';
import {
  ArticleIdArgs,
  ArticlesArgs,
  ArticleVersionArgs,
  CommentArticleArgs,
  CreateArticleArgs,
  TransitionArticleArgs,
  UpdateArticleArgs,
} from './dto/article.input';
import { KnowledgeSearchArgs, SearchAnalyticsArgs, SuggestArgs } from './dto/search.input';
import { ArticleEventModel, ArticleModel, ArticlePage, type ArticleSummaryModel, ArticleVersionModel } from './models/article.model';
import { ArticleSuggestionModel, KnowledgeSearchResultModel, SearchAnalyticsModel } from './models/search.model';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchService } from './search.service';

@Resolver()
export class KnowledgeResolver {
  constructor(
    private readonly articleService: ArticlesService,
    private readonly editing: ArticleEditingService,
    private readonly workflow: ArticleWorkflowService,
    private readonly searchService: SearchService,
    private readonly analytics: SearchAnalyticsService,
  ) {}

  @Query(() => ArticleModel, { description: 'One article, if the viewer may see it (otherwise NOT_FOUND).' })
  @Allow(Permission.KnowledgeRead)
  article(@Ctx() ctx: RequestContext, @Args() args: ArticleIdArgs): Promise<ArticleModel> {
    return this.articleService.get(ctx, args.id);
  }

  @Query(() => ArticlePage)
  @Allow(Permission.KnowledgeRead)
  articles(@Ctx() ctx: RequestContext, @Args() args: ArticlesArgs): Promise<Page<ArticleSummaryModel>> {
    return this.articleService.list(ctx, args);
  }

  @Query(() => [ArticleVersionModel], { description: 'Published versions, newest first.' })
  @Allow(Permission.KnowledgeRead)
  articleVersions(@Ctx() ctx: RequestContext, @Args() args: ArticleIdArgs): Promise<ArticleVersionModel[]> {
    return this.articleService.versions(ctx, args.id);
  }

  @Query(() => ArticleVersionModel)
  @Allow(Permission.KnowledgeRead)
  articleVersion(@Ctx() ctx: RequestContext, @Args() args: ArticleVersionArgs): Promise<ArticleVersionModel> {
    return this.articleService.version(ctx, args.id, args.version);
  }

  @Query(() => [ArticleEventModel], { description: 'The review history and comments.' })
  @Allow(Permission.KnowledgeRead)
  articleEvents(@Ctx() ctx: RequestContext, @Args() args: ArticleIdArgs): Promise<ArticleEventModel[]> {
    return this.articleService.events(ctx, args.id);
  }

  @Query(() => KnowledgeSearchResultModel)
  @Allow(Permission.KnowledgeRead)
  knowledgeSearch(
    @Ctx() ctx: RequestContext,
    @Args() args: KnowledgeSearchArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KnowledgeSearchResultModel> {
    return this.searchService.search(ctx, args.input, selectedFields(info, ['hits', 'article']));
  }

  @Query(() => [ArticleSuggestionModel], { description: 'Titles containing the text, for type-ahead.' })
  @Allow(Permission.KnowledgeRead)
  articleSuggestions(@Ctx() ctx: RequestContext, @Args() args: SuggestArgs): Promise<ArticleSuggestionModel[]> {
    return this.searchService.suggest(ctx, args.prefix);
  }

  @Query(() => SearchAnalyticsModel)
  @Allow(Permission.KnowledgeReview)
  knowledgeSearchAnalytics(@Ctx() ctx: RequestContext, @Args() args: SearchAnalyticsArgs): Promise<SearchAnalyticsModel> {
    return this.analytics.report(ctx, args.days);
  }

  @Mutation(() => ArticleModel, { description: 'A draft: a field report from a partner, service know-how from the manufacturer.' })
  @Allow(Permission.KnowledgeWrite)
  createArticle(@Ctx() ctx: RequestContext, @Args() args: CreateArticleArgs): Promise<ArticleModel> {
    return this.editing.create(ctx, args.input);
  }

  @Mutation(() => ArticleModel, { description: 'Saving a published article creates a new version.' })
  @Allow(Permission.KnowledgeWrite)
  updateArticle(@Ctx() ctx: RequestContext, @Args() args: UpdateArticleArgs): Promise<ArticleModel> {
    return this.editing.update(ctx, args);
  }

  @Mutation(() => ArticleModel)
  @Allow(Permission.KnowledgeRead)
  transitionArticle(@Ctx() ctx: RequestContext, @Args() args: TransitionArticleArgs): Promise<ArticleModel> {
    return this.workflow.transition(ctx, args);
  }

  @Mutation(() => ArticleEventModel)
  @Allow(Permission.KnowledgeRead)
  commentOnArticle(@Ctx() ctx: RequestContext, @Args() args: CommentArticleArgs): Promise<ArticleEventModel> {
    return this.workflow.comment(ctx, args);
  }
}
