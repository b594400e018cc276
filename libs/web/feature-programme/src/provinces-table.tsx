import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { graphql } from '@ruta/web-data-access';
import { QueryState, ScrollTable } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';

const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      name
      capital
      region
      hasPrefectura
    }
  }
`);

/** The 24 provinces with their INEC codes, capitals, regions and whether they have a prefectura. */
export function ProvincesTable() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProvincesQuery);
  return (
    <Stack gap="md">
      <Title order={2}>{t('provinces.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('provinces.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        <ScrollTable label={t('provinces.title')} minWidth={520} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('provinces.code')}</Table.Th>
              <Table.Th scope="col">{t('provinces.name')}</Table.Th>
              <Table.Th scope="col">{t('provinces.capital')}</Table.Th>
              <Table.Th scope="col">{t('provinces.region')}</Table.Th>
              <Table.Th scope="col">{t('provinces.prefectura')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.provinces.map((province) => (
              <Table.Tr key={province.code}>
                <Table.Td ff="monospace">{province.code}</Table.Td>
                <Table.Th scope="row" fw={600}>
                  {province.name}
                </Table.Th>
                <Table.Td>{province.capital}</Table.Td>
                <Table.Td>{province.region}</Table.Td>
                <Table.Td>{province.hasPrefectura ? t('provinces.yes') : t('provinces.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
