import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { AnalyticsPanel } from './analytics-panel';
import { ArticleList } from './article-list';
import { FlagsPanel } from './flags-panel';
import { KnowledgeNav } from './knowledge-nav';

const TABS = ['queue', 'flags', 'analytics'] as const;

/** The knowledge editors' desk: review queue, readers' reports and search analytics. */
export default function EditorialPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = TABS.find((candidate) => candidate === requested) ?? 'queue';
  return (
    <>
      <PageHeader title={t('knowledge.review.title')}>
        <KnowledgeNav current="review" />
      </PageHeader>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'queue' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {t(`knowledge.review.tab.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="queue">
          <ArticleList scope="REVIEW_QUEUE" sort="UPDATED" emptyText={t('knowledge.review.queueEmpty')} />
        </Tabs.Panel>
        <Tabs.Panel value="flags">
          <FlagsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="analytics">
          <AnalyticsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
