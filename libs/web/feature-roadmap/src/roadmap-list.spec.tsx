/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from '@jest/globals';
import { defaultLocale, messages } from '@ruta/shared-i18n';
import { currentSessionQuery, noAbilities, type SessionUser, type ViewerAbilities } from '@ruta/web-data-access';
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import type { DocumentNode } from 'graphql';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { ActionItemListQuery, RoadmapReferenceQuery, SavedViewsQuery } from './operations/action-item-list.js';
import { RoadmapList } from './roadmap-list.js';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { [defaultLocale]: { translation: messages[defaultLocale] } },
  lng: defaultLocale,
  interpolation: { escapeValue: false },
});

const person: SessionUser = {
  id: '1c7a4a1f-8e5d-4c9f-b2a3-4d5e6f7a8b90',
  email: 'persona@ruta.ec',
  displayName: 'Paula Persona',
  // The list never looks at the role: what it offers follows the abilities alone.
  role: 'TECHNICIAN',
  province: { code: '10', name: 'Imbabura' },
  organization: null,
  abilities: null,
};

/** The list's own queries, left unanswered: the controls above the list do not wait for them. */
const pending = (query: DocumentNode): MockLink.MockedResponse => ({ request: { query, variables: () => true }, delay: Infinity });

/** The hoja de ruta's list for a signed-in person who may do what `abilities` says (their session in Apollo's cache). */
function renderList(abilities: Partial<ViewerAbilities>) {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: currentSessionQuery,
    data: { me: { ...person, abilities: { ...noAbilities, signedIn: true, ...abilities } } },
  });
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <MockedProvider
          cache={cache}
          link={new MockLink([pending(RoadmapReferenceQuery), pending(ActionItemListQuery), pending(SavedViewsQuery)])}
        >
          <MemoryRouter initialEntries={['/hoja-de-ruta']}>
            <RoadmapList />
          </MemoryRouter>
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

const propose = () => screen.queryByRole('link', { name: 'Proponer acción' });
const importCsv = () => screen.queryByRole('button', { name: 'Importar CSV' });

describe('the hoja de ruta’s list', () => {
  it('offers to propose an action to one who may propose, leading to the proposal page', () => {
    renderList({ proposeActionItems: true, proposalProvinceCode: '10' });

    expect(propose()?.getAttribute('href')).toBe('/hoja-de-ruta/nueva');
    expect(importCsv()).toBeNull();
  });

  it('offers neither proposing nor importing to one who may do neither', () => {
    renderList({ proposeActionItems: false, importRoadmap: false });

    expect(screen.getByRole('heading', { level: 2, name: 'Hoja de ruta' })).toBeTruthy();
    expect(propose()).toBeNull();
    expect(importCsv()).toBeNull();
  });

  it('offers importing from a spreadsheet to one who may import', () => {
    renderList({ proposeActionItems: true, importRoadmap: true, manageRoadmap: true });

    expect(propose()).not.toBeNull();
    expect(importCsv()).not.toBeNull();
  });
});
