import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CONTENT_LANG, QueryState } from '@ruta/web-ui';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SearchQuery } from './operations.js';
import { snippetParts } from './snippet.js';

function Snippet({ text }: { text: string }) {
  return (
    <Text size="sm" lang={CONTENT_LANG}>
      {snippetParts(text).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </Text>
  );
}

/** One search, accent-insensitive and in Spanish, over contributions, action items and documents. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(text.trim(), 300);
  const { data, loading, error } = useQuery(SearchQuery, { variables: { text: search }, skip: search.length < 2 });
  const hits = data?.search ?? [];
  return (
    <Stack gap="md">
      <Title order={2}>{t('search.title')}</Title>
      <TextInput
        label={t('search.label')}
        description={t('search.hint')}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, { replace: true });
        }}
      />
      <QueryState loading={loading && !data} error={error}>
        {search.length >= 2 && (
          <Text size="sm" aria-live="polite">
            {t('search.count', { count: hits.length })}
          </Text>
        )}
        <Stack gap="sm">
          {hits.map((hit) => (
            <Card key={`${hit.kind}:${hit.id}`} withBorder padding="sm" component="article">
              <Stack gap={4}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="light" color="gray" c="dark" tt="none" style={{ flexShrink: 0 }}>
                    {t(`search.kind.${hit.kind}`)}
                  </Badge>
                  <Anchor component={Link} to={hit.href} fw={600} lang={CONTENT_LANG}>
                    {hit.title}
                  </Anchor>
                </Group>
                <Snippet text={hit.snippet} />
              </Stack>
            </Card>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
