import { SessionExpiredError } from "./api/auth";
import { ChatSocket } from "./api/socket";
import type { Message, Page, ReadCursor, ServerFrame, Session } from "./api/types";
import { auth, http } from "./client";
import { loadPresence } from "./people";
import { activeSessionId, conversation, invalidate, state, toast, type Conversation, type PendingSend } from "./state";

const pageSize = 50;
const ackTimeoutMs = 10_000;
/** Edits and deletes travel as event messages with their own seq; the conversation shows their effect, not them. */
const hiddenEvents = new Set(["message_updated", "message_deleted"]);

export const socket = new ChatSocket(auth, {
  resumePoints: () => new Map([...state.conversations].filter(([, c]) => c.loaded).map(([id, c]) => [id, c.lastSeq])),
  onFrame: handleFrame,
  onState: (connection, detail) => {
    state.connection = { state: connection, detail };
    invalidate();
  },
  onReady: () => {
    void loadSessions();
    state.pending.filter((p) => p.status === "sending").forEach(transmit);
  },
});

export function isVisibleEvent(message: Message): boolean {
  const event = message.event ?? (message.metadata?.event as string | undefined);
  return !(message.message_type === "system" && event && hiddenEvents.has(event));
}

export function sessionsByActivity(): Session[] {
  const activity = (s: Session) => s.last_message?.timestamp ?? s.created_at;
  return [...state.sessions.values()].sort((a, b) => activity(b).localeCompare(activity(a)));
}

/** When each session was last changed here (a frame, an accept, ...), so a slower list load does not undo it. */
const touched = new Map<string, number>();

export async function loadSessions(): Promise<void> {
  const started = performance.now();
  try {
    const items: Session[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Session> = await http.get(`/api/v1/chat/sessions?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      items.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor && items.length < 1000);
    const loaded = new Map(items.map((s) => [s.id, s]));
    for (const [id, session] of state.sessions) {
      if ((touched.get(id) ?? 0) > started) loaded.set(id, session);
    }
    state.sessions = loaded;
    state.sessionsLoaded = true;
    void loadPresence(items.filter((s) => s.kind === "direct").flatMap((s) => s.participant_ids));
    invalidate();
  } catch (error) {
    reportError(error);
  }
}

export function upsertSession(session: Session): void {
  touched.set(session.id, performance.now());
  state.sessions.set(session.id, { ...state.sessions.get(session.id), ...session });
  invalidate();
}

/** Opens a conversation: its newest page of history, its participants, their presence; marks it read. */
export async function openConversation(sessionId: string): Promise<void> {
  const c = conversation(sessionId);
  if (!state.sessions.has(sessionId)) {
    try {
      upsertSession(await http.get<Session>(`/api/v1/chat/sessions/${sessionId}`));
    } catch (error) {
      reportError(error);
      return;
    }
  }
  if (!c.loaded) {
    try {
      const page = await http.get<Page<Message>>(`/api/v1/chat/sessions/${sessionId}/messages?limit=${pageSize}`);
      page.items.forEach((m) => addMessage(c, m));
      c.hasOlder = page.next_cursor !== null;
      c.loaded = true;
      // Resume from what history gave: anything stored since arrives on the socket, without a gap.
      socket.send({ message_type: "subscribe", chat_session_id: sessionId, since_seq: c.lastSeq });
    } catch (error) {
      reportError(error);
    }
  }
  await Promise.all([loadParticipants(sessionId), loadReceipts(sessionId)]);
  markRead(sessionId);
  invalidate();
}

/** How far the others have read ("seen by"), as stored; read_receipt frames move it on from there. */
export async function loadReceipts(sessionId: string): Promise<void> {
  try {
    const page = await http.get<Page<ReadCursor>>(`/api/v1/chat/sessions/${sessionId}/read-cursors?limit=200`);
    const receipts = conversation(sessionId).receipts;
    for (const cursor of page.items) {
      receipts.set(cursor.user_id, Math.max(receipts.get(cursor.user_id) ?? 0, cursor.up_to_seq));
    }
    invalidate();
  } catch (error) {
    reportError(error);
  }
}

export async function loadParticipants(sessionId: string): Promise<void> {
  try {
    const list = await http.get<{ user_id: string }[] | Page<{ user_id: string }>>(`/api/v1/chat/sessions/${sessionId}/participants`);
    const items = Array.isArray(list) ? list : list.items;
    conversation(sessionId).participants = items.map((p) => p.user_id);
    void loadPresence(items.map((p) => p.user_id));
    invalidate();
  } catch (error) {
    reportError(error);
  }
}

export async function loadOlder(sessionId: string): Promise<void> {
  const c = conversation(sessionId);
  if (c.loadingOlder || !c.hasOlder) return;
  const oldest = [...c.messages.keys()].reduce((min, seq) => Math.min(min, seq), Number.MAX_SAFE_INTEGER);
  c.loadingOlder = true;
  invalidate();
  try {
    const page = await http.get<Page<Message>>(`/api/v1/chat/sessions/${sessionId}/messages?limit=${pageSize}&before_seq=${oldest}`);
    page.items.forEach((m) => addMessage(c, m));
    c.hasOlder = page.next_cursor !== null;
  } catch (error) {
    reportError(error);
  } finally {
    c.loadingOlder = false;
    invalidate();
  }
}

function addMessage(c: Conversation, message: Message): void {
  if (!c.messages.has(message.seq)) {
    c.messages.set(message.seq, message);
    c.sorted = null;
  }
  c.lastSeq = Math.max(c.lastSeq, message.seq);
}

function patchMessage(sessionId: string, messageId: string, change: Partial<Message>): void {
  const c = state.conversations.get(sessionId);
  if (!c) return;
  for (const [seq, message] of c.messages) {
    if (message.id === messageId) {
      c.messages.set(seq, { ...message, ...change });
      c.sorted = null;
    }
  }
  const session = state.sessions.get(sessionId);
  if (session?.last_message?.id === messageId) upsertSession({ ...session, last_message: { ...session.last_message, ...change } });
}

function handleFrame(frame: ServerFrame): void {
  switch (frame.message_type) {
    case "ack":
      settle(frame.client_message_id);
      break;
    case "typing": {
      const c = conversation(frame.chat_session_id);
      if (frame.user_id === state.user?.id) break;
      if (frame.is_typing) c.typing.set(frame.user_id, Date.now() + 6_000);
      else c.typing.delete(frame.user_id);
      break;
    }
    case "read_receipt": {
      const c = conversation(frame.chat_session_id);
      c.receipts.set(frame.user_id, Math.max(c.receipts.get(frame.user_id) ?? 0, frame.up_to_seq));
      if (frame.user_id === state.user?.id) readElsewhere(frame.chat_session_id, frame.up_to_seq);
      break;
    }
    case "presence":
      state.presence.set(frame.user_id, frame.status);
      break;
    case "message_updated":
      advance(frame.chat_session_id, frame.seq);
      patchMessage(frame.chat_session_id, frame.id, { content: frame.content, edited_at: frame.edited_at });
      break;
    case "message_deleted":
      advance(frame.chat_session_id, frame.seq);
      patchMessage(frame.chat_session_id, frame.id, { deleted: true, content: "", attachments: [] });
      break;
    case "reaction":
      patchMessage(frame.chat_session_id, frame.message_id, { reactions: frame.counts });
      break;
    case "error":
      handleError(frame);
      break;
    case "pong":
      return;
    default:
      if (typeof frame.seq === "number") receive(frame);
  }
  invalidate();
}

function advance(sessionId: string, seq: number): void {
  const c = state.conversations.get(sessionId);
  if (c) c.lastSeq = Math.max(c.lastSeq, seq);
}

function receive(message: Message): void {
  const sessionId = message.chat_session_id;
  const known = state.conversations.get(sessionId);
  if (known?.loaded) addMessage(known, message);
  if (message.client_message_id) settle(message.client_message_id);
  if (!isVisibleEvent(message)) return;
  const session = state.sessions.get(sessionId);
  if (!session || message.message_type === "system") {
    // A new session, or one whose status or members changed: ask for its current state.
    void http.get<Session>(`/api/v1/chat/sessions/${sessionId}`).then(upsertSession, () => {});
    if (message.event?.startsWith("participant_")) void loadParticipants(sessionId);
    if (!session) return;
  }
  const mine = message.user_id === state.user?.id;
  const mentioned = state.user ? message.mentions.includes(state.user.id) : false;
  const reading = activeSessionId() === sessionId && document.visibilityState === "visible";
  upsertSession({
    ...session,
    last_message: message,
    unread_count: mine || reading ? session.unread_count : session.unread_count + 1,
    mention_count: mentioned && !reading ? session.mention_count + 1 : session.mention_count,
  });
  if (known) known.typing.delete(message.user_id);
  if (reading) markRead(sessionId);
}

function readElsewhere(sessionId: string, upToSeq: number): void {
  const c = conversation(sessionId);
  c.readUpTo = Math.max(c.readUpTo, upToSeq);
  const session = state.sessions.get(sessionId);
  if (session && session.last_message && session.last_message.seq <= upToSeq) {
    upsertSession({ ...session, unread_count: 0, mention_count: 0 });
  }
}

let readTimer: number | undefined;
let pendingRead: { sessionId: string; upTo: number } | null = null;

/**
 * What is on screen counts as read: the cursor moves to the newest seq (never back). What was seen is decided now
 * and sent within 250 ms (one frame for a burst), even if the user has left the conversation by then.
 */
export function markRead(sessionId: string): void {
  const c = state.conversations.get(sessionId);
  if (!c || document.visibilityState !== "visible" || activeSessionId() !== sessionId) return;
  const session = state.sessions.get(sessionId);
  if (session && (session.unread_count || session.mention_count)) upsertSession({ ...session, unread_count: 0, mention_count: 0 });
  if (c.lastSeq <= c.readUpTo) return;
  if (pendingRead && pendingRead.sessionId !== sessionId) flushRead();
  pendingRead = { sessionId, upTo: Math.max(pendingRead?.upTo ?? 0, c.lastSeq) };
  readTimer ??= window.setTimeout(flushRead, 250);
}

function flushRead(): void {
  window.clearTimeout(readTimer);
  readTimer = undefined;
  const read = pendingRead;
  pendingRead = null;
  const c = read && state.conversations.get(read.sessionId);
  if (!read || !c || read.upTo <= c.readUpTo) return;
  c.readUpTo = read.upTo;
  if (!socket.send({ message_type: "read", chat_session_id: read.sessionId, up_to_seq: read.upTo })) {
    http.post(`/api/v1/chat/sessions/${read.sessionId}/mark-read`, { up_to_seq: read.upTo }).catch(() => (c.readUpTo = 0));
  }
}

document.addEventListener("visibilitychange", () => {
  const id = activeSessionId();
  if (id && document.visibilityState === "visible") markRead(id);
});

// ---- Sending: every message waits in the outbox until its ack (or its own echo) arrives.

function pendingKey(): string {
  return `chatplatform.pending.${state.user?.id}`;
}

export function restorePending(): void {
  try {
    state.pending = (JSON.parse(localStorage.getItem(pendingKey()) ?? "[]") as PendingSend[])
      .map((p) => ({ ...p, status: "sending" as const, lastAttempt: 0 }));
  } catch {
    state.pending = [];
  }
}

function savePending(): void {
  localStorage.setItem(pendingKey(), JSON.stringify(state.pending));
  invalidate();
}

export function send(draft: Omit<PendingSend, "client_message_id" | "status" | "lastAttempt">): void {
  const pending: PendingSend = { ...draft, client_message_id: crypto.randomUUID(), status: "sending", lastAttempt: 0 };
  state.pending = [...state.pending, pending];
  savePending();
  transmit(pending);
  setTyping(draft.chat_session_id, false);
}

function transmit(pending: PendingSend): void {
  pending.lastAttempt = Date.now();
  pending.retryAt = undefined;
  socket.send({
    message_type: pending.message_type,
    chat_session_id: pending.chat_session_id,
    content: pending.content,
    client_message_id: pending.client_message_id,
    ...(pending.reply_to_id ? { reply_to_id: pending.reply_to_id } : {}),
    ...(pending.attachment_ids?.length ? { attachment_ids: pending.attachment_ids } : {}),
    ...(pending.metadata ? { metadata: pending.metadata } : {}),
  });
}

export function retry(clientMessageId: string): void {
  const pending = state.pending.find((p) => p.client_message_id === clientMessageId);
  if (!pending) return;
  pending.status = "sending";
  pending.error = undefined;
  savePending();
  transmit(pending);
}

export function discard(clientMessageId: string): void {
  state.pending = state.pending.filter((p) => p.client_message_id !== clientMessageId);
  savePending();
}

function settle(clientMessageId: string): void {
  if (!state.pending.some((p) => p.client_message_id === clientMessageId)) return;
  state.pending = state.pending.filter((p) => p.client_message_id !== clientMessageId);
  savePending();
}

function handleError(frame: Extract<ServerFrame, { message_type: "error" }>): void {
  const pending = frame.client_message_id ? state.pending.find((p) => p.client_message_id === frame.client_message_id) : undefined;
  if (!pending) {
    if (frame.code !== "not_found" || !frame.chat_session_id) toast(frame.detail, "error");
    return;
  }
  if (frame.code === "rate_limited" || frame.code === "service_unavailable") {
    // Resent later with the same client_message_id: the server dedupes it.
    pending.retryAt = Date.now() + (frame.retry_after_ms ?? 2_000);
  } else {
    pending.status = "failed";
    pending.error = frame.detail;
  }
  savePending();
}

// Resends what the server has not acknowledged in time (a lost frame, a slow reconnect).
window.setInterval(() => {
  if (!socket.isOpen) return;
  const now = Date.now();
  for (const p of state.pending) {
    if (p.status !== "sending") continue;
    if (p.retryAt ? now >= p.retryAt : now - p.lastAttempt > ackTimeoutMs) transmit(p);
  }
  let typingChanged = false;
  for (const c of state.conversations.values()) {
    for (const [user, until] of c.typing) {
      if (until < now) typingChanged = c.typing.delete(user);
    }
  }
  if (typingChanged) invalidate();
}, 1_000);

// ---- Typing

let typingSentAt = 0;
let typingSession: string | null = null;

export function setTyping(sessionId: string, typing: boolean): void {
  const now = Date.now();
  if (typing && typingSession === sessionId && now - typingSentAt < 3_000) return;
  if (!typing && typingSession !== sessionId) return;
  typingSession = typing ? sessionId : null;
  typingSentAt = typing ? now : 0;
  socket.send({ message_type: "typing", chat_session_id: sessionId, is_typing: typing });
}

// ---- Edits, deletes, reactions

export async function editMessage(message: Message, content: string): Promise<void> {
  try {
    const updated = await http.patch<Message>(`/api/v1/chat/messages/${message.id}`, { content });
    patchMessage(message.chat_session_id, message.id, { content: updated.content, edited_at: updated.edited_at });
  } catch (error) {
    reportError(error);
  }
}

export async function deleteMessage(message: Message): Promise<void> {
  try {
    await http.delete(`/api/v1/chat/messages/${message.id}`);
    patchMessage(message.chat_session_id, message.id, { deleted: true, content: "", attachments: [] });
  } catch (error) {
    reportError(error);
  }
}

/** Toggles the caller's reaction: adding one that exists answers 200 instead of 201, then it is removed. */
export async function toggleReaction(message: Message, emoji: string): Promise<void> {
  try {
    const response = await fetch(`/api/v1/chat/messages/${message.id}/reactions`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await auth.freshToken()}`, "Content-Type": "application/json" },
      body: JSON.stringify({ emoji }),
    });
    if (response.status === 200) {
      const updated = await http.delete<Message>(`/api/v1/chat/messages/${message.id}/reactions/${encodeURIComponent(emoji)}`);
      patchMessage(message.chat_session_id, message.id, { reactions: updated.reactions });
    } else if (response.status === 201) {
      const updated = (await response.json()) as Message;
      patchMessage(message.chat_session_id, message.id, { reactions: updated.reactions });
    } else {
      toast("The reaction could not be saved.", "error");
    }
  } catch (error) {
    reportError(error);
  }
}

export function reportError(error: unknown): void {
  if (error instanceof SessionExpiredError) return;
  toast(error instanceof Error ? error.message : String(error), "error");
}
