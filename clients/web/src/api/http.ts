import { AuthStore, SessionExpiredError } from "./auth";

/** A problem+json answer (RFC 9457) with the platform's stable `code`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors: Record<string, string[]> = {},
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(detail);
  }

  /** The first field error, or the detail: what a form shows. */
  get summary(): string {
    const first = Object.values(this.errors)[0]?.[0];
    return first ?? this.message;
  }
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  anonymous?: boolean;
}

/** REST through the gateway: bearer token, one silent refresh and retry on 401, problems as ApiError. */
export class Http {
  constructor(private readonly auth: AuthStore) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    return this.request<T>("POST", path, { body: body ?? {}, headers });
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("PUT", path, { body });
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("PATCH", path, { body });
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>("DELETE", path);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    let response = await this.send(method, path, options, options.anonymous ? null : await this.auth.freshToken());
    if (response.status === 401 && !options.anonymous) {
      response = await this.send(method, path, options, await this.auth.refresh());
      if (response.status === 401) {
        this.auth.signOut(true);
        throw new SessionExpiredError();
      }
    }
    return (await readBody(response)) as T;
  }

  /** GET with the bearer token, as bytes (attachments, which an <img> cannot fetch with a header). */
  async blob(path: string): Promise<Blob> {
    const response = await this.send("GET", path, {}, await this.auth.freshToken());
    if (!response.ok) await readBody(response);
    return response.blob();
  }

  /** Uploads one file as multipart/form-data with progress (fetch has no upload progress; XHR does). */
  async upload<T>(path: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
    const token = await this.auth.freshToken();
    const form = new FormData();
    form.append("file", file, file.name);
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", path);
      xhr.setRequestHeader("Authorization", `Bearer ${token}`);
      xhr.setRequestHeader("Idempotency-Key", crypto.randomUUID());
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onerror = () => reject(new ApiError(0, "network_error", "The upload was interrupted."));
      xhr.onload = () => {
        const body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
        if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
        else reject(toError(xhr.status, body, xhr.getResponseHeader("Retry-After")));
      };
      xhr.send(form);
    });
  }

  private async send(method: string, path: string, options: RequestOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await fetch(path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw new ApiError(0, "network_error", "The server cannot be reached. Check your connection.");
    }
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = response.status === 204 ? "" : await response.text();
  const body = text ? safeParse(text) : null;
  if (!response.ok) throw toError(response.status, body, response.headers.get("Retry-After"));
  return body;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const problem = (body ?? {}) as { code?: string; detail?: string; title?: string; errors?: Record<string, string[]> };
  return new ApiError(
    status,
    problem.code ?? `http_${status}`,
    problem.detail ?? problem.title ?? `The server answered ${status}.`,
    problem.errors ?? {},
    retryAfter ? Number(retryAfter) : null,
  );
}
