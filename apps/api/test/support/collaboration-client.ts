import { HocuspocusProvider } from '@hocuspocus/provider';
import { reopenOnServerClose } from '@ruta/shared-collaboration';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestApp } from './test-app.js';

export interface CollaborationClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Resolves when the provider has synced with the server (or rejects when refused). */
  synced: Promise<void>;
  /** Appends a paragraph with this text, as the editor would. */
  write(text: string): void;
  /** Resolves when the server has acknowledged every change (stored, for this server). */
  saved(timeoutMs?: number): Promise<void>;
  /** The document's text, one line per paragraph. */
  text(): string;
  close(): void;
}

/** A ticket for a document, as the web app asks for one. */
export async function ticketFor(
  api: Pick<TestApp, 'gql'>,
  token: string,
  documentId: string,
): Promise<{ token: string; documentName: string; access: string }> {
  const { data, errors } = await api.gql<{ collaborationTicket: { token: string; documentName: string; access: string } }>(
    'mutation ($documentId: ID!) { collaborationTicket(documentId: $documentId) { token documentName access } }',
    { token, variables: { documentId } },
  );
  if (!data) throw new Error(`no ticket: ${JSON.stringify(errors)}`);
  return data.collaborationTicket;
}

/** A Hocuspocus provider in Node, connected to the API's `/collaboration` like the web editor. */
export function connect(baseUrl: string, documentName: string, token: string): CollaborationClient {
  const doc = new Y.Doc();
  let settle: { resolve: () => void; reject: (error: Error) => void };
  const synced = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const provider = new HocuspocusProvider({
    url: `${baseUrl.replace(/^http/, 'ws')}/collaboration`,
    name: documentName,
    document: doc,
    token,
    WebSocketPolyfill: WebSocket,
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(`refused: ${reason}`)),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  // As the web app does: a document the server closes over an open socket is reopened.
  const stopReopening = reopenOnServerClose(provider);
  const fragment = doc.getXmlFragment('default');
  return {
    provider,
    doc,
    synced,
    write(text) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      fragment.push([paragraph]);
    },
    async saved(timeoutMs = 10_000) {
      if (!provider.hasUnsyncedChanges) return;
      await new Promise<void>((resolve, reject) => {
        const onChange = () => {
          if (provider.hasUnsyncedChanges) return;
          clearTimeout(timer);
          provider.off('unsyncedChanges', onChange);
          resolve();
        };
        const timer = setTimeout(() => {
          provider.off('unsyncedChanges', onChange);
          reject(new Error(`not saved: ${provider.unsyncedChanges} change(s) pending`));
        }, timeoutMs);
        provider.on('unsyncedChanges', onChange);
      });
    },
    text: () => paragraphsOf(doc).join('\n'),
    close() {
      stopReopening();
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The text of each paragraph of a document's fragment. */
export function paragraphsOf(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('default')
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
            .join('')
        : '',
    );
}

/** Waits until a condition holds. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
