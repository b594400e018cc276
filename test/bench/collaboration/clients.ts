// The clients of the collaboration benchmarks: Hocuspocus providers connected like the web editor,
// peers of the baseline relay, and the Yjs edits they make.
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { gql, withClient, type BenchContext } from '../context.ts';
import { waitUntil } from './helpers.ts';

export async function ticket(base: string, token: string, documentId: string): Promise<{ token: string; access: string }> {
  const { collaborationTicket } = await gql<{ collaborationTicket: { token: string; access: string } }>(
    base,
    'mutation ($documentId: ID!) { collaborationTicket(documentId: $documentId) { token access } }',
    { documentId },
    token,
  );
  return collaborationTicket;
}

const editable = new WeakMap<BenchContext, Promise<string[]>>();

/** Documents of the generated forum the analyst may edit, in a stable order (C1 takes 24, C2 and C3 one each after those). */
export function editableDocuments(context: BenchContext): Promise<string[]> {
  let found = editable.get(context);
  if (!found) {
    found = (async () => {
      const { rows } = await withClient(context.url, (client) => client.query<{ id: string }>('SELECT id FROM document ORDER BY id'));
      const ids: string[] = [];
      for (const { id } of rows) {
        if ((await ticket(context.server.baseUrl, context.token, id)).access === 'EDIT') ids.push(id);
        if (ids.length === 26) return ids;
      }
      throw new Error(`only ${ids.length} documents the analyst may edit; 26 needed`);
    })();
    editable.set(context, found);
  }
  return found;
}

/** A client of a room: its Yjs document, and how to leave. */
export interface Peer {
  doc: Y.Doc;
  close(): void;
}

export interface Editor extends Peer {
  provider: HocuspocusProvider;
}

/**
 * A Hocuspocus provider connected to the server like the web editor: its own WebSocket, a
 * collaboration ticket asked for at every (re)connection (or the one given). Resolves once synced.
 */
export async function openEditor(context: BenchContext, documentId: string, token?: string): Promise<Editor> {
  const doc = new Y.Doc();
  let provider: HocuspocusProvider | undefined;
  const close = () => {
    provider?.destroy();
    doc.destroy();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const state = `socket ${provider?.configuration.websocketProvider.status}, authenticated ${provider?.isAuthenticated}`;
        reject(new Error(`document ${documentId}: not synced within 30 s (${state})`));
      }, 30_000);
      provider = new HocuspocusProvider({
        url: `${context.server.baseUrl.replace(/^http/, 'ws')}/collaboration`,
        name: `document:${documentId}`,
        document: doc,
        token: token ?? (async () => (await ticket(context.server.baseUrl, context.token, documentId)).token),
        // `ws` rather than Node's own WebSocket, as the API's tests do (the option is missing from the type).
        WebSocketPolyfill: WebSocket,
        onSynced: () => {
          clearTimeout(timer);
          resolve();
        },
        onAuthenticationFailed: ({ reason }) => {
          clearTimeout(timer);
          reject(new Error(`document ${documentId}: refused (${reason})`));
        },
      } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    });
  } catch (error) {
    close();
    throw error;
  }
  return { doc, provider: provider!, close };
}

/** Resolves once the server has acknowledged (and so stored) every change of this editor. */
export async function saved(editor: Editor, timeoutMs = 30_000): Promise<void> {
  await waitUntil(() => editor.provider.unsyncedChanges === 0, timeoutMs, 'the server to acknowledge every change');
}

/** A client of the baseline relay: a Y.Doc holding the same content, sending its updates' bytes over a plain WebSocket. */
export async function openRelayPeer(port: number, room: string, content: Uint8Array): Promise<Peer> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, content);
  const socket = new WebSocket(`ws://127.0.0.1:${port}/${room}`);
  socket.on('error', (error) => console.error(`relay client: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const relayed = Symbol('relay');
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== relayed) socket.send(update);
  });
  socket.on('message', (data: Buffer) => Y.applyUpdate(doc, data, relayed));
  return {
    doc,
    close() {
      socket.close();
      doc.destroy();
    },
  };
}

/** Appends an empty paragraph to a document (as the editor would); its text node. */
export function appendParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('default').push([paragraph]);
  return text;
}

/** The text node of a document's last paragraph. */
export function lastParagraphText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment('default');
  const paragraph = fragment.get(fragment.length - 1) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** The whole document as its XML, for comparing two copies. */
export const contentOf = (doc: Y.Doc) => doc.getXmlFragment('default').toString();
