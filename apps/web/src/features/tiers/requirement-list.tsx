import { Text } from '@mantine/core';
import type { TierComplianceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';

type Requirement = TierComplianceFieldsFragment['requirements'][number];

/** Each requirement of a tier with what the partner has, and whether that is enough (in words, not only colour). */
export function RequirementList({ requirements, testId }: { requirements: Requirement[]; testId?: string }) {
  const { t } = useI18n();
  if (requirements.length === 0) return <Text size="sm">{t('requirement.none')}</Text>;
  const describe = (r: Requirement): string => {
    if (r.kind === 'CERTIFIED_TECHNICIANS') return t('requirement.status.technicians', { actual: r.actual, required: r.required });
    if (r.kind === 'COURSE') return t('requirement.status.course', { course: r.courseCode ?? '', actual: r.actual });
    return t('requirement.status.annualTraining');
  };
  return (
    <ul className="requirement-list" data-testid={testId}>
      {requirements.map((r) => (
        <li key={`${r.kind}-${r.courseCode ?? ''}`} data-fulfilled={r.fulfilled ? 'true' : 'false'}>
          <span aria-hidden className="requirement-mark">
            {r.fulfilled ? '✓' : '✗'}
          </span>
          <span>
            {describe(r)} – <strong>{t(r.fulfilled ? 'requirement.met' : 'requirement.missing')}</strong>
          </span>
        </li>
      ))}
    </ul>
  );
}
