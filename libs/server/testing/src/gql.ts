/** A GraphQL response as a client sees it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
}

export interface GqlOptions {
  variables?: Record<string, unknown>;
  token?: string;
  language?: 'es' | 'en';
  headers?: Record<string, string>;
}

/** Sends one GraphQL operation over HTTP, as any external client would. */
export async function gql<T = Record<string, unknown>>(baseUrl: string, query: string, options: GqlOptions = {}): Promise<GqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.language && { 'accept-language': options.language }),
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
