import { Badge, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ActionItemDetailQuery } from '@ruta/web-data-access';
import { CONTENT_LANG, formatDate, formatMoney, ScrollTable } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

/** What the item is: its description, who and when, its budget, SDGs and indicators. */
export function DetailsCard({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  return (
    <Card withBorder component="section" aria-labelledby="details-title">
      <Title order={3} id="details-title" mb="xs">
        {t('roadmap.details')}
      </Title>
      {item.description && (
        <Text style={{ whiteSpace: 'pre-wrap' }} mb="sm" lang={CONTENT_LANG}>
          {item.description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Detail label={t('roadmap.fields.competencyKey')} value={item.competency?.name} />
        <Detail
          label={t('roadmap.fields.responsibleOrganizationId')}
          value={item.responsibleOrganization && (item.responsibleOrganization.shortName ?? item.responsibleOrganization.name)}
        />
        <Detail label={t('roadmap.fields.focalPointId')} value={item.focalPoint?.displayName} />
        <Detail label={t('roadmap.fields.priority')} value={t(`priority.${item.priority}`)} />
        <Detail label={t('roadmap.fields.startDate')} value={item.startDate && formatDate(item.startDate, language, 'short')} />
        <Detail label={t('roadmap.fields.dueDate')} value={item.dueDate && formatDate(item.dueDate, language, 'short')} />
        <Detail label={t('roadmap.fields.budgetUsd')} value={item.budgetUsd !== null && formatMoney(item.budgetUsd)} />
        <Detail label={t('roadmap.proposedBy')} value={item.proposedBy.displayName} />
      </SimpleGrid>
      {item.sdgs.length > 0 && (
        <Group gap={4} mt="sm">
          {item.sdgs.map((sdg) => (
            <Badge key={sdg.number} variant="outline" color="congope" tt="none" title={sdg.name}>
              {t('conversatorios.sdgBadge', { number: sdg.number })}
            </Badge>
          ))}
        </Group>
      )}
      {item.indicators.length > 0 && (
        <ScrollTable label={t('roadmap.fields.indicators')} minWidth={480} mt="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roadmap.indicator.name')}</Table.Th>
              <Table.Th>{t('roadmap.indicator.baseline')}</Table.Th>
              <Table.Th>{t('roadmap.indicator.target')}</Table.Th>
              <Table.Th>{t('roadmap.indicator.current')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.indicators.map((indicator, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  {indicator.name}
                  {indicator.unit && ` (${indicator.unit})`}
                </Table.Td>
                <Table.Td>{indicator.baseline ?? '–'}</Table.Td>
                <Table.Td>{indicator.target ?? '–'}</Table.Td>
                <Table.Td>{indicator.current ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Card>
  );
}

function Detail({ label, value }: { label: string; value: string | null | undefined | false }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value || '–'}
    </Text>
  );
}
