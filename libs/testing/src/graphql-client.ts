import request from 'supertest';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; reason?: string; fields?: { field: string; reason: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Sends GraphQL requests the way a client does (POST, JSON), returning data and errors. */
export class GraphQLClient {
  constructor(private readonly baseUrl: string) {}

  async raw(body: unknown, options: RequestOptions = {}): Promise<GraphQLResponse> {
    let req = request(this.baseUrl).post('/graphql').set('content-type', 'application/json');
    if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
    if (options.cookie) req = req.set('cookie', options.cookie);
    for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
    const res = await req.send(typeof body === 'string' ? body : JSON.stringify(body));
    const json = (res.body ?? {}) as { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] };
    return { status: res.status, data: json.data, errors: json.errors, headers: res.headers };
  }

  async query<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    return (await this.raw({ query, variables }, options)) as GraphQLResponse<T>;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    const res = await this.query<T>(query, variables, options);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res)}`);
    return res.data;
  }

  /** Runs an operation that must fail and returns its first error. */
  async fails(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLErrorShape> {
    const res = await this.query(query, variables, options);
    if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0];
  }
}
