import type { Tokens, User } from "./types";

const storageKey = "chatplatform.auth";
/** Refresh this long before the access token expires, so a request never carries an expired one. */
const refreshMarginMs = 60_000;

interface StoredAuth {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  user: User;
}

export class SessionExpiredError extends Error {
  constructor() {
    super("Your sign-in has expired. Please sign in again.");
  }
}

/**
 * The signed-in user's tokens, kept in localStorage so a reload or a second tab stays signed in. Refresh tokens
 * rotate and a reused one revokes its family, so refreshes are serialized across tabs with a Web Lock and a tab
 * that waited re-reads storage instead of spending the same token twice.
 */
export class AuthStore {
  private current: StoredAuth | null = read();
  private inFlight: Promise<string> | null = null;
  private timer: number | undefined;
  onChange: (user: User | null, expired: boolean) => void = () => {};

  constructor() {
    window.addEventListener("storage", (event) => {
      if (event.key !== storageKey) return;
      const before = this.current;
      this.current = read();
      this.schedule();
      if (Boolean(before) !== Boolean(this.current)) this.onChange(this.current?.user ?? null, false);
    });
    this.schedule();
  }

  get user(): User | null {
    return this.current?.user ?? null;
  }

  get accessToken(): string | null {
    return this.current?.accessToken ?? null;
  }

  hasRole(role: string): boolean {
    return this.current?.user.roles.includes(role as User["roles"][number]) ?? false;
  }

  signIn(tokens: Tokens): void {
    this.store(tokens);
    this.onChange(tokens.user, false);
  }

  signOut(expired = false): void {
    this.current = null;
    localStorage.removeItem(storageKey);
    window.clearTimeout(this.timer);
    this.onChange(null, expired);
  }

  /** A token valid for at least a minute more: the current one, or a refreshed one. */
  async freshToken(): Promise<string> {
    if (!this.current) throw new SessionExpiredError();
    if (this.current.expiresAt - Date.now() > refreshMarginMs) return this.current.accessToken;
    return this.refresh();
  }

  /** Exchanges the refresh token once, whoever asks; a refusal signs out with "expired". */
  refresh(): Promise<string> {
    this.inFlight ??= this.refreshOnce().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async refreshOnce(): Promise<string> {
    const spent = this.current?.refreshToken;
    const run = async (): Promise<string> => {
      const latest = read();
      if (latest && latest.refreshToken !== spent) {
        // Another tab refreshed while this one waited for the lock.
        this.current = latest;
        this.schedule();
        return latest.accessToken;
      }
      if (!latest) throw new SessionExpiredError();
      const response = await fetch("/api/v1/auth/refresh", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ refresh_token: latest.refreshToken }),
      }).catch(() => null);
      if (response === null) throw new TypeError("The network is unreachable.");
      if (!response.ok) {
        if (response.status === 401 || response.status === 400) {
          this.signOut(true);
          throw new SessionExpiredError();
        }
        throw new TypeError(`Refreshing the sign-in failed (HTTP ${response.status}).`);
      }
      const tokens = (await response.json()) as Tokens;
      this.store(tokens);
      return tokens.access_token;
    };
    return navigator.locks ? navigator.locks.request("chatplatform.refresh", run) : run();
  }

  private store(tokens: Tokens): void {
    this.current = {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresAt: Date.now() + tokens.expires_in * 1000,
      user: tokens.user,
    };
    localStorage.setItem(storageKey, JSON.stringify(this.current));
    this.schedule();
  }

  /** Refreshes silently ahead of expiry while the page is open. */
  private schedule(): void {
    window.clearTimeout(this.timer);
    if (!this.current) return;
    const wait = Math.max(this.current.expiresAt - Date.now() - refreshMarginMs, 1_000);
    this.timer = window.setTimeout(() => this.refresh().catch(() => this.schedule()), wait);
  }
}

function read(): StoredAuth | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? "null") as StoredAuth | null;
    return value?.refreshToken ? value : null;
  } catch {
    return null;
  }
}
