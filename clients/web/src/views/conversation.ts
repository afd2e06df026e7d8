import { html, nothing } from "lit-html";
import type { Message, Session } from "../api/types";
import { discard, isVisibleEvent, loadOlder, retry } from "../chat";
import { http } from "../client";
import { dayLabel, sameDay } from "../format";
import { nameOf } from "../people";
import { conversation, invalidate, sortedMessages, state, toast, type PendingSend } from "../state";
import { avatar, statusLabel } from "./avatar";
import { composer } from "./composer";
import { messageView } from "./message";
import { sessionTitle } from "./sidebar";

function typingLine(sessionId: string) {
  const typing = [...conversation(sessionId).typing.keys()].map((id) => nameOf(id).split(" ")[0]);
  const text = typing.length === 0 ? "" : typing.length === 1 ? `${typing[0]} is typing…` : `${typing.join(", ")} are typing…`;
  return html`<p class="typing" aria-live="polite">${text}</p>`;
}

/** "Seen by" under the caller's newest message: who has read at least that far. */
function seenBy(sessionId: string, messages: Message[]) {
  const mine = [...messages].reverse().find((m) => m.user_id === state.user?.id && m.message_type !== "system");
  if (!mine) return nothing;
  const readers = [...conversation(sessionId).receipts]
    .filter(([userId, seq]) => userId !== state.user?.id && seq >= mine.seq)
    .map(([userId]) => nameOf(userId).split(" ")[0]);
  return readers.length ? html`<p class="seen" aria-label="Seen by ${readers.join(", ")}">Seen by ${readers.join(", ")}</p>` : nothing;
}

function pendingView(pending: PendingSend) {
  const offline = state.connection.state !== "online";
  return html`<li class="message mine pending" aria-label="Unsent message">
    <div class="bubble">
      <p class="content">${pending.content}${pending.attachments?.map((a) => html`<br>📎 ${a.file_name}`)}</p>
      ${pending.status === "failed"
        ? html`<p class="error">Not sent: ${pending.error}
            <button class="link" @click=${() => retry(pending.client_message_id)}>Retry</button>
            <button class="link" @click=${() => discard(pending.client_message_id)}>Discard</button></p>`
        : html`<p class="status">${offline ? "Waiting for the connection…" : "Sending…"}</p>`}
    </div>
  </li>`;
}

function header(session: Session) {
  const c = conversation(session.id);
  const others = (c.participants ?? session.participant_ids).filter((id) => id !== state.user?.id);
  const isAgent = state.user?.roles.some((r) => r === "agent" || r === "admin");
  const customer = session.kind === "support" && session.created_by === state.user?.id;
  const open = session.status !== "closed";
  const other = session.kind === "direct" ? others[0] : undefined;
  return html`<header class="conversation-header">
    <a class="back" href="#/" aria-label="Back to conversations">‹</a>
    <div class="title">
      <h2>${sessionTitle(session)}</h2>
      <p class="subtitle">
        ${session.kind === "support" ? html`<span class="status-pill ${session.status}">${session.status}</span>` : nothing}
        ${others.slice(0, 5).map((id) => html`<span class="member" title=${statusLabel(id)}>${avatar(id, { presence: true, size: "small" })}<span class="sr-only">${statusLabel(id)}</span></span>`)}
        ${others.length > 5 ? html`+${others.length - 5}` : nothing}
      </p>
    </div>
    <div class="header-actions">
      <button @click=${() => { state.dialog = { kind: "participants" }; invalidate(); }}>People</button>
      ${session.kind === "support" && isAgent && open && session.assigned_agent_id === state.user?.id
        ? html`<button @click=${() => { state.dialog = { kind: "transfer" }; invalidate(); }}>Transfer</button>`
        : nothing}
      ${open && (customer || (session.kind === "support" && isAgent))
        ? html`<button @click=${() => { state.dialog = { kind: "close" }; invalidate(); }}>${customer ? "End chat" : "Close"}</button>`
        : nothing}
      ${other ? html`<button @click=${() => block(other)}>Block</button>` : nothing}
    </div>
  </header>`;
}

async function block(userId: string): Promise<void> {
  if (!confirm(`Block ${nameOf(userId)}? They will not be able to message you here.`)) return;
  try {
    await http.post("/api/v1/chat/block", { user_id: userId });
    toast(`${nameOf(userId)} is blocked. Unblock them in Settings.`);
  } catch (error) {
    toast(String((error as Error).message), "error");
  }
}

export function conversationView(session: Session) {
  const c = conversation(session.id);
  const messages = sortedMessages(c).filter(isVisibleEvent);
  const byId = new Map(messages.map((m) => [m.id, m]));
  const pending = state.pending.filter((p) => p.chat_session_id === session.id);
  const rows = messages.map((message, i) => {
    const previous = messages[i - 1];
    const newDay = !previous || !sameDay(previous.timestamp, message.timestamp);
    const grouped = !newDay && previous.user_id === message.user_id && previous.message_type !== "system"
      && new Date(message.timestamp).getTime() - new Date(previous.timestamp).getTime() < 5 * 60_000;
    return html`${newDay ? html`<li class="day" role="separator"><span>${dayLabel(message.timestamp)}</span></li>` : nothing}${messageView(message, grouped, byId)}`;
  });
  return html`<section class="conversation" aria-label=${sessionTitle(session)}>
    ${header(session)}
    <ol class="messages" role="log" aria-label="Messages" aria-live="polite" aria-relevant="additions"
        @scroll=${(e: Event) => (e.target as HTMLElement).scrollTop < 40 && loadOlder(session.id)}>
      ${c.hasOlder && c.loaded
        ? html`<li class="older"><button class="link" @click=${() => loadOlder(session.id)} ?disabled=${c.loadingOlder}>
            ${c.loadingOlder ? "Loading…" : "Load older messages"}</button></li>`
        : nothing}
      ${!c.loaded ? html`<li class="system">Loading messages…</li>` : nothing}
      ${c.loaded && messages.length === 0 ? html`<li class="system">No messages yet. Say hello!</li>` : nothing}
      ${rows}
      ${pending.map(pendingView)}
    </ol>
    ${seenBy(session.id, messages)}
    ${typingLine(session.id)}
    ${session.status === "closed"
      ? html`<p class="closed-note" role="status">This conversation is closed.${session.feedback ? ` Rated ${session.feedback.rating}/5.` : ""}</p>`
      : composer(session)}
  </section>`;
}
