import { html } from "lit-html";
import { ApiError } from "../api/http";
import type { Tokens } from "../api/types";
import { auth, http } from "../client";
import { invalidate, state } from "../state";

const form = { mode: "login" as "login" | "register", busy: false, error: "" };

async function submit(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  const email = String(data.get("email") ?? "");
  const password = String(data.get("password") ?? "");
  form.busy = true;
  form.error = "";
  invalidate();
  try {
    if (form.mode === "register") {
      await http.request("POST", "/api/v1/auth/register", {
        anonymous: true,
        body: { email, password, display_name: String(data.get("display_name") ?? "") },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      });
    }
    const tokens = await http.request<Tokens>("POST", "/api/v1/auth/login", { anonymous: true, body: { email, password } });
    state.expired = false;
    localStorage.setItem("chatplatform.email", email);
    auth.signIn(tokens);
  } catch (error) {
    form.error = error instanceof ApiError ? error.summary : String(error);
  } finally {
    form.busy = false;
    invalidate();
  }
}

function switchMode(mode: typeof form.mode): void {
  form.mode = mode;
  form.error = "";
  invalidate();
}

export function loginView() {
  const register = form.mode === "register";
  return html`
    <main class="login" id="main">
      <h1 class="brand">ChatPlatform</h1>
      ${state.expired
        ? html`<p class="notice" role="alert">Your sign-in has expired. Sign in again to continue where you left off.</p>`
        : null}
      <div class="tabs" role="tablist" aria-label="Sign in or create an account">
        <button role="tab" aria-selected=${!register} @click=${() => switchMode("login")}>Sign in</button>
        <button role="tab" aria-selected=${register} @click=${() => switchMode("register")}>Create account</button>
      </div>
      <form class="card" @submit=${submit} aria-describedby="login-error">
        ${register
          ? html`<label>Your name <input name="display_name" autocomplete="name" required maxlength="100"></label>`
          : null}
        <label>Email <input name="email" type="email" autocomplete="email" required .value=${localStorage.getItem("chatplatform.email") ?? ""}></label>
        <label>Password
          <input name="password" type="password" autocomplete=${register ? "new-password" : "current-password"} required minlength=${register ? 8 : 1}>
        </label>
        <p id="login-error" class="error" role="alert">${form.error}</p>
        <button class="primary" type="submit" ?disabled=${form.busy}>${register ? "Create account" : "Sign in"}</button>
      </form>
    </main>`;
}
