import { html, nothing } from "lit-html";
import { ApiError } from "../api/http";
import type { CannedResponse, Page, Session } from "../api/types";
import { upsertSession } from "../chat";
import { http } from "../client";
import { duration } from "../format";
import { nameOf } from "../people";
import { invalidate, state, toast } from "../state";
import { forgetCannedResponses } from "./composer";
import { sessionTitle } from "./sidebar";

const agent = { queue: [] as (Session & { fetchedAt: number })[], loaded: false, canned: [] as CannedResponse[], error: "" };
let poll: number | undefined;

async function refreshQueue(): Promise<void> {
  try {
    const page = await http.get<Page<Session>>("/api/v1/chat/support/queue?limit=200");
    const now = Date.now();
    agent.queue = page.items.map((s) => ({ ...s, fetchedAt: now }));
    agent.loaded = true;
    agent.error = "";
  } catch (error) {
    agent.error = error instanceof ApiError ? error.summary : String(error);
  }
  invalidate();
}

async function refreshCanned(): Promise<void> {
  try {
    agent.canned = (await http.get<Page<CannedResponse>>("/api/v1/chat/canned-responses?limit=200")).items;
    forgetCannedResponses();
  } catch (error) {
    agent.error = error instanceof ApiError ? error.summary : String(error);
  }
  invalidate();
}

/** The queue refreshes every 3 s while the console is open; wait times tick every second in between. */
export function startAgentConsole(): void {
  void refreshQueue();
  void refreshCanned();
  window.clearInterval(poll);
  let tick = 0;
  poll = window.setInterval(() => {
    if (state.route.view !== "agent") return window.clearInterval(poll);
    if (++tick % 3 === 0) void refreshQueue();
    invalidate();
  }, 1_000);
}

async function accept(session: Session): Promise<void> {
  try {
    upsertSession(await http.post<Session>(`/api/v1/chat/sessions/${session.id}/accept`));
    location.hash = `#/c/${session.id}`;
  } catch (error) {
    if (error instanceof ApiError && error.code === "already_assigned") {
      toast(`Another agent has just taken “${session.title}”. No problem — pick the next one.`);
    } else {
      toast(error instanceof ApiError ? error.summary : String(error), "error");
    }
  } finally {
    await refreshQueue();
  }
}

async function saveCanned(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const formElement = event.target as HTMLFormElement;
  const data = new FormData(formElement);
  try {
    await http.post("/api/v1/chat/canned-responses", {
      title: data.get("title"), shortcut: String(data.get("shortcut") ?? "").replace(/^\//, ""),
      content: data.get("content"), shared: data.get("shared") === "on",
    }, { "Idempotency-Key": crypto.randomUUID() });
    formElement.reset();
    toast("Canned response saved.");
    await refreshCanned();
  } catch (error) {
    toast(error instanceof ApiError ? error.summary : String(error), "error");
  }
}

async function deleteCanned(response: CannedResponse): Promise<void> {
  try {
    await http.delete(`/api/v1/chat/canned-responses/${response.id}`);
    await refreshCanned();
  } catch (error) {
    toast(error instanceof ApiError ? error.summary : String(error), "error");
  }
}

export function agentView() {
  const mine = [...state.sessions.values()].filter((s) => s.kind === "support" && s.assigned_agent_id === state.user?.id && s.status !== "closed");
  return html`<section class="page" aria-labelledby="agent-title">
    <h2 id="agent-title">Support queue</h2>
    ${agent.error ? html`<p class="error" role="alert">${agent.error}</p>` : nothing}
    <div class="card">
      <table class="queue">
        <caption class="sr-only">Customers waiting, longest first</caption>
        <thead><tr><th scope="col">Customer</th><th scope="col">Subject</th><th scope="col">Waiting</th><th scope="col"><span class="sr-only">Action</span></th></tr></thead>
        <tbody>${agent.queue.map((s) => html`<tr>
          <td>${nameOf(s.created_by)}</td><td>${s.title}</td>
          <td><time>${duration((s.wait_seconds ?? 0) + (Date.now() - s.fetchedAt) / 1000)}</time></td>
          <td><button class="primary" @click=${() => accept(s)} aria-label="Accept ${s.title} from ${nameOf(s.created_by)}">Accept</button></td>
        </tr>`)}</tbody>
      </table>
      ${agent.loaded && agent.queue.length === 0 ? html`<p class="hint">Nobody is waiting. 🎉</p>` : nothing}
    </div>
    <h3>My open chats</h3>
    <ul class="plain">${mine.map((s) => html`<li><a href="#/c/${s.id}">${sessionTitle(s)}</a> — ${nameOf(s.created_by)}
      ${s.unread_count ? html`<span class="badge">${s.unread_count}</span>` : nothing}</li>`)}</ul>
    ${mine.length === 0 ? html`<p class="hint">None right now.</p>` : nothing}
    <h3>Canned responses</h3>
    <p class="hint">Type <kbd>/</kbd> and the shortcut in a support chat; <code>{{customer_name}}</code> and <code>{{agent_name}}</code> are filled in.</p>
    <ul class="canned">${agent.canned.map((r) => html`<li><strong>/${r.shortcut}</strong> ${r.title}${r.shared ? " (shared)" : ""}
      <p>${r.content}</p>${r.owner_id === state.user?.id ? html`<button class="link" @click=${() => deleteCanned(r)}>Delete</button>` : nothing}</li>`)}</ul>
    <form class="card inline-form" @submit=${saveCanned}>
      <h4>New canned response</h4>
      <label>Title <input name="title" required maxlength="100"></label>
      <label>Shortcut <input name="shortcut" required maxlength="32" pattern="/?[A-Za-z0-9_\\-]+"></label>
      <label>Text <textarea name="content" required maxlength="4000" rows="3"></textarea></label>
      <label class="check"><input type="checkbox" name="shared"> Shared with all agents</label>
      <button class="primary" type="submit">Save</button>
    </form>
  </section>`;
}
