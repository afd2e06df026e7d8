import { html } from "lit-html";
import type { Session } from "../api/types";
import { sessionsByActivity } from "../chat";
import { clock } from "../format";
import { nameOf } from "../people";
import { activeSessionId, invalidate, state } from "../state";
import { avatar } from "./avatar";

/** What a session is called here: a direct chat by the other person's name, others by their title. */
export function sessionTitle(session: Session): string {
  if (session.kind === "direct") {
    const other = session.participant_ids.find((id) => id !== state.user?.id);
    if (other) return nameOf(other);
  }
  return session.title;
}

function preview(session: Session): string {
  const last = session.last_message;
  if (!last) return session.kind === "support" ? `Support · ${session.status}` : "No messages yet";
  if (last.deleted) return "Message deleted";
  if (last.message_type === "system") return "Update: " + (last.event ?? String(last.metadata?.event ?? "")).replaceAll("_", " ");
  const who = last.user_id === state.user?.id ? "You" : nameOf(last.user_id).split(" ")[0];
  const text = last.content || (last.attachments.length ? `📎 ${last.attachments[0].file_name}` : "");
  return `${who}: ${text}`;
}

function item(session: Session) {
  const active = activeSessionId() === session.id;
  const other = session.kind === "direct" ? session.participant_ids.find((id) => id !== state.user?.id) : undefined;
  const title = sessionTitle(session);
  const unread = session.unread_count > 0;
  const label = `${title}${unread ? `, ${session.unread_count} unread` : ""}${session.mention_count ? `, ${session.mention_count} mentions` : ""}`;
  return html`<li>
    <a class="session ${active ? "active" : ""} ${unread ? "unread" : ""}" href="#/c/${session.id}"
       aria-current=${active ? "page" : "false"} aria-label=${label}>
      ${other ? avatar(other, { presence: true }) : html`<span class="avatar kind" aria-hidden="true">${session.kind === "support" ? "?" : "#"}</span>`}
      <span class="session-text">
        <span class="session-title">${title}${session.status === "closed" ? html` <small>(closed)</small>` : null}</span>
        <span class="session-preview">${preview(session)}</span>
      </span>
      <span class="session-meta">
        ${session.last_message ? html`<time>${clock(session.last_message.timestamp)}</time>` : null}
        ${session.mention_count ? html`<span class="badge mention" title="Mentions">@${session.mention_count}</span>` : null}
        ${unread ? html`<span class="badge" title="Unread">${session.unread_count}</span>` : null}
      </span>
    </a>
  </li>`;
}

export function sidebar() {
  const sessions = sessionsByActivity();
  return html`<nav class="sidebar" aria-label="Conversations">
    <div class="sidebar-actions">
      <button class="primary" @click=${() => { state.dialog = { kind: "new-conversation", sessionKind: "direct" }; invalidate(); }}>New chat</button>
      <button @click=${() => { state.dialog = { kind: "rooms" }; invalidate(); }}>Rooms</button>
      <button @click=${() => { state.dialog = { kind: "new-conversation", sessionKind: "support" }; invalidate(); }}>Get help</button>
    </div>
    ${state.sessionsLoaded && sessions.length === 0
      ? html`<p class="empty">No conversations yet. Start one with <strong>New chat</strong>, join a room, or ask support for help.</p>`
      : null}
    <ul class="sessions" role="list">${sessions.map(item)}</ul>
  </nav>`;
}
