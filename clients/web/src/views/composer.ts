import { html, nothing } from "lit-html";
import type { ApiError } from "../api/http";
import type { Attachment, CannedResponse, Page, Session } from "../api/types";
import { editMessage, send, setTyping } from "../chat";
import { http } from "../client";
import { bytes } from "../format";
import { nameOf } from "../people";
import { conversation, invalidate, state, toast } from "../state";

const paperclip = html`<svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
  stroke-linecap="round" stroke-linejoin="round"><path d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"/></svg>`;

interface Suggestion {
  label: string;
  detail: string;
  insert: string;
  mentionId?: string;
}

/** The autocomplete under the text box: @mentions of participants, or /shortcuts of canned responses (agents). */
const popup = { items: [] as Suggestion[], index: 0, token: "" };
const mentionIds = new Map<string, string>();
let canned: { sessionId: string; items: CannedResponse[] } | null = null;

const isAgent = () => state.user?.roles.some((r) => r === "agent" || r === "admin") ?? false;

async function cannedFor(sessionId: string): Promise<CannedResponse[]> {
  if (canned?.sessionId !== sessionId) {
    canned = { sessionId, items: [] };
    try {
      canned.items = (await http.get<Page<CannedResponse>>(`/api/v1/chat/canned-responses?session_id=${sessionId}&limit=200`)).items;
    } catch {
      canned.items = [];
    }
  }
  return canned.items;
}

export function forgetCannedResponses(): void {
  canned = null;
}

async function suggest(box: HTMLTextAreaElement, session: Session): Promise<void> {
  const before = box.value.slice(0, box.selectionStart);
  const mention = /(^|\s)@([\p{L}\p{N}._-]*)$/u.exec(before);
  const shortcut = /^\/([\w-]*)$/.exec(before);
  if (mention) {
    const typed = mention[2].toLowerCase();
    const ids = (conversation(session.id).participants ?? session.participant_ids).filter((id) => id !== state.user?.id);
    popup.token = "@" + mention[2];
    popup.items = ids
      .map((id) => ({ id, name: nameOf(id) }))
      .filter((p) => p.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(typed)) || p.name.replace(/\s+/g, "").toLowerCase().startsWith(typed))
      .slice(0, 8)
      .map((p) => ({ label: p.name, detail: "", insert: "@" + p.name.replace(/\s+/g, "") + " ", mentionId: p.id }));
  } else if (shortcut && isAgent()) {
    const typed = shortcut[1].toLowerCase();
    popup.token = "/" + shortcut[1];
    popup.items = (await cannedFor(session.id))
      .filter((r) => r.shortcut.toLowerCase().replace(/^\//, "").startsWith(typed))
      .slice(0, 8)
      .map((r) => ({ label: `/${r.shortcut.replace(/^\//, "")}`, detail: r.title, insert: r.rendered_content ?? r.content }));
  } else {
    popup.items = [];
  }
  popup.index = 0;
  invalidate();
}

function accept(box: HTMLTextAreaElement, suggestion: Suggestion): void {
  const start = box.selectionStart - popup.token.length;
  box.value = box.value.slice(0, start) + suggestion.insert + box.value.slice(box.selectionStart);
  const caret = start + suggestion.insert.length;
  box.setSelectionRange(caret, caret);
  if (suggestion.mentionId) mentionIds.set(suggestion.insert.trim(), suggestion.mentionId);
  popup.items = [];
  box.focus();
  invalidate();
}

/** Sends what is in the box; a message with uploads still running waits for them, then goes. */
async function submit(box: HTMLTextAreaElement, session: Session): Promise<void> {
  const content = box.value.trim();
  const editing = state.editing;
  const replyTo = state.replyTo;
  const uploads = state.uploads;
  if (!content && uploads.length === 0) return;
  const mentions = [...mentionIds].filter(([token]) => content.includes(token)).map(([, id]) => id);
  box.value = "";
  state.draft.delete(session.id);
  state.editing = null;
  state.replyTo = null;
  mentionIds.clear();
  invalidate();
  if (editing) {
    await editMessage(editing, content);
    return;
  }
  const running = uploads.filter((u) => !u.attachment && !u.error);
  if (running.length) {
    toast("Sending as soon as the upload finishes…");
    await Promise.all(running.map((u) => u.done));
  }
  const attachments = uploads.flatMap((u) => (u.attachment ? [u.attachment] : [])) as Attachment[];
  state.uploads = state.uploads.filter((u) => !uploads.includes(u));
  if (!content && attachments.length === 0) return;
  send({
    chat_session_id: session.id,
    message_type: attachments.length === 0 ? "text" : attachments.every((a) => a.content_type.startsWith("image/")) ? "image" : "file",
    content,
    reply_to_id: replyTo?.id,
    attachment_ids: attachments.map((a) => a.id),
    attachments,
    metadata: mentions.length ? { mentions } : undefined,
  });
}

function onKeyDown(event: KeyboardEvent, session: Session): void {
  const box = event.target as HTMLTextAreaElement;
  if (popup.items.length) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      popup.index = (popup.index + (event.key === "ArrowDown" ? 1 : popup.items.length - 1)) % popup.items.length;
      invalidate();
      return;
    }
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      accept(box, popup.items[popup.index]);
      return;
    }
    if (event.key === "Escape") {
      popup.items = [];
      invalidate();
      return;
    }
  }
  if (event.key === "Escape" && (state.replyTo || state.editing)) {
    state.replyTo = null;
    state.editing = null;
    invalidate();
  }
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    void submit(box, session);
  }
}

function onInput(event: Event, session: Session): void {
  const box = event.target as HTMLTextAreaElement;
  state.draft.set(session.id, box.value);
  setTyping(session.id, box.value.length > 0);
  void suggest(box, session);
}

async function attach(event: Event, session: Session): Promise<void> {
  const input = event.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = "";
  await Promise.all(files.map(async (file) => {
    const upload = { key: crypto.randomUUID(), name: file.name, progress: 0 } as (typeof state.uploads)[number];
    state.uploads = [...state.uploads, upload];
    invalidate();
    upload.done = http.upload<Attachment>(`/api/v1/chat/sessions/${session.id}/attachments`, file, (fraction) => {
      upload.progress = fraction;
      invalidate();
    }).then((attachment) => {
      upload.attachment = attachment;
      upload.progress = 1;
    }, (error: ApiError) => {
      upload.error = error.message;
    }).finally(invalidate);
    await upload.done;
  }));
}

export function composer(session: Session) {
  const draft = state.draft.get(session.id) ?? "";
  const listId = "composer-suggestions";
  return html`<form class="composer" @submit=${(e: Event) => { e.preventDefault(); void submit(document.querySelector("#composer-text")!, session); }}>
    ${state.replyTo ? html`<div class="composer-bar">Replying to <strong>${nameOf(state.replyTo.user_id)}</strong>: ${state.replyTo.content.slice(0, 80)}
      <button type="button" class="link" @click=${() => { state.replyTo = null; invalidate(); }}>Cancel</button></div>` : nothing}
    ${state.editing ? html`<div class="composer-bar">Editing your message
      <button type="button" class="link" @click=${() => { state.editing = null; invalidate(); }}>Cancel</button></div>` : nothing}
    ${state.uploads.length ? html`<ul class="uploads" aria-label="Attachments">${state.uploads.map((u) => html`<li>
        📎 ${u.name} ${u.attachment ? html`<small>${bytes(u.attachment.size)}</small>` : nothing}
        ${u.error ? html`<span class="error">${u.error}</span>`
          : html`<progress max="1" .value=${u.progress} aria-label="Uploading ${u.name}"></progress>`}
        <button type="button" class="link" aria-label="Remove ${u.name}" @click=${() => { state.uploads = state.uploads.filter((x) => x !== u); invalidate(); }}>✕</button>
      </li>`)}</ul>` : nothing}
    ${popup.items.length ? html`<ul class="suggestions" id=${listId} role="listbox" aria-label="Suggestions">
        ${popup.items.map((item, i) => html`<li role="option" id="suggestion-${i}" aria-selected=${i === popup.index}
            @mousedown=${(e: Event) => { e.preventDefault(); accept(document.querySelector("#composer-text")!, item); }}>
          <strong>${item.label}</strong> ${item.detail}</li>`)}
      </ul>` : nothing}
    <div class="composer-row">
      <label class="attach" title="Attach files">
        ${paperclip}<span class="sr-only">Attach files</span>
        <input type="file" multiple @change=${(e: Event) => attach(e, session)}>
      </label>
      <label class="sr-only" for="composer-text">Message</label>
      <textarea id="composer-text" rows="1" placeholder=${isAgent() && session.kind === "support" ? "Message — / for canned responses, @ to mention" : "Message — @ to mention"}
        .value=${draft} role="combobox" aria-autocomplete="list" aria-expanded=${popup.items.length > 0}
        aria-controls=${listId} aria-activedescendant=${popup.items.length ? `suggestion-${popup.index}` : ""}
        @keydown=${(e: KeyboardEvent) => onKeyDown(e, session)} @input=${(e: Event) => onInput(e, session)}
        @blur=${() => setTyping(session.id, false)}></textarea>
      <button class="primary send" type="submit">${state.editing ? "Save" : "Send"}</button>
    </div>
    <p class="hint">Enter sends · Shift+Enter new line</p>
  </form>`;
}
