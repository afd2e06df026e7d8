import type { ConnectionState } from "./api/socket";
import type { Attachment, Message, Session, User, UserSummary } from "./api/types";

/** One open conversation: its messages by seq (deduplicated), who types, who read how far. */
export interface Conversation {
  messages: Map<number, Message>;
  sorted: Message[] | null;
  loaded: boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  lastSeq: number;
  typing: Map<string, number>;
  receipts: Map<string, number>;
  readUpTo: number;
  participants: string[] | null;
}

/** A message sent but not acknowledged yet: kept (also across reloads) and resent with the same client_message_id. */
export interface PendingSend {
  client_message_id: string;
  chat_session_id: string;
  message_type: "text" | "image" | "file";
  content: string;
  reply_to_id?: string;
  attachment_ids?: string[];
  attachments?: Attachment[];
  metadata?: Record<string, unknown>;
  status: "sending" | "failed";
  error?: string;
  lastAttempt: number;
  retryAt?: number;
}

export interface Upload {
  key: string;
  name: string;
  progress: number;
  attachment?: Attachment;
  error?: string;
  done?: Promise<void>;
}

export type Route =
  | { view: "chats"; sessionId: string | null }
  | { view: "agent" }
  | { view: "admin" }
  | { view: "settings" }
  | { view: "search" };

export type Dialog =
  | { kind: "new-conversation"; sessionKind: "direct" | "group" | "support" }
  | { kind: "participants" }
  | { kind: "rooms" }
  | { kind: "close" }
  | { kind: "transfer" }
  | { kind: "report"; message: Message }
  | null;

export interface Toast {
  id: number;
  text: string;
  kind: "info" | "error";
}

export const state = {
  user: null as User | null,
  expired: false,
  route: { view: "chats", sessionId: null } as Route,
  sessions: new Map<string, Session>(),
  sessionsLoaded: false,
  users: new Map<string, UserSummary>(),
  presence: new Map<string, string>(),
  conversations: new Map<string, Conversation>(),
  pending: [] as PendingSend[],
  uploads: [] as Upload[],
  connection: { state: "connecting" as ConnectionState, detail: "Connecting…" },
  toasts: [] as Toast[],
  dialog: null as Dialog,
  replyTo: null as Message | null,
  editing: null as Message | null,
  draft: new Map<string, string>(),
};

export function conversation(sessionId: string): Conversation {
  let found = state.conversations.get(sessionId);
  if (!found) {
    found = {
      messages: new Map(), sorted: null, loaded: false, hasOlder: true, loadingOlder: false, lastSeq: 0,
      typing: new Map(), receipts: new Map(), readUpTo: 0, participants: null,
    };
    state.conversations.set(sessionId, found);
  }
  return found;
}

export function sortedMessages(c: Conversation): Message[] {
  c.sorted ??= [...c.messages.values()].sort((a, b) => a.seq - b.seq);
  return c.sorted;
}

let renderScheduled = false;
let renderer: () => void = () => {};

export function setRenderer(render: () => void): void {
  renderer = render;
}

/** Schedules one render for everything changed in this turn. */
export function invalidate(): void {
  if (renderScheduled) return;
  renderScheduled = true;
  queueMicrotask(() => {
    renderScheduled = false;
    renderer();
  });
}

let toastCounter = 0;

export function toast(text: string, kind: Toast["kind"] = "info"): void {
  const id = ++toastCounter;
  state.toasts = [...state.toasts, { id, text, kind }];
  invalidate();
  window.setTimeout(() => {
    state.toasts = state.toasts.filter((t) => t.id !== id);
    invalidate();
  }, kind === "error" ? 8_000 : 5_000);
}

export const activeSessionId = (): string | null => (state.route.view === "chats" ? state.route.sessionId : null);
