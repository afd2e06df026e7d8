import { html, nothing } from "lit-html";
import { ApiError } from "../api/http";
import type { Message, Page } from "../api/types";
import { http } from "../client";
import { clock, dayLabel } from "../format";
import { nameOf } from "../people";
import { invalidate, state } from "../state";
import { sessionTitle } from "./sidebar";

const search = { q: "", results: [] as Message[], message: "", busy: false };

async function run(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  search.q = String(new FormData(event.target as HTMLFormElement).get("q") ?? "").trim();
  if (!search.q) return;
  search.busy = true;
  invalidate();
  try {
    const page = await http.get<Page<Message>>(`/api/v1/chat/search?q=${encodeURIComponent(search.q)}&limit=50`);
    search.results = page.items;
    search.message = page.items.length ? "" : "No messages match.";
  } catch (error) {
    search.results = [];
    search.message = error instanceof ApiError ? error.summary : String(error);
  } finally {
    search.busy = false;
    invalidate();
  }
}

export function searchView() {
  return html`<section class="page" aria-labelledby="search-title">
    <h2 id="search-title">Search messages</h2>
    <form role="search" class="row" @submit=${run}>
      <label class="grow"><span class="sr-only">Search for</span><input type="search" name="q" .value=${search.q} placeholder="Words to find" required maxlength="256"></label>
      <button class="primary" type="submit" ?disabled=${search.busy}>Search</button>
    </form>
    ${search.message ? html`<p role="status">${search.message}</p>` : nothing}
    <ul class="results">${search.results.map((m) => {
      const session = state.sessions.get(m.chat_session_id);
      return html`<li><a href="#/c/${m.chat_session_id}">
        <strong>${nameOf(m.user_id)}</strong> in ${session ? sessionTitle(session) : "a conversation"} · ${dayLabel(m.timestamp)} ${clock(m.timestamp)}
        <p>${m.content}</p></a></li>`;
    })}</ul>
  </section>`;
}
