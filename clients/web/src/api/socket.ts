import { AuthStore, SessionExpiredError } from "./auth";
import type { ServerFrame } from "./types";

export type ConnectionState = "connecting" | "online" | "offline";

export interface SocketHandlers {
  /** Where to resume each session the app holds messages of: session id -> last seq seen. */
  resumePoints(): Map<string, number>;
  onFrame(frame: ServerFrame): void;
  onState(state: ConnectionState, detail: string): void;
  /** The socket is open and resubscribed: resend what waits for an ack, refresh what may have changed. */
  onReady(): void;
}

const pingEveryMs = 30_000;
const maxBackoffMs = 15_000;

/**
 * The all-sessions WebSocket (`/api/v1/chat/ws`). It reconnects with backoff, refreshes the token first when it
 * expired (close 1008) or the handshake was refused, and resumes each session from its last seq (`subscribe` with
 * `since_seq`), so nothing is missed across a drop; the caller dedupes by seq.
 */
export class ChatSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private retryTimer: number | undefined;
  private pingTimer: number | undefined;
  private stopped = true;

  constructor(private readonly auth: AuthStore, private readonly handlers: SocketHandlers) {
    window.addEventListener("online", () => this.reconnectNow());
    window.addEventListener("offline", () => this.socket?.close(4000, "offline"));
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.retryTimer);
    window.clearInterval(this.pingTimer);
    this.socket?.close(1000, "signed out");
    this.socket = null;
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(frame: Record<string, unknown>): boolean {
    if (!this.isOpen) return false;
    this.socket!.send(JSON.stringify(frame));
    return true;
  }

  reconnectNow(): void {
    if (this.stopped) return;
    this.attempt = 0;
    window.clearTimeout(this.retryTimer);
    if (!this.socket || this.socket.readyState >= WebSocket.CLOSING) void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.handlers.onState("connecting", this.attempt ? `Reconnecting (attempt ${this.attempt + 1})…` : "Connecting…");
    let token: string;
    try {
      // A handshake refused with 401 shows in a browser only as close 1006: after a failed attempt, refresh first.
      token = this.attempt > 0 && this.attempt % 3 === 0 ? await this.auth.refresh() : await this.auth.freshToken();
    } catch (error) {
      if (error instanceof SessionExpiredError) return;
      return this.retry("Offline: waiting for the network…");
    }
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/api/v1/chat/ws?token=${encodeURIComponent(token)}`);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      for (const [sessionId, seq] of this.handlers.resumePoints()) {
        socket.send(JSON.stringify({ message_type: "subscribe", chat_session_id: sessionId, since_seq: seq }));
      }
      window.clearInterval(this.pingTimer);
      this.pingTimer = window.setInterval(() => this.send({ message_type: "ping" }), pingEveryMs);
      this.handlers.onState("online", "Connected");
      this.handlers.onReady();
    };
    socket.onmessage = (event) => {
      try {
        this.handlers.onFrame(JSON.parse(event.data as string) as ServerFrame);
      } catch (error) {
        console.error("A frame could not be handled", error);
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      window.clearInterval(this.pingTimer);
      this.socket = null;
      if (this.stopped) return;
      if (event.code === 1008) {
        // The access token expired while connected: refresh, then resume at once.
        this.auth.refresh().then(() => this.reconnectNow(), () => {});
        this.handlers.onState("connecting", "Renewing your sign-in…");
        return;
      }
      this.retry(event.code === 4429 ? "Slow down: too many messages. Reconnecting…" : "Connection lost. Reconnecting…",
        event.code === 4429 ? 5_000 : undefined);
    };
  }

  private retry(detail: string, delayMs?: number): void {
    if (this.stopped) return;
    this.attempt++;
    const wait = delayMs ?? Math.min(500 * 2 ** Math.min(this.attempt, 5), maxBackoffMs) * (0.75 + Math.random() / 2);
    this.handlers.onState(navigator.onLine ? "connecting" : "offline", navigator.onLine ? detail : "Offline: waiting for the network…");
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => void this.connect(), wait);
  }
}
