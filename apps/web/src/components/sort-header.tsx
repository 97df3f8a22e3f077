import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

export type Direction = 'ASC' | 'DESC';

interface Props<F extends string> {
  field: F;
  sort: { field: F; direction: Direction };
  onSort: (sort: { field: F; direction: Direction }) => void;
  children: ReactNode;
}

/** A column header that sorts on click or Enter; aria-sort tells screen readers the current order. */
export function SortHeader<F extends string>({ field, sort, onSort, children }: Props<F>) {
  const { t } = useI18n();
  const active = sort.field === field;
  const next: Direction = active && sort.direction === 'ASC' ? 'DESC' : 'ASC';
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort({ field, direction: next })} fw={700} fz="sm" className="sort-button">
        {children}
        <span aria-hidden> {active ? (sort.direction === 'ASC' ? '▲' : '▼') : '↕'}</span>
        <span className="visually-hidden">{t(next === 'ASC' ? 'sort.ascending' : 'sort.descending')}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
