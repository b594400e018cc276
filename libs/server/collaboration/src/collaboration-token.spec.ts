import { signCollaborationToken, verifyCollaborationToken } from './collaboration-token.js';

const claims = { sessionId: 'session-1', documentId: 'document-1', expiresAt: 2_000 };

describe('collaboration tokens', () => {
  it('carry their claims until they expire', () => {
    const token = signCollaborationToken('secret', claims);
    expect(verifyCollaborationToken('secret', token, 1_000)).toEqual(claims);
    expect(verifyCollaborationToken('secret', token, 2_001)).toBeNull();
  });

  it('are refused when signed with another secret or altered', () => {
    const token = signCollaborationToken('secret', claims);
    expect(verifyCollaborationToken('other', token, 1_000)).toBeNull();
    const [payload, signed] = token.split('.');
    const forged = Buffer.from(JSON.stringify(['session-1', 'document-2', 2_000])).toString('base64url');
    expect(verifyCollaborationToken('secret', `${forged}.${signed}`, 1_000)).toBeNull();
    expect(verifyCollaborationToken('secret', `${payload}.${signed}x`, 1_000)).toBeNull();
    expect(verifyCollaborationToken('secret', 'not-a-token', 1_000)).toBeNull();
  });
});
