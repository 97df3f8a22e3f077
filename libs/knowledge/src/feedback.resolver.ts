import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, type RequestContext } from '@portal/core';
import { ArticleIdArgs } from './dto/article.input';
import { ArticleUseArgs, FlagArticleArgs, FlagsArgs, RateArticleArgs, ResolveFlagArgs } from './dto/feedback.input';
import { FeedbackService } from './feedback.service';
import { ArticleModel } from './models/article.model';
import { ArticleFlagModel, ArticleFlagPage } from './models/feedback.model';

@Resolver()
export class FeedbackResolver {
  constructor(private readonly feedback: FeedbackService) {}

  @Query(() => ArticleFlagPage, { description: 'The flags queue for knowledge editors.' })
  @Allow(Permission.KnowledgeReview)
  articleFlags(@Ctx() ctx: RequestContext, @Args() args: FlagsArgs): Promise<Page<ArticleFlagModel>> {
    return this.feedback.flags(ctx, args);
  }

  @Mutation(() => ArticleModel)
  @Allow(Permission.KnowledgeRead)
  rateArticle(@Ctx() ctx: RequestContext, @Args() args: RateArticleArgs): Promise<ArticleModel> {
    return this.feedback.rate(ctx, args);
  }

  @Mutation(() => ArticleModel, { description: 'Takes back the viewer’s helpful / not helpful rating; nothing happens without one.' })
  @Allow(Permission.KnowledgeRead)
  withdrawArticleRating(@Ctx() ctx: RequestContext, @Args() args: ArticleIdArgs): Promise<ArticleModel> {
    return this.feedback.rate(ctx, { id: args.id, helpful: null });
  }

  @Mutation(() => ArticleFlagModel)
  @Allow(Permission.KnowledgeRead)
  flagArticle(@Ctx() ctx: RequestContext, @Args() args: FlagArticleArgs): Promise<ArticleFlagModel> {
    return this.feedback.flag(ctx, args);
  }

  @Mutation(() => ArticleFlagModel)
  @Allow(Permission.KnowledgeReview)
  resolveArticleFlag(@Ctx() ctx: RequestContext, @Args() args: ResolveFlagArgs): Promise<ArticleFlagModel> {
    return this.feedback.resolveFlag(ctx, args);
  }

  @Mutation(() => ArticleModel, { description: 'The viewer opened the article (pass searchId when it came from a search).' })
  @Allow(Permission.KnowledgeRead)
  recordArticleView(@Ctx() ctx: RequestContext, @Args() args: ArticleUseArgs): Promise<ArticleModel> {
    return this.feedback.recordUse(ctx, args, 'VIEW');
  }

  @Mutation(() => ArticleModel, { description: 'The article solved the viewer’s case; counted once per person.' })
  @Allow(Permission.KnowledgeRead)
  markArticleSolved(@Ctx() ctx: RequestContext, @Args() args: ArticleUseArgs): Promise<ArticleModel> {
    return this.feedback.recordUse(ctx, args, 'SOLVED');
  }
}
