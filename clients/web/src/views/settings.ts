import { html, nothing } from "lit-html";
import { ApiError } from "../api/http";
import type { NotificationPreferences, Page } from "../api/types";
import { loadSessions } from "../chat";
import { http } from "../client";
import { nameOf } from "../people";
import { invalidate, state, toast } from "../state";
import { sessionTitle } from "./sidebar";

const settings = { prefs: null as NotificationPreferences | null, blocks: null as { user_id: string }[] | null, loading: false };

export function loadSettings(): void {
  settings.loading = true;
  Promise.all([
    http.get<NotificationPreferences>("/api/v1/chat/notification-preferences").then((p) => (settings.prefs = p)),
    http.get<Page<{ user_id: string }>>("/api/v1/chat/blocks?limit=200").then((p) => (settings.blocks = p.items)),
  ]).catch((error) => toast((error as Error).message, "error")).finally(() => { settings.loading = false; invalidate(); });
}

async function save(change: Partial<NotificationPreferences>): Promise<void> {
  try {
    settings.prefs = await http.put<NotificationPreferences>("/api/v1/chat/notification-preferences", { ...settings.prefs, ...change });
    toast("Notification preferences saved.");
    await loadSessions();
  } catch (error) {
    toast(error instanceof ApiError ? error.summary : String(error), "error");
  }
  invalidate();
}

async function unblock(userId: string): Promise<void> {
  try {
    await http.post("/api/v1/chat/unblock", { user_id: userId });
    settings.blocks = settings.blocks?.filter((b) => b.user_id !== userId) ?? null;
    toast(`${nameOf(userId)} is unblocked.`);
  } catch (error) {
    toast((error as Error).message, "error");
  }
  invalidate();
}

export function settingsView() {
  const prefs = settings.prefs;
  const muted = new Set(prefs?.muted_session_ids ?? []);
  return html`<section class="page" aria-labelledby="settings-title">
    <h2 id="settings-title">Settings</h2>
    ${!prefs ? html`<p>${settings.loading ? "Loading…" : "Could not load your preferences."}</p>` : html`
    <fieldset class="card">
      <legend>Notifications</legend>
      <label class="check"><input type="checkbox" .checked=${prefs.mentions_only}
        @change=${(e: Event) => save({ mentions_only: (e.target as HTMLInputElement).checked })}> Count only messages that mention me</label>
      <label class="check"><input type="checkbox" .checked=${prefs.notify_mentions_in_muted}
        @change=${(e: Event) => save({ notify_mentions_in_muted: (e.target as HTMLInputElement).checked })}> Count mentions in muted conversations</label>
      <h3>Muted conversations</h3>
      <ul class="plain">${[...state.sessions.values()].map((s) => html`<li><label class="check"><input type="checkbox" .checked=${muted.has(s.id)}
        @change=${(e: Event) => save({ muted_session_ids: (e.target as HTMLInputElement).checked ? [...muted, s.id] : [...muted].filter((id) => id !== s.id) })}>
        ${sessionTitle(s)}</label></li>`)}</ul>
    </fieldset>`}
    <section class="card" aria-labelledby="blocked-title">
      <h3 id="blocked-title">Blocked people</h3>
      ${settings.blocks?.length
        ? html`<ul class="people">${settings.blocks.map((b) => html`<li><span>${nameOf(b.user_id)}</span>
            <button class="link" @click=${() => unblock(b.user_id)}>Unblock</button></li>`)}</ul>`
        : html`<p class="hint">Nobody. Block someone from a direct conversation's header.</p>`}
    </section>
    ${nothing}
  </section>`;
}
