import { Module } from '@nestjs/common';
import { NotificationsModule } from '@portal/notifications';
import { ArticleEditingService } from './article-editing.service';
import { ArticleWorkflowService } from './article-workflow.service';
import { ArticlesService } from './articles.service';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { KnowledgeViewerService } from './knowledge-viewer.service';
import { KnowledgeResolver } from './knowledge.resolver';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchBandsService } from './search-bands.service';
import { SearchLogService } from './search-log.service';
import { SearchPool } from './search-pool';
import { SearchService } from './search.service';

@Module({
  imports: [NotificationsModule],
  providers: [
    KnowledgeViewerService,
    ArticlesService,
    ArticleEditingService,
    ArticleWorkflowService,
    SearchService,
    SearchPool,
    SearchBandsService,
    SearchLogService,
    SearchAnalyticsService,
    FeedbackService,
    KnowledgeResolver,
    FeedbackResolver,
  ],
  exports: [KnowledgeViewerService, SearchService],
})
export class KnowledgeModule {}
