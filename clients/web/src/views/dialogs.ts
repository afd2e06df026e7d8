import { html, nothing, type TemplateResult } from "lit-html";
import { ApiError } from "../api/http";
import type { Page, Room, Session } from "../api/types";
import { loadParticipants, loadSessions, upsertSession } from "../chat";
import { http } from "../client";
import { nameOf } from "../people";
import { activeSessionId, conversation, invalidate, state, toast } from "../state";
import { avatar, statusLabel } from "./avatar";
import { PeoplePicker } from "./picker";

const picker = new PeoplePicker();
const agentPicker = new PeoplePicker(true);
const ui = { error: "", busy: false, rooms: null as Room[] | null, rating: 0 };

export function openDialog(dialog: NonNullable<typeof state.dialog>): void {
  state.dialog = dialog;
  invalidate();
}

export function closeDialog(): void {
  state.dialog = null;
  picker.reset();
  agentPicker.reset();
  Object.assign(ui, { error: "", busy: false, rating: 0, rooms: null });
  invalidate();
  queueMicrotask(() => document.querySelector<HTMLElement>("#composer-text, .sidebar-actions button")?.focus());
}

function frame(title: string, body: TemplateResult) {
  return html`<div class="backdrop" @click=${(e: Event) => e.target === e.currentTarget && closeDialog()}>
    <div class="dialog card" role="dialog" aria-modal="true" aria-labelledby="dialog-title"
         @keydown=${(e: KeyboardEvent) => e.key === "Escape" && closeDialog()}>
      <h2 id="dialog-title">${title}</h2>
      ${body}
      ${ui.error ? html`<p class="error" role="alert">${ui.error}</p>` : nothing}
    </div>
  </div>`;
}

async function run(action: () => Promise<void>): Promise<void> {
  ui.busy = true;
  ui.error = "";
  invalidate();
  try {
    await action();
  } catch (error) {
    ui.error = error instanceof ApiError ? error.summary : String(error);
  } finally {
    ui.busy = false;
    invalidate();
  }
}

function go(session: Session): void {
  upsertSession(session);
  closeDialog();
  location.hash = `#/c/${session.id}`;
}

function newConversation(kind: "direct" | "group" | "support") {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const chosen = kind === "support" ? [] : picker.selected;
    if (kind !== "support" && chosen.length === 0) {
      ui.error = "Pick at least one person.";
      invalidate();
      return;
    }
    const sessionKind = kind === "support" ? "support" : chosen.length > 1 ? "group" : "direct";
    const title = String(data.get("title") ?? "").trim()
      || (kind === "support" ? "Support request" : [state.user!.display_name, ...chosen.map((u) => u.display_name)].join(", "));
    void run(async () => {
      go(await http.post<Session>("/api/v1/chat/sessions",
        { title, kind: sessionKind, participant_ids: chosen.map((u) => u.id) }, { "Idempotency-Key": crypto.randomUUID() }));
    });
  };
  return frame(kind === "support" ? "Contact support" : "New conversation", html`<form @submit=${submit}>
    ${kind === "support"
      ? html`<p>Tell us briefly what you need; the next available agent will join the chat.</p>
             <label>Subject <input name="title" required maxlength="200" autofocus placeholder="e.g. My order never arrived"></label>`
      : html`${picker.view("Add people")}
             <label>Title (for a group, optional) <input name="title" maxlength="200"></label>`}
    <div class="dialog-actions">
      <button type="button" @click=${closeDialog}>Cancel</button>
      <button class="primary" type="submit" ?disabled=${ui.busy}>${kind === "support" ? "Start chat" : "Start"}</button>
    </div>
  </form>`);
}

function participants() {
  const sessionId = activeSessionId()!;
  const session = state.sessions.get(sessionId);
  const ids = conversation(sessionId).participants ?? session?.participant_ids ?? [];
  const mayRemove = (id: string) => id === state.user?.id || session?.created_by === state.user?.id || state.user?.roles.includes("admin");
  const canAdd = session && session.kind !== "direct" && session.status !== "closed";
  const add = () => run(async () => {
    for (const user of picker.selected) {
      await http.post(`/api/v1/chat/sessions/${sessionId}/participants`, { user_id: user.id }, { "Idempotency-Key": crypto.randomUUID() });
    }
    picker.reset();
    await loadParticipants(sessionId);
  });
  const remove = (id: string) => run(async () => {
    await http.delete(`/api/v1/chat/sessions/${sessionId}/participants/${id}`);
    if (id === state.user?.id) {
      closeDialog();
      location.hash = "#/";
      await loadSessions();
    } else {
      await loadParticipants(sessionId);
    }
  });
  return frame("People", html`
    <ul class="people">${ids.map((id) => html`<li>${avatar(id, { presence: true })} <span>${nameOf(id)}${id === state.user?.id ? " (you)" : ""}
        <span class="sr-only">${statusLabel(id)}</span></span>
      ${mayRemove(id) ? html`<button class="link" @click=${() => remove(id)}>${id === state.user?.id ? "Leave" : "Remove"}</button>` : nothing}</li>`)}</ul>
    ${canAdd ? html`${picker.view("Add people")}
      <button class="primary" @click=${add} ?disabled=${ui.busy || picker.selected.length === 0}>Add</button>` : nothing}
    <div class="dialog-actions"><button @click=${closeDialog}>Done</button></div>`);
}

function rooms() {
  if (ui.rooms === null) {
    ui.rooms = [];
    ui.busy = true;
    http.get<Page<Room>>("/api/v1/chat/rooms?limit=200").then((page) => (ui.rooms = page.items), () => {}).finally(() => { ui.busy = false; invalidate(); });
  }
  const rooms = ui.rooms;
  const join = (room: Room) => run(async () => go(await http.post<Session>(`/api/v1/chat/rooms/${room.id}/join`)));
  const create = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    void run(async () => {
      const room = await http.post<Room>("/api/v1/chat/rooms",
        { name: data.get("name"), description: data.get("description") || null, is_private: data.get("private") === "on" },
        { "Idempotency-Key": crypto.randomUUID() });
      go(await http.post<Session>(`/api/v1/chat/rooms/${room.id}/join`));
    });
  };
  return frame("Rooms", html`
    <ul class="rooms">${rooms.map((room) => html`<li><span><strong>#${room.name}</strong>${room.is_private ? " 🔒" : ""}
      <small>${room.description ?? ""}</small></span><button @click=${() => join(room)}>Join</button></li>`)}</ul>
    ${rooms.length === 0 ? html`<p class="hint">${ui.busy ? "Loading rooms…" : "No rooms yet."}</p>` : nothing}
    <form @submit=${create} class="inline-form">
      <h3>Create a room</h3>
      <label>Name <input name="name" required maxlength="100"></label>
      <label>Description <input name="description" maxlength="500"></label>
      <label class="check"><input type="checkbox" name="private"> Private</label>
      <button class="primary" type="submit" ?disabled=${ui.busy}>Create and join</button>
    </form>
    <div class="dialog-actions"><button @click=${closeDialog}>Close</button></div>`);
}

function close() {
  const sessionId = activeSessionId()!;
  const session = state.sessions.get(sessionId);
  const customer = session?.created_by === state.user?.id && session?.kind === "support";
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const comment = String(new FormData(event.target as HTMLFormElement).get("comment") ?? "").trim();
    const feedback = customer && ui.rating ? { rating: ui.rating, comment: comment || null } : undefined;
    void run(async () => {
      upsertSession(await http.post<Session>(`/api/v1/chat/sessions/${sessionId}/close`, feedback ? { feedback } : {}));
      toast(feedback ? "Thanks for your feedback!" : "The conversation is closed.");
      closeDialog();
    });
  };
  return frame(customer ? "End the chat" : "Close the conversation", html`<form @submit=${submit}>
    ${customer ? html`<fieldset class="rating"><legend>How did we do?</legend>
        ${[1, 2, 3, 4, 5].map((n) => html`<label class="star ${n <= ui.rating ? "on" : ""}">
          <input type="radio" name="rating" value=${n} .checked=${ui.rating === n} @change=${() => { ui.rating = n; invalidate(); }}>
          <span aria-hidden="true">★</span><span class="sr-only">${n} of 5</span></label>`)}
      </fieldset>
      <label>Comment (optional) <textarea name="comment" maxlength="2000" rows="3"></textarea></label>`
      : html`<p>Nobody can send messages after this; the history stays readable.</p>`}
    <div class="dialog-actions">
      <button type="button" @click=${closeDialog}>Cancel</button>
      <button class="primary" type="submit" ?disabled=${ui.busy}>${customer ? "End chat" : "Close"}</button>
    </div>
  </form>`);
}

function transfer() {
  const sessionId = activeSessionId()!;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const agent = agentPicker.selected[0];
    if (!agent) return;
    void run(async () => {
      upsertSession(await http.post<Session>(`/api/v1/chat/sessions/${sessionId}/transfer`, { agent_id: agent.id }));
      toast(`Transferred to ${agent.display_name}.`);
      closeDialog();
      location.hash = "#/agent";
    });
  };
  return frame("Transfer to another agent", html`<form @submit=${submit}>
    ${agentPicker.view("Agent")}
    <div class="dialog-actions">
      <button type="button" @click=${closeDialog}>Cancel</button>
      <button class="primary" type="submit" ?disabled=${ui.busy || agentPicker.selected.length === 0}>Transfer</button>
    </div>
  </form>`);
}

function report(messageId: string) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get("reason") ?? "");
    void run(async () => {
      await http.post("/api/v1/chat/reports", { message_id: messageId, reason }, { "Idempotency-Key": crypto.randomUUID() });
      toast("Thanks, the message was reported to the moderators.");
      closeDialog();
    });
  };
  return frame("Report this message", html`<form @submit=${submit}>
    <label>Why? <textarea name="reason" required maxlength="1000" rows="3"></textarea></label>
    <div class="dialog-actions">
      <button type="button" @click=${closeDialog}>Cancel</button>
      <button class="primary" type="submit" ?disabled=${ui.busy}>Report</button>
    </div>
  </form>`);
}

export function dialogView() {
  const dialog = state.dialog;
  switch (dialog?.kind) {
    case "new-conversation": return newConversation(dialog.sessionKind);
    case "participants": return participants();
    case "rooms": return rooms();
    case "close": return close();
    case "transfer": return transfer();
    case "report": return report(dialog.message.id);
    default: return nothing;
  }
}
