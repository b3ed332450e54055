// The address of the connection a request came in on, for the rate limit. Route handlers do not see the
// socket, so the Node server stamps every request with it (server-guard.ts) under this header, replacing
// whatever a client sent under the same name.
export const PEER_ADDRESS_HEADER = "x-liftplan-peer";

export function peerAddress(request: Request): string | null {
  return request.headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
}
