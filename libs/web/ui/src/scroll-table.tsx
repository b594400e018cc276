import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollTableProps extends TableProps {
  /** Names the scrollable region for screen readers. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing. */
  minWidth: number;
  children: ReactNode;
}

/** A table that scrolls sideways on narrow screens, its scroll region reachable by keyboard. */
export function ScrollTable({ label, minWidth, children, ...tableProps }: ScrollTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      <Table {...tableProps}>{children}</Table>
    </Table.ScrollContainer>
  );
}
