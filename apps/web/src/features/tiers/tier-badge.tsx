import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context';
import { localName, type Named } from './catalogue';

const RANK_COLORS = ['gray', 'blue', 'teal', 'green'];

interface Props {
  tier: Named & { rank: number };
  /** Shown in front of the tier: "Heat pumps: Premium". */
  productLine?: Named;
  suspended?: boolean;
}

/** A tier held on a product line; a suspended grant says so in words, not only in colour. */
export function TierBadge({ tier, productLine, suspended }: Props) {
  const { t, locale } = useI18n();
  const name = localName(locale, tier);
  const text = productLine ? `${localName(locale, productLine)}: ${name}` : name;
  return (
    <Badge
      variant="light"
      radius="sm"
      color={suspended ? 'orange' : (RANK_COLORS[Math.min(tier.rank, RANK_COLORS.length) - 1] ?? 'gray')}
      tt="none"
      data-tier={suspended ? 'suspended' : undefined}
    >
      {suspended ? t('tiers.badgeSuspended', { tier: text }) : text}
    </Badge>
  );
}
