import { useMutation } from '@apollo/client/react';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { reopenOnServerClose } from '@ruta/shared-collaboration';
import { collaborationDocumentName, type DocumentAccess } from '@ruta/shared-domain';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { CollaborationTicketMutation } from '../operations.js';

export type SaveState = 'saving' | 'saved' | 'offline' | 'readOnly';

export interface Collaboration {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  access: DocumentAccess;
  saveState: SaveState;
  /** Whether the server has sent the document (or the browser's copy was loaded). */
  ready: boolean;
  /** The people in the document now (from the provider's awareness). */
  present: Array<{ clientId: number; name: string; color: string }>;
}

/** The collaboration WebSocket of this very server (`ws(s)://host/collaboration`). */
export function collaborationUrl(path = '/collaboration'): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${path}`;
}

/**
 * Opens a document for collaboration: a Yjs document kept in the browser (IndexedDB, so edits
 * made offline survive a reload and merge on reconnect) and synced through Hocuspocus with a
 * short-lived token asked for at every (re)connection. Reports an honest save state: "saved" only
 * when the server has acknowledged (and so stored) every change.
 */
export function useCollaboration(documentId: string, initialAccess: DocumentAccess): Collaboration | null {
  const [issueTicket] = useMutation(CollaborationTicketMutation);
  const [state, setState] = useState<Collaboration | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`ruta:document:${documentId}`, doc);
    let access = initialAccess;
    let status: 'connected' | 'connecting' | 'disconnected' = 'connecting';
    let synced = false;
    const provider = new HocuspocusProvider({
      url: collaborationUrl(),
      name: collaborationDocumentName(documentId),
      document: doc,
      token: async () => {
        const { data } = await issueTicket({ variables: { documentId } });
        if (!data) throw new Error('no collaboration ticket');
        access = data.collaborationTicket.access;
        return data.collaborationTicket.token;
      },
    });
    const publish = () => {
      const present = [...provider.awareness!.getStates().entries()]
        .map(([clientId, value]) => ({ clientId, user: (value as { user?: { name?: string; color?: string } }).user }))
        .filter((entry) => entry.user?.name)
        .map((entry) => ({ clientId: entry.clientId, name: entry.user!.name!, color: entry.user!.color ?? '#1c7ed6' }));
      const saveState: SaveState =
        access !== 'EDIT' ? 'readOnly' : status !== 'connected' ? 'offline' : provider.hasUnsyncedChanges || !synced ? 'saving' : 'saved';
      setState({ doc, provider, access, saveState, ready: synced || local.synced, present });
    };
    provider.on('status', ({ status: next }: { status: typeof status }) => {
      status = next;
      publish();
    });
    provider.on('synced', () => {
      synced = true;
      publish();
    });
    provider.on('unsyncedChanges', publish);
    const stopReopening = reopenOnServerClose(provider);
    provider.on('authenticated', publish);
    provider.awareness?.on('change', publish);
    local.on('synced', publish);
    publish();
    return () => {
      stopReopening();
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setState(null);
    };
  }, [documentId, initialAccess, issueTicket]);

  return state;
}
