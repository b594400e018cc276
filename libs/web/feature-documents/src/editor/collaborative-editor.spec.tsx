/** @jest-environment jsdom */
import { MockedProvider } from '@apollo/client/testing/react';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { DocumentAccess } from '@ruta/shared-domain';
import { DOCUMENT_FRAGMENT, documentSchema } from '@ruta/shared-editor-schema';
import { noAbilities, type SessionUser } from '@ruta/web-data-access';
import { screen } from '@testing-library/react';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { renderInApp } from '../testing/render-in-app.js';
import { CollaborativeEditor } from './collaborative-editor.js';
import type { Collaboration } from './use-collaboration.js';

const reader: SessionUser = {
  id: '5d0c1f4e-2b7a-4c1e-9f3a-6a8b2c4d6e80',
  email: 'lectora@congope.gob.ec',
  displayName: 'Lucía Andrade',
  role: 'TECHNICIAN',
  province: { code: '10', name: 'Imbabura' },
  organization: null,
  abilities: { ...noAbilities, signedIn: true, contribute: true, proposeActionItems: true, proposalProvinceCode: '10' },
};

const opened: Array<HocuspocusProvider | HocuspocusProviderWebsocket> = [];
afterEach(() => opened.splice(0).forEach((provider) => provider.destroy()));

/**
 * A document open with the given access, as useCollaboration hands it over once the server has
 * sent it. The provider is never attached to a socket: nothing here goes over the network.
 */
function openDocument(access: DocumentAccess): Collaboration {
  const doc = prosemirrorJSONToYDoc(
    documentSchema,
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Acta del conversatorio' }] }] },
    DOCUMENT_FRAGMENT,
  );
  const websocketProvider = new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1/collaboration', autoConnect: false });
  const provider = new HocuspocusProvider({ websocketProvider, name: 'document:acta', document: doc });
  opened.push(provider, websocketProvider);
  return { doc, provider, access, saveState: access === 'EDIT' ? 'saved' : 'readOnly', ready: true, present: [] };
}

function renderEditor(access: DocumentAccess) {
  renderInApp(
    <MockedProvider>
      <CollaborativeEditor
        collaboration={openDocument(access)}
        user={reader}
        label="Acta"
        toolbarExtra={() => <button type="button">Exportar</button>}
      />
    </MockedProvider>,
  );
  return screen.getByRole('textbox', { name: 'Acta' });
}

describe('the collaborative editor, by access', () => {
  it('gives an editor the formatting toolbar and an editable document', () => {
    const document = renderEditor('EDIT');
    expect(document.textContent).toBe('Acta del conversatorio');
    expect(document.getAttribute('contenteditable')).toBe('true');
    expect(screen.getByRole('toolbar', { name: 'Formato' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Negrita' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Guardado');
  });

  it('shows a reader the document without the toolbar, keeping the tools that do not edit', () => {
    const document = renderEditor('READ');
    expect(document.textContent).toBe('Acta del conversatorio');
    expect(document.getAttribute('contenteditable')).toBe('false');
    expect(screen.queryByRole('toolbar')).toBeNull();
    for (const name of ['Deshacer', 'Negrita', 'Título 1', 'Viñetas', 'Enlace', 'Insertar tabla']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.getByRole('button', { name: 'Exportar' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Solo lectura');
  });
});
