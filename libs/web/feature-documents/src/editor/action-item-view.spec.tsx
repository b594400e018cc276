/** @jest-environment jsdom */
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from '@jest/globals';
import { messages } from '@ruta/shared-i18n';
import { buildDocumentExtensions } from '@ruta/shared-editor-schema';
import type { ActionItemBlockQuery as BlockData } from '@ruta/web-data-access';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { EditorContent, ReactNodeViewRenderer, useEditor } from '@tiptap/react';
import { MemoryRouter } from 'react-router';
import { ActionItemBlockChangedSubscription, ActionItemBlockQuery, UpdateActionItemStatusMutation } from '../operations.js';
import { renderInApp } from '../testing/render-in-app.js';
import { ActionItemView } from './action-item-view.js';

const itemId = '6f1c0a52-8d1e-4f57-9a3c-2b8e4d7f9a10';

type Item = BlockData['actionItem'];

/** What the reader may do with the item, as the API says: CONGOPE's analysts manage it, a technician does not. */
const analyst: Item['viewerCan'] = { manage: true };
const technician: Item['viewerCan'] = { manage: false };

/** The action item as the API gives it to the block (the block's own query, `ActionItemBlock`), for `viewerCan`'s reader. */
function actionItem(viewerCan: Item['viewerCan'], overrides: Partial<Pick<Item, 'status' | 'version'>> = {}): Item {
  return {
    id: itemId,
    title: 'Riego comunitario en Imbabura',
    status: 'AGREED',
    statusReason: null,
    progress: 40,
    version: 3,
    leadProvince: { code: '10', name: 'Imbabura' },
    viewerCan,
    commitments: [
      {
        id: '2d8b5b2a-9f6e-4d0a-83b4-5e6f7a8b9c01',
        status: 'ACCEPTED',
        kind: 'TECHNICAL_ASSISTANCE',
        organization: { id: '3e9c6c3b-a07f-4e1b-94c5-6f7a8b9c0d12', name: 'Agencia de Cooperación', shortName: 'ACOOP' },
      },
    ],
    ...overrides,
  };
}

const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** The block's live-change subscription: open, and silent for the length of a test. */
const noLiveChanges = (id: string): MockLink.MockedResponse => ({
  request: { query: ActionItemBlockChangedSubscription, variables: { ids: [id] } },
  delay: Infinity,
});
const itemQuery = (id: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: ActionItemBlockQuery, variables: { id } },
  result,
});

/** A document holding one action-item block (as HTML, the way a pasted or imported one arrives), with the web's live view. */
function DocumentWithBlock({ html }: { html: string }) {
  const editor = useEditor({
    extensions: buildDocumentExtensions({
      actionItem: (node) => node.extend({ addNodeView: () => ReactNodeViewRenderer(ActionItemView) }),
    }),
    content: html,
  });
  return <EditorContent editor={editor} />;
}

/** Renders the block, answering with `mocks`. Returns the operations the block asked for. */
function renderBlock(html: string, mocks: MockLink.MockedResponse[]) {
  const cache = new InMemoryCache();
  const asked: Array<string | undefined> = [];
  const recorder = new ApolloLink((operation, forward) => {
    asked.push(operation.operationName);
    return forward(operation);
  });
  renderInApp(
    <MockedProvider cache={cache} link={ApolloLink.from([recorder, new MockLink(mocks)])}>
      <MemoryRouter>
        <DocumentWithBlock html={html} />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { user: userEvent.setup(), asked };
}

const blockHtml = (id: string) => `<div data-action-item="" data-action-item-id="${id}"></div>`;

const visibleItem = (reader: Item['viewerCan']) => [itemQuery(itemId, { data: { actionItem: actionItem(reader) } }), noLiveChanges(itemId)];
const findCard = () => screen.findByRole('region', { name: 'Acción: Riego comunitario en Imbabura' });
const statusPicker = (card: HTMLElement) => within(card).queryByRole('combobox', { name: 'Cambiar el estado' });

describe('an action item inside a document', () => {
  it('shows the item the reader may see: its title linking to it, its status, progress and support', async () => {
    renderBlock(blockHtml(itemId), visibleItem(technician));

    const card = await findCard();
    expect(within(card).getByRole('link', { name: 'Riego comunitario en Imbabura' }).getAttribute('href')).toBe(`/hoja-de-ruta/${itemId}`);
    expect(within(card).getByText('Acordada')).toBeTruthy();
    expect(within(card).getByRole('progressbar', { name: 'Avance de «Riego comunitario en Imbabura»' }).getAttribute('aria-valuenow')).toBe(
      '40',
    );
    expect(within(card).getByText('Imbabura · ACOOP (Aceptado)')).toBeTruthy();
  });

  it.each([
    ['a malformed id', 'no-es-un-uuid', refusal('BAD_USER_INPUT', 'El identificador no es válido.')],
    ['an item the reader may not see', itemId, refusal('NOT_FOUND', 'No se encontró la acción.')],
  ])('says the action is unavailable for %s', async (_case, id, answer) => {
    renderBlock(blockHtml(id), [itemQuery(id, answer), noLiveChanges(id)]);

    const card = await screen.findByRole('region', { name: 'Acción no disponible' });
    await within(card).findByText('Acción no disponible');
    expect(within(card).queryByRole('link')).toBeNull();
    expect(statusPicker(card)).toBeNull();
  });

  it('asks for nothing when the block holds no id, and names itself unavailable', async () => {
    const { asked } = renderBlock('<div data-action-item=""></div>', []);

    const card = await screen.findByRole('region', { name: 'Acción no disponible' });
    expect(within(card).queryByRole('link')).toBeNull();
    expect(statusPicker(card)).toBeNull();
    expect(asked).toEqual([]);
  });

  it('offers analysts the statuses the item can move to, leaving out those that need a reason', async () => {
    const { user } = renderBlock(blockHtml(itemId), visibleItem(analyst));

    const card = await findCard();
    await user.click(statusPicker(card)!);
    // AGREED may go on to IN_PROGRESS, BLOCKED or CANCELLED; the last two need a reason, given on the item's page.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['En ejecución']);
  });

  it('offers no status change to one the API does not let manage the item', async () => {
    const { asked } = renderBlock(blockHtml(itemId), visibleItem(technician));

    const card = await findCard();
    expect(statusPicker(card)).toBeNull();
    expect(asked).toEqual(['ActionItemBlock', 'ActionItemBlockChanged']);
  });

  it('offers analysts no status change once the item is done', async () => {
    renderBlock(blockHtml(itemId), [
      itemQuery(itemId, { data: { actionItem: actionItem(analyst, { status: 'DONE' }) } }),
      noLiveChanges(itemId),
    ]);

    const card = await findCard();
    expect(within(card).getByText('Cumplida')).toBeTruthy();
    expect(statusPicker(card)).toBeNull();
  });

  it('moves the item on the version shown; refused as stale, it says why and shows the current state', async () => {
    const conflict = messages.es.errors.versionConflict;
    const { user, asked } = renderBlock(blockHtml(itemId), [
      ...visibleItem(analyst),
      {
        request: { query: UpdateActionItemStatusMutation, variables: { id: itemId, input: { expectedVersion: 3, status: 'IN_PROGRESS' } } },
        result: refusal('VERSION_CONFLICT', conflict),
      },
      itemQuery(itemId, { data: { actionItem: actionItem(analyst, { status: 'BLOCKED', version: 4 }) } }),
    ]);

    const card = await findCard();
    await user.click(statusPicker(card)!);
    await user.click(screen.getByRole('option', { name: 'En ejecución' }));

    expect((await within(card).findByRole('alert')).textContent).toBe(conflict);
    await waitFor(() => expect(within(card).getByText('Bloqueada')).toBeTruthy());
    expect(asked).toEqual(['ActionItemBlock', 'ActionItemBlockChanged', 'UpdateActionItemStatus', 'ActionItemBlock']);
  });
});
