import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Progress, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useAbilities } from '@ruta/web-data-access';
import { QueryState, useLocalized } from '@ruta/web-ui';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProvinceMap } from './map/index.js';
import { DashboardQuery } from './operations/dashboard.js';
import { actionItemStatuses, roadmapHref } from './roadmap-filters.js';
import { statusColors } from './status-badge.js';

/**
 * Roadmap dashboards: the map of Ecuador by number of items or average progress, and bars by
 * theme, status and partner. Every figure links to the list it counts.
 */
export function RoadmapDashboard() {
  const { t } = useTranslation();
  const { offerCommitments } = useAbilities();
  const [metric, setMetric] = useState<'items' | 'progress'>('items');
  const localize = useLocalized();
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { fetchPolicy: 'cache-and-network' });
  const dashboard = data?.roadmapDashboard;
  const englishNames = new Map((data?.themes ?? []).map((theme) => [theme.id, theme.english.name]));
  const byProvince = dashboard?.byProvince ?? [];
  const values = new Map(byProvince.map((figure) => [figure.provinceCode, metric === 'items' ? figure.items : figure.averageProgress]));
  const maxTheme = Math.max(1, ...(dashboard?.byTheme ?? []).map((figure) => figure.items));
  const maxStatus = Math.max(1, ...(dashboard?.byStatus ?? []).map((figure) => figure.items));
  const maxPartner = Math.max(1, ...(dashboard?.byPartner ?? []).map((figure) => figure.commitments));
  const maxSupport = Math.max(1, ...(dashboard?.bySupport ?? []).map((figure) => figure.count));

  return (
    <Stack gap="md">
      <Title order={2}>{t('dashboard.title')}</Title>
      <Text size="sm" c="dimmed">
        {offerCommitments ? t('dashboard.introPartner') : t('dashboard.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {dashboard && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3 }}>
              <Figure label={t('dashboard.items')} value={String(dashboard.totalItems)} href="/hoja-de-ruta" />
              <Figure label={t('dashboard.averageProgress')} value={`${dashboard.averageProgress} %`} href="/hoja-de-ruta?orden=PROGRESS" />
              <Figure
                label={t('dashboard.commitments')}
                value={String(dashboard.byPartner.reduce((sum, figure) => sum + figure.commitments, 0))}
                href="/compromisos"
              />
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="map-title">
              <Group justify="space-between" mb="sm" gap="xs">
                <Title order={3} id="map-title">
                  {t('dashboard.byProvince')}
                </Title>
                <SegmentedControl
                  aria-label={t('dashboard.colourBy')}
                  value={metric}
                  onChange={(value) => setMetric(value as 'items' | 'progress')}
                  data={[
                    { value: 'items', label: t('dashboard.metricItemsShort') },
                    { value: 'progress', label: t('dashboard.metricProgressShort') },
                  ]}
                />
              </Group>
              <ProvinceMap
                values={values}
                maxValue={metric === 'progress' ? 100 : undefined}
                formatValue={(_code, value) =>
                  metric === 'items' ? t('dashboard.provinceItems', { count: value }) : t('dashboard.provinceProgress', { value })
                }
                hrefFor={(code) => roadmapHref({ provincia: code })}
                title={metric === 'items' ? t('dashboard.mapItems') : t('dashboard.mapProgress')}
                legendLabel={metric === 'items' ? t('dashboard.metricItems') : t('dashboard.metricProgress')}
                creditText={t('dashboard.mapCredit')}
              />
            </Card>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Bars title={t('dashboard.byTheme')}>
                {dashboard.byTheme.map((figure) => {
                  const name = localize(figure.themeName, englishNames.get(figure.themeId));
                  return (
                    <Bar
                      key={figure.themeId}
                      label={name.value}
                      lang={name.lang}
                      value={figure.items}
                      max={maxTheme}
                      detail={t('dashboard.itemsAndProgress', { count: figure.items, progress: figure.averageProgress })}
                      href={roadmapHref({ eje: figure.themeId })}
                    />
                  );
                })}
              </Bars>
              <Bars title={t('dashboard.byStatus')}>
                {actionItemStatuses.map((status) => {
                  const items = dashboard.byStatus.find((figure) => figure.status === status)?.items ?? 0;
                  return (
                    <Bar
                      key={status}
                      label={t(`actionItemStatus.${status}`)}
                      value={items}
                      max={maxStatus}
                      color={statusColors[status]}
                      detail={t('roadmap.count', { count: items })}
                      href={roadmapHref({ estado: status })}
                    />
                  );
                })}
              </Bars>
              <Bars title={t('dashboard.byPartner')}>
                {dashboard.byPartner.length === 0 && <Text c="dimmed">{t('dashboard.noPartners')}</Text>}
                {dashboard.byPartner.map((figure) => (
                  <Bar
                    key={figure.organizationId}
                    label={figure.shortName ?? figure.organizationName}
                    value={figure.commitments}
                    max={maxPartner}
                    detail={figure.byStatus.map((entry) => `${t(`commitmentStatus.${entry.status}`)}: ${entry.count}`).join(' · ')}
                    href={roadmapHref({ organizacion: figure.organizationId })}
                  />
                ))}
              </Bars>
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="support-title">
              <Title order={3} id="support-title" mb="sm">
                {t('dashboard.bySupport')}
              </Title>
              {dashboard.bySupport.length === 0 && <Text c="dimmed">{t('dashboard.noSupport')}</Text>}
              <Stack gap={6}>
                {dashboard.bySupport.map((figure) => (
                  <Bar
                    key={`${figure.kind}-${figure.status}`}
                    label={t(`commitmentKind.${figure.kind}`)}
                    value={figure.count}
                    max={maxSupport}
                    detail={t('dashboard.supportDetail', { status: t(`commitmentStatus.${figure.status}`), count: figure.count })}
                  />
                ))}
              </Stack>
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Figure({ label, value, href }: { label: string; value: string; href: string }) {
  return (
    <Card withBorder padding="sm">
      <Anchor component={Link} to={href} underline="hover" c="inherit">
        <Text size="xl" fw={800}>
          {value}
        </Text>
        <Text size="sm">{label}</Text>
      </Anchor>
    </Card>
  );
}

function Bars({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/** One bar of a chart: a link to the list it counts, with its figure written out. */
function Bar({
  label,
  lang,
  value,
  max,
  detail,
  href,
  color,
}: {
  label: string;
  /** The label's language where it differs from the page's (a theme shown in Spanish). */
  lang?: string;
  value: number;
  max: number;
  detail: string;
  /** Where the figure leads (the filtered list); a figure without one is shown, not linked. */
  href?: string;
  color?: string;
}) {
  const content = (
    <>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} truncate lang={lang}>
          {label}
        </Text>
        {/* The detail below writes the figure out for screen readers. */}
        <Text size="sm" aria-hidden>
          {value}
        </Text>
      </Group>
      <Progress value={(value / max) * 100} color={color} aria-hidden />
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </>
  );
  return href ? (
    <Anchor component={Link} to={href} underline="never" c="inherit">
      {content}
    </Anchor>
  ) : (
    <div>{content}</div>
  );
}
