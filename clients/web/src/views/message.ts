import { html, nothing } from "lit-html";
import type { Attachment, Message } from "../api/types";
import { download, isImage, previewUrl } from "../attachments";
import { deleteMessage, reportError, toggleReaction } from "../chat";
import { bytes, clock } from "../format";
import { nameOf } from "../people";
import { invalidate, state } from "../state";
import { avatar } from "./avatar";

export const quickReactions = ["👍", "❤️", "😂", "🎉", "😮", "🙏"];

function attachmentView(attachment: Attachment) {
  const url = isImage(attachment) ? previewUrl(attachment) : null;
  return html`<figure class="attachment">
    ${isImage(attachment)
      ? url
        ? html`<img src=${url} alt=${attachment.file_name} loading="lazy">`
        : html`<div class="image-placeholder" aria-hidden="true"></div>`
      : null}
    <figcaption>
      <button class="link" @click=${() => download(attachment).catch(reportError)}
              aria-label="Download ${attachment.file_name}, ${bytes(attachment.size)}">⬇ ${attachment.file_name}</button>
      <small>${bytes(attachment.size)}</small>
    </figcaption>
  </figure>`;
}

/** Content with @mentions of the caller highlighted. */
function contentView(message: Message) {
  const parts = message.content.split(/(@[\p{L}\p{N}._@-]+)/u);
  const me = state.user ? state.user.display_name.replace(/\s+/g, "").toLowerCase() : "";
  return parts.map((part) => part.startsWith("@")
    ? html`<span class="mention ${part.slice(1).toLowerCase() === me ? "me" : ""}">${part}</span>`
    : part);
}

function replyQuote(message: Message, byId: Map<string, Message>) {
  if (!message.reply_to_id) return nothing;
  const target = byId.get(message.reply_to_id);
  return html`<a class="reply-quote" href="#m-${message.reply_to_id}">
    ${target ? html`<strong>${nameOf(target.user_id)}</strong> ${target.deleted ? "Message deleted" : target.content.slice(0, 120)}` : "Earlier message"}
  </a>`;
}

function reactionsView(message: Message) {
  const entries = Object.entries(message.reactions ?? {}).filter(([, n]) => n > 0);
  if (entries.length === 0) return nothing;
  return html`<div class="reactions" role="group" aria-label="Reactions">
    ${entries.map(([emoji, count]) => html`<button class="chip" @click=${() => toggleReaction(message, emoji)}
      aria-label="${emoji} ${count}, toggle your reaction">${emoji} ${count}</button>`)}
  </div>`;
}

function actions(message: Message, mine: boolean) {
  const act = (fn: () => void) => () => { fn(); invalidate(); };
  return html`<div class="message-actions" role="toolbar" aria-label="Message actions">
    <button @click=${act(() => { state.replyTo = message; state.editing = null; focusComposer(); })}>Reply</button>
    <details class="react-menu"><summary aria-label="Add a reaction">☺+</summary>
      <div>${quickReactions.map((emoji) => html`<button @click=${(e: Event) => { (e.target as HTMLElement).closest("details")!.open = false; void toggleReaction(message, emoji); }}
        aria-label="React with ${emoji}">${emoji}</button>`)}</div>
    </details>
    ${mine && message.message_type !== "system"
      ? html`<button @click=${act(() => { state.editing = message; state.replyTo = null; focusComposer(message.content); })}>Edit</button>`
      : nothing}
    ${mine || state.user?.roles.includes("admin")
      ? html`<button @click=${() => confirm("Delete this message for everyone?") && deleteMessage(message)}>Delete</button>`
      : nothing}
    ${!mine ? html`<button @click=${act(() => (state.dialog = { kind: "report", message }))}>Report</button>` : nothing}
  </div>`;
}

export function focusComposer(text?: string): void {
  queueMicrotask(() => {
    const box = document.querySelector<HTMLTextAreaElement>("#composer-text");
    if (!box) return;
    if (text !== undefined) box.value = text;
    box.focus();
  });
}

function systemText(message: Message): string {
  const event = message.event ?? String(message.metadata?.event ?? "");
  const who = nameOf(message.user_id);
  switch (event) {
    case "participant_joined": return `${nameOf(String(message.metadata?.user_id ?? message.user_id))} joined`;
    case "participant_left": return `${nameOf(String(message.metadata?.user_id ?? message.user_id))} left`;
    case "session_closed": return "The conversation was closed";
    case "session_assigned": return `${nameOf(String(message.metadata?.agent_id ?? message.user_id))} accepted the chat`;
    case "session_transferred": return `Transferred to ${nameOf(String(message.metadata?.to_agent_id ?? ""))} by ${who}`;
    default: return message.content || event.replaceAll("_", " ");
  }
}

export function messageView(message: Message, grouped: boolean, byId: Map<string, Message>) {
  if (message.message_type === "system") {
    return html`<li class="system" id="m-${message.id}">${systemText(message)} · <time>${clock(message.timestamp)}</time></li>`;
  }
  const mine = message.user_id === state.user?.id;
  const mentioned = state.user ? message.mentions.includes(state.user.id) : false;
  return html`<li id="m-${message.id}" class="message ${mine ? "mine" : ""} ${grouped ? "grouped" : ""} ${mentioned ? "mentioned" : ""}"
      tabindex="0" aria-label="${nameOf(message.user_id)} at ${clock(message.timestamp)}">
    ${grouped ? html`<span class="avatar-gap"></span>` : avatar(message.user_id)}
    <div class="bubble">
      ${grouped ? nothing : html`<div class="byline"><strong>${nameOf(message.user_id)}</strong> <time datetime=${message.timestamp}>${clock(message.timestamp)}</time></div>`}
      ${replyQuote(message, byId)}
      ${message.deleted
        ? html`<p class="deleted">Message deleted</p>`
        : html`<p class="content">${contentView(message)}${message.edited_at ? html` <small class="edited">(edited)</small>` : nothing}</p>
               ${message.attachments.map(attachmentView)}`}
      ${reactionsView(message)}
    </div>
    ${message.deleted ? nothing : actions(message, mine)}
  </li>`;
}
