import { Box, Group, Stack, Text } from '@mantine/core';
import { useId, useState, type FocusEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { galapagosInset, mapViewBox, provinceShapes } from './province-shapes.js';

/** Shades of the theme's primary blue, lightest first: about evenly apart in lightness, and all clearly darker than zero's grey. */
const stepFills = [2, 3, 5, 7, 9].map((shade) => `var(--mantine-primary-color-${shade})`);
const zeroFill = 'var(--mantine-color-gray-2)';

/** Attribution the boundaries' licence (ODbL) requires wherever the map is shown. */
const defaultCredit = 'Límites provinciales: © colaboradores de OpenStreetMap (ODbL), vía geoBoundaries (Runfola et al., 2020)';

const galapagos = provinceShapes.find((shape) => shape.code === '20');

interface ProvinceMapProps {
  /** Counts (whole numbers) by INEC province code; a province left out counts as 0. */
  values: ReadonlyMap<string, number>;
  /** Top of the colour scale, e.g. to keep colours steady while filtering; the largest value by default. */
  maxValue?: number;
  /** The value as text, e.g. "3 acciones": names the province's link and its tooltip. */
  formatValue: (code: string, value: number) => string;
  /** Where a province links to, e.g. the list filtered by it. */
  hrefFor: (code: string) => string;
  /** Accessible name of the map. */
  title: string;
  /** Heading of the colour legend. */
  legendLabel: string;
  /** The boundaries' attribution, for a translation; the Spanish wording of the data's sources by default. */
  creditText?: string;
}

/**
 * Upper bounds of five equal steps of whole numbers from 1 to `top`. Below 5, each step is a single
 * number, so that no step is empty.
 */
const stepBounds = (top: number) => [1, 2, 3, 4, 5].map((step) => Math.ceil((step * Math.max(top, 5)) / 5));

/** A choropleth of the 24 provinces, each a link; Galápagos is drawn in an inset. */
export function ProvinceMap({ values, maxValue, formatValue, hrefFor, title, legendLabel, creditText = defaultCredit }: ProvinceMapProps) {
  const navigate = useNavigate();
  const legendId = useId();
  const [focused, setFocused] = useState<string | null>(null);
  const largest = Math.max(0, ...values.values());
  const bounds = stepBounds(maxValue ?? largest);
  const fillOf = (value: number) => {
    if (value <= 0) return zeroFill;
    const step = bounds.findIndex((bound) => value <= bound);
    return stepFills[step === -1 ? stepFills.length - 1 : step];
  };
  const legend = bounds.map((upper, step) => {
    const lower = step === 0 ? 1 : bounds[step - 1] + 1;
    const open = step === bounds.length - 1 && largest > upper;
    return { fill: stepFills[step], label: open ? `${lower}+` : lower === upper ? `${lower}` : `${lower}–${upper}` };
  });

  // A real link, so it can open in a new tab, that otherwise navigates without reloading the app.
  const follow = (event: MouseEvent<Element>, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };
  // Neighbours drawn later would hide part of a focused outline, so the outline is drawn last, on top.
  const focus = (event: FocusEvent<Element>, code: string) => setFocused(event.currentTarget.matches(':focus-visible') ? code : null);
  const focusedShape = provinceShapes.find((shape) => shape.code === focused);

  return (
    <Stack gap="xs">
      <svg viewBox={mapViewBox} role="group" aria-label={title} style={{ display: 'block', width: '100%', height: 'auto' }}>
        <g aria-hidden="true">
          <rect {...galapagosInset} fill="none" stroke="var(--mantine-color-gray-5)" strokeWidth={1} vectorEffect="non-scaling-stroke" />
          <text x={galapagosInset.x + 12} y={galapagosInset.y + 29} fontSize={28} fill="var(--mantine-color-dimmed)">
            {galapagos?.name}
          </text>
        </g>
        {provinceShapes.map(({ code, name, d }) => {
          const value = values.get(code) ?? 0;
          const label = `${name}: ${formatValue(code, value)}`;
          const href = hrefFor(code);
          return (
            <a
              key={code}
              href={href}
              aria-label={label}
              onClick={(event) => follow(event, href)}
              onFocus={(event) => focus(event, code)}
              onBlur={() => setFocused(null)}
              style={{ outline: 'none' }}
            >
              <title>{label}</title>
              {/* The islands alone would be a tiny target: the whole inset belongs to the link. */}
              {code === galapagos?.code && <rect {...galapagosInset} fill="transparent" />}
              <path
                d={d}
                fill={fillOf(value)}
                stroke="var(--mantine-color-white)"
                strokeWidth={0.8}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
              />
            </a>
          );
        })}
        {focusedShape && (
          <g aria-hidden="true" fill="none" strokeLinejoin="round" pointerEvents="none">
            <path d={focusedShape.d} stroke="var(--mantine-color-white)" strokeWidth={5} vectorEffect="non-scaling-stroke" />
            <path d={focusedShape.d} stroke="var(--mantine-color-black)" strokeWidth={2.5} vectorEffect="non-scaling-stroke" />
          </g>
        )}
      </svg>
      <Text id={legendId} size="sm" fw={500}>
        {legendLabel}
      </Text>
      <Group component="ul" aria-labelledby={legendId} gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {[{ fill: zeroFill, label: '0' }, ...legend].map(({ fill, label }) => (
          <Group key={label} component="li" gap={6} wrap="nowrap">
            <Box w={16} h={16} style={{ background: fill, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 2 }} />
            <Text size="sm">{label}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {creditText}
      </Text>
    </Stack>
  );
}
