/** Where the collaboration WebSocket is mounted on the API's HTTP server. */
export const COLLABORATION_PATH = '/collaboration';
