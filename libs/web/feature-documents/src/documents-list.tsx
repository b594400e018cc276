import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CONTENT_LANG, formatDate, QueryState } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentsListQuery } from './operations.js';

/** The collaborative documents: the hoja de ruta ones, the ponencias written so far, then each conversatorio's outcome document. */
export function DocumentsList() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { data, loading, error, refetch } = useQuery(DocumentsListQuery, { fetchPolicy: 'cache-and-network' });
  const documents = data?.documents ?? [];
  const groups = [
    { title: t('documents.roadmapDocuments'), items: documents.filter((document) => document.kind.startsWith('ROADMAP')) },
    { title: t('documents.ponencias'), items: documents.filter((document) => document.kind === 'PONENCIA') },
    { title: t('documents.outcomeDocuments'), items: documents.filter((document) => document.kind === 'OUTCOME') },
  ];
  return (
    <Stack gap="md">
      <Title order={2}>{t('documents.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('documents.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {groups
          .filter((group) => group.items.length > 0)
          .map((group) => (
            <Stack key={group.title} gap="sm" component="section" aria-label={group.title}>
              <Title order={3}>{group.title}</Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {group.items.map((document) => (
                  <Card key={document.id} withBorder padding="sm" component="article">
                    <Stack gap={4}>
                      <Anchor component={Link} to={`/documentos/${document.id}`} fw={700} lang={CONTENT_LANG}>
                        {document.title}
                      </Anchor>
                      <Group gap="xs">
                        <Badge variant="light" color={document.myAccess === 'EDIT' ? 'green' : 'gray'} c="dark" tt="none">
                          {t(`documents.access.${document.myAccess}`)}
                        </Badge>
                        {document.contentUpdatedAt && (
                          <Text size="xs" c="dimmed">
                            {t('documents.updatedOn', { date: formatDate(document.contentUpdatedAt.slice(0, 10), language, 'short') })}
                          </Text>
                        )}
                      </Group>
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            </Stack>
          ))}
      </QueryState>
    </Stack>
  );
}
