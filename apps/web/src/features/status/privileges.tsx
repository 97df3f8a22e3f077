import { Text } from '@mantine/core';
import type { TierComplianceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { type CatalogueTier, localName, type TierCatalogue } from '../tiers/catalogue';
import { RequirementList } from '../tiers/requirement-list';

function servicesOf(tier: CatalogueTier | undefined, productLineId: string): string[] {
  return tier?.entitlements.find((e) => e.productLineId === productLineId)?.serviceCategoryIds ?? [];
}

function useListFormat(): (items: string[]) => string {
  const { locale } = useI18n();
  const format = new Intl.ListFormat(locale === 'de' ? 'de-DE' : 'en-GB', { type: 'conjunction' });
  return (items) => format.format(items);
}

function useServiceNames(catalogue: TierCatalogue): (ids: string[]) => string[] {
  const { locale } = useI18n();
  return (ids) =>
    catalogue.serviceCategories.filter((category) => ids.includes(category.id)).map((category) => localName(locale, category));
}

/** What a tier allows on one product line, in plain words. */
export function Privileges({ tier, productLineId, catalogue }: { tier: CatalogueTier; productLineId: string; catalogue: TierCatalogue }) {
  const { t } = useI18n();
  const list = useListFormat();
  const services = useServiceNames(catalogue)(servicesOf(tier, productLineId));
  return (
    <ul className="plain-list" data-testid="privileges">
      <li>{services.length > 0 ? t('privilege.services', { services: list(services) }) : t('privilege.noServices')}</li>
      <li>{t(tier.listedInLocator ? 'privilege.listed' : 'privilege.notListed')}</li>
      <li>{t(tier.mayShowBadge ? 'privilege.badge' : 'privilege.noBadge')}</li>
      <li>{t(tier.mayDelegate ? 'privilege.delegate' : 'privilege.noDelegate')}</li>
      <li>{t('privilege.knowledge', { level: tier.knowledgeLevel })}</li>
    </ul>
  );
}

/** The difference to the next tier: what it would add, and what it asks for. */
export function NextTier({
  current,
  next,
  productLineId,
  catalogue,
  compliance,
}: {
  current: CatalogueTier | undefined;
  next: CatalogueTier;
  productLineId: string;
  catalogue: TierCatalogue;
  /** The next tier's requirements checked against the partner's training records, when known. */
  compliance?: TierComplianceFieldsFragment | null;
}) {
  const { t } = useI18n();
  const list = useListFormat();
  const names = useServiceNames(catalogue);
  const held = servicesOf(current, productLineId);
  const added = names(servicesOf(next, productLineId).filter((id) => !held.includes(id)));
  const gains: string[] = [];
  if (added.length > 0) gains.push(t('next.services', { services: list(added) }));
  if (next.listedInLocator && !current?.listedInLocator) gains.push(t('next.listed'));
  if (next.mayShowBadge && !current?.mayShowBadge) gains.push(t('next.badge'));
  if (next.mayDelegate && !current?.mayDelegate) gains.push(t('next.delegate'));
  if (next.knowledgeLevel > (current?.knowledgeLevel ?? 0)) gains.push(t('next.knowledge', { level: next.knowledgeLevel }));

  const requirements: string[] = [];
  const { certifiedTechnicians, courseCodes, annualTraining } = next.requirements;
  if (certifiedTechnicians > 0) requirements.push(t('requirement.technicians', { count: certifiedTechnicians }));
  if (courseCodes.length > 0) requirements.push(t('requirement.courses', { courses: list(courseCodes) }));
  if (annualTraining) requirements.push(t('requirement.annualTraining'));

  return (
    <div data-testid="next-tier">
      {gains.length > 0 ? (
        <ul className="plain-list">
          {gains.map((gain) => (
            <li key={gain}>{gain}</li>
          ))}
        </ul>
      ) : (
        <Text size="sm">{t('next.nothing')}</Text>
      )}
      <Text size="sm" fw={700} mt="sm">
        {t(compliance ? 'requirement.titleChecked' : 'requirement.title')}
      </Text>
      {compliance ? (
        <RequirementList requirements={compliance.requirements} testId="next-requirements" />
      ) : requirements.length > 0 ? (
        <ul className="plain-list">
          {requirements.map((requirement) => (
            <li key={requirement}>{requirement}</li>
          ))}
        </ul>
      ) : (
        <Text size="sm">{t('requirement.none')}</Text>
      )}
    </div>
  );
}
