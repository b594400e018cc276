// C1–C3: the collaboration server (Hocuspocus on the API's `/collaboration`) under editors typing.
// Every client lives in this process (pinned to the load core), each with a WebSocket of its own as
// a browser tab has, so send and receive times are read from one clock.
// The scenarios live in `collaboration/`, one per file, over shared clients and server metrics.
export { c1 } from './collaboration/c1-propagation.ts';
export { c2 } from './collaboration/c2-editing-trace.ts';
export { c3 } from './collaboration/c3-stores.ts';
