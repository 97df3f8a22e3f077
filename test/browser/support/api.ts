import { baseUrl, DEMO_PASSWORD } from './browser';

/** Runs one GraphQL operation with a bearer token, as an API client would; GraphQL errors throw. */
export async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** A session token of a demo user. */
export async function apiLogin(email: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  return data.login.token;
}

/** A word no demo article contains: letters only, so search treats it as one ordinary word. */
export function distinctiveWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'qu';
  for (let i = 0; i < 9; i++) word += letters[Math.floor(Math.random() * letters.length)];
  // A typo test swaps the last two letters, which must therefore differ (one run in twenty typed the word itself).
  return word.at(-1) === word.at(-2) ? word.slice(0, -1) + letters[(letters.indexOf(word.at(-1)!) + 1) % letters.length] : word;
}
