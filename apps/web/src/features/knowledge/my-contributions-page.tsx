import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { ArticleList } from './article-list';
import { KnowledgeNav } from './knowledge-nav';

/** Everything the viewer's organisation wrote, in every state, newest change first. */
export default function MyContributionsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('knowledge.mine.title')}>
        <KnowledgeNav current="mine" />
      </PageHeader>
      <ArticleList scope="MY_ORGANISATION" sort="UPDATED" emptyText={t('knowledge.mine.empty')} />
    </>
  );
}
