// The public contract's shapes (SPEC.md), as the web app uses them.

export type Role = "user" | "agent" | "admin";

export interface User {
  id: string;
  email?: string | null;
  display_name: string;
  roles: Role[];
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  user: User;
}

export interface UserSummary {
  id: string;
  display_name: string;
  roles?: Role[];
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** GET /api/v1/chat/sessions/{id}/read-cursors: how far one participant has read. */
export interface ReadCursor {
  chat_session_id: string;
  user_id: string;
  up_to_seq: number;
}

export interface Attachment {
  id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  url?: string;
}

export type MessageType = "text" | "image" | "file" | "system";

export interface Message {
  id: string;
  chat_session_id: string;
  user_id: string;
  message_type: MessageType;
  content: string;
  client_message_id: string | null;
  seq: number;
  timestamp: string;
  edited_at: string | null;
  deleted: boolean;
  reply_to_id: string | null;
  mentions: string[];
  attachments: Attachment[];
  metadata: Record<string, unknown> | null;
  reactions?: Record<string, number>;
  event?: string;
}

export type SessionKind = "direct" | "group" | "support";
export type SessionStatus = "open" | "waiting" | "assigned" | "transferred" | "closed";

export interface Feedback {
  rating: number;
  comment: string | null;
}

export interface Session {
  id: string;
  title: string;
  kind: SessionKind;
  status: SessionStatus;
  created_by: string;
  created_at: string;
  closed_at: string | null;
  room_id: string | null;
  participant_ids: string[];
  unread_count: number;
  mention_count: number;
  last_message: Message | null;
  feedback: Feedback | null;
  assigned_agent_id: string | null;
  first_response_seconds: number | null;
  resolution_seconds: number | null;
  wait_seconds?: number;
}

export interface Room {
  id: string;
  name: string;
  description: string | null;
  is_private: boolean;
  created_by: string;
  created_at: string;
}

export interface CannedResponse {
  id: string;
  title: string;
  shortcut: string;
  content: string;
  shared: boolean;
  owner_id: string;
  rendered_content?: string;
}

export interface NotificationPreferences {
  muted_session_ids: string[];
  mentions_only: boolean;
  notify_mentions_in_muted: boolean;
}

export interface PresenceEntry {
  status: "online" | "away" | "offline";
  last_seen: string | null;
}

export interface WsStats {
  connections: number;
  users_online: number;
  messages_in: number;
  messages_out: number;
  instances: Record<string, { connections: number; messages_in: number; messages_out: number }>;
}

export interface AuditEntry {
  id: string;
  action: string;
  actor_id: string | null;
  session_id: string | null;
  target_user_id?: string | null;
  message_id?: string | null;
  occurred_at?: string;
  created_at?: string;
  details?: unknown;
}

export interface Report {
  id: string;
  message_id: string;
  reporter_id: string;
  reason: string;
  status: string;
  created_at: string;
  message_content?: string;
  chat_session_id?: string;
}

export interface SupportStats {
  sessions_by_status: Record<string, number>;
  support_sessions: number;
  average_first_response_seconds: number | null;
  average_resolution_seconds: number | null;
  csat_average: number | null;
  csat_count: number;
  recent: Session[];
}

/** A server frame on the all-sessions socket (SPEC.md section 4). */
export type ServerFrame =
  | (Message & { message_type: MessageType })
  | { message_type: "ack"; chat_session_id: string; client_message_id: string; id: string; seq: number }
  | { message_type: "typing"; chat_session_id: string; user_id: string; is_typing: boolean }
  | { message_type: "read_receipt"; chat_session_id: string; user_id: string; up_to_seq: number }
  | { message_type: "presence"; user_id: string; status: PresenceEntry["status"]; last_seen?: string }
  | { message_type: "message_updated"; chat_session_id: string; id: string; content: string; edited_at: string; seq: number }
  | { message_type: "message_deleted"; chat_session_id: string; id: string; seq: number }
  | { message_type: "reaction"; chat_session_id: string; message_id: string; user_id: string; emoji: string; action: "added" | "removed"; counts: Record<string, number> }
  | { message_type: "error"; code: string; detail: string; client_message_id?: string; chat_session_id?: string; retry_after_ms?: number }
  | { message_type: "pong" };
