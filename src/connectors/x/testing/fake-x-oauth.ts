/**
 * The fake's OAuth 2.0 server: an authorize endpoint that approves at once (redirecting with
 * code and state), a token endpoint that checks PKCE (S256) and client authentication, access
 * tokens that expire after two hours, and refresh tokens that rotate on every use.
 * https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code
 */
import { createHash, randomBytes } from 'node:crypto';

export interface FakeClient {
  clientId: string;
  clientSecret: string | null;
}

interface Grant {
  userId: string;
  clientId: string;
  scopes: string[];
}

export const ACCESS_TOKEN_SECONDS = 7200;

export type TokenAnswer = { status: number; body: Record<string, unknown> };

const invalidToken: TokenAnswer = { status: 400, body: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' } };

export class FakeOAuth {
  private readonly codes = new Map<string, Grant & { redirectUri: string; challenge: string }>();
  private readonly accessTokens = new Map<string, Grant & { expiresAt: number }>();
  private readonly refreshTokens = new Map<string, Grant>();
  /** Whom the authorize endpoint signs in, as if that person had approved the app. */
  approvingUserId: string | null = null;

  constructor(
    private readonly clients: FakeClient[],
    private readonly now: () => Date,
  ) {}

  /** GET /i/oauth2/authorize: the redirect X sends after the person approves. */
  authorize(query: URLSearchParams): { status: number; location?: string; body?: string } {
    const client = this.clients.find((candidate) => candidate.clientId === query.get('client_id'));
    const redirectUri = query.get('redirect_uri');
    const challenge = query.get('code_challenge');
    if (!client || !redirectUri || query.get('response_type') !== 'code' || !challenge || query.get('code_challenge_method') !== 'S256' || !this.approvingUserId) {
      return { status: 400, body: 'Something went wrong. You weren’t able to give access to the App.' };
    }
    const code = randomBytes(16).toString('base64url');
    this.codes.set(code, { userId: this.approvingUserId, clientId: client.clientId, scopes: (query.get('scope') ?? '').split(' '), redirectUri, challenge });
    const location = new URL(redirectUri);
    location.searchParams.set('state', query.get('state') ?? '');
    location.searchParams.set('code', code);
    return { status: 302, location: location.toString() };
  }

  private clientOf(authorization: string | undefined, form: URLSearchParams): FakeClient | undefined {
    if (authorization?.startsWith('Basic ')) {
      const [id, secret] = Buffer.from(authorization.slice(6), 'base64').toString().split(':');
      return this.clients.find((client) => client.clientId === id && client.clientSecret !== null && client.clientSecret === secret);
    }
    // Public clients name themselves in the form and have no secret.
    return this.clients.find((client) => client.clientId === form.get('client_id') && client.clientSecret === null);
  }

  private issue(grant: Grant): TokenAnswer {
    const accessToken = randomBytes(24).toString('base64url');
    this.accessTokens.set(accessToken, { ...grant, expiresAt: this.now().getTime() + ACCESS_TOKEN_SECONDS * 1000 });
    const body: Record<string, unknown> = { token_type: 'bearer', expires_in: ACCESS_TOKEN_SECONDS, access_token: accessToken, scope: grant.scopes.join(' ') };
    if (grant.scopes.includes('offline.access')) {
      const refreshToken = randomBytes(24).toString('base64url');
      this.refreshTokens.set(refreshToken, grant);
      body.refresh_token = refreshToken;
    }
    return { status: 200, body };
  }

  /** POST /2/oauth2/token */
  token(authorization: string | undefined, form: URLSearchParams): TokenAnswer {
    const client = this.clientOf(authorization, form);
    if (!client) return { status: 401, body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } };
    if (form.get('grant_type') === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      if (!code || code.clientId !== client.clientId || code.redirectUri !== form.get('redirect_uri')) return invalidToken;
      if (createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return invalidToken;
      this.codes.delete(form.get('code') ?? '');
      return this.issue(code);
    }
    if (form.get('grant_type') === 'refresh_token') {
      const presented = form.get('refresh_token') ?? '';
      const grant = this.refreshTokens.get(presented);
      if (!grant || grant.clientId !== client.clientId) return invalidToken;
      // Rotation: the used refresh token dies with the new pair's birth.
      this.refreshTokens.delete(presented);
      return this.issue(grant);
    }
    return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'Grant type is not supported.' } };
  }

  /** The grant behind a bearer token, or null when it is unknown or expired. */
  grantOf(authorization: string | undefined): (Grant & { expiresAt: number }) | null {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    const grant = this.accessTokens.get(token);
    return grant && grant.expiresAt > this.now().getTime() ? grant : null;
  }

  /** Revokes everything issued for a user, as when they remove the app in their settings. */
  revokeUser(userId: string): void {
    for (const map of [this.accessTokens, this.refreshTokens]) for (const [token, grant] of map) if (grant.userId === userId) map.delete(token);
  }
}
