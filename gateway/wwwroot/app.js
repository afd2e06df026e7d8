// A minimal ChatPlatform client: REST through the gateway for login, sessions and history,
// one WebSocket per open session for live messages (resumed with since_seq, deduplicated by seq).
"use strict";

const state = { token: sessionStorage.getItem("token"), user: JSON.parse(sessionStorage.getItem("user") || "null"),
  session: null, socket: null, lastSeq: 0, seen: new Set(), typingTimer: null };
const $ = (id) => document.getElementById(id);

async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (state.token) headers["Authorization"] = `Bearer ${state.token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.status === 401 && state.token) logout();
  if (!response.ok) throw new Error(data?.detail || data?.title || `HTTP ${response.status}`);
  return data;
}

async function login(form, register) {
  $("login-error").textContent = "";
  const email = form.email.value, password = form.password.value;
  try {
    if (register) await api("POST", "/api/v1/auth/register", { email, password, display_name: form.display_name.value || email });
    const tokens = await api("POST", "/api/v1/auth/login", { email, password });
    state.token = tokens.access_token;
    state.user = tokens.user;
    sessionStorage.setItem("token", state.token);
    sessionStorage.setItem("user", JSON.stringify(state.user));
    show();
  } catch (error) {
    $("login-error").textContent = error.message;
  }
}

function logout() {
  state.socket?.close(1000);
  state.token = null;
  state.user = null;
  sessionStorage.clear();
  show();
}

function show() {
  const signedIn = Boolean(state.token);
  $("login").hidden = signedIn;
  $("chat").hidden = !signedIn;
  $("logout").hidden = !signedIn;
  $("who").textContent = signedIn ? (state.user?.display_name || state.user?.email || "") : "";
  if (signedIn) loadSessions();
}

async function loadSessions() {
  try {
    const page = await api("GET", "/api/v1/chat/sessions");
    const list = $("sessions");
    list.replaceChildren(...(page?.items || []).map((session) => {
      const item = document.createElement("li");
      item.textContent = session.title || session.id;
      if (session.unread_count) {
        const badge = document.createElement("span");
        badge.className = "unread";
        badge.textContent = session.unread_count;
        item.append(badge);
      }
      item.classList.toggle("active", session.id === state.session?.id);
      item.onclick = () => openSession(session);
      return item;
    }));
  } catch (error) {
    $("chat-error").textContent = error.message;
  }
}

async function openSession(session) {
  state.socket?.close(1000);
  state.session = session;
  state.lastSeq = 0;
  state.seen.clear();
  $("messages").replaceChildren();
  $("session-title").textContent = session.title || session.id;
  $("composer").hidden = false;
  $("chat-error").textContent = "";
  try {
    const page = await api("GET", `/api/v1/chat/sessions/${session.id}/messages?limit=50`);
    (page?.items || []).slice().reverse().forEach(render);
  } catch (error) {
    $("chat-error").textContent = error.message;
  }
  connect();
  loadSessions();
}

function connect() {
  const session = state.session;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const url = `${scheme}://${location.host}/api/v1/chat/ws/${session.id}?token=${encodeURIComponent(state.token)}&since_seq=${state.lastSeq}`;
  const socket = new WebSocket(url);
  state.socket = socket;
  socket.onopen = () => { $("status").textContent = "connected"; };
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = (event) => {
    if (state.socket !== socket) return;
    $("status").textContent = `disconnected (${event.code}); reconnecting…`;
    if (event.code !== 1008) setTimeout(() => state.session === session && connect(), 2000);
  };
}

function receive(frame) {
  switch (frame.message_type) {
    case "ack": document.querySelector(`[data-client-id="${CSS.escape(frame.client_message_id)}"]`)?.classList.remove("pending"); break;
    case "typing": showTyping(frame); break;
    case "error": $("chat-error").textContent = `${frame.code}: ${frame.detail}`; break;
    case "pong": case "presence": case "read_receipt": break;
    case "message_updated": case "message_deleted": case "reaction": case "system": break;
    default: if (frame.seq !== undefined) render(frame);
  }
}

function render(message) {
  if (state.seen.has(message.seq)) return;
  state.seen.add(message.seq);
  state.lastSeq = Math.max(state.lastSeq, message.seq);
  const pending = message.client_message_id && document.querySelector(`[data-client-id="${CSS.escape(message.client_message_id)}"]`);
  const item = pending || document.createElement("li");
  item.classList.remove("pending");
  item.classList.toggle("mine", message.user_id === state.user?.id);
  const meta = document.createElement("small");
  meta.textContent = `#${message.seq} · ${new Date(message.timestamp).toLocaleTimeString()}`;
  item.replaceChildren(meta, document.createTextNode(message.deleted ? "(deleted)" : message.content));
  if (!pending) $("messages").append(item);
  item.scrollIntoView({ block: "end" });
}

function showTyping(frame) {
  if (frame.user_id === state.user?.id) return;
  $("typing").textContent = frame.is_typing ? "someone is typing…" : "";
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(() => { $("typing").textContent = ""; }, 6000);
}

function send(form) {
  const content = form.content.value.trim();
  if (!content || state.socket?.readyState !== WebSocket.OPEN) return;
  const clientMessageId = crypto.randomUUID();
  state.socket.send(JSON.stringify({ message_type: "text", content, client_message_id: clientMessageId }));
  const item = document.createElement("li");
  item.className = "mine pending";
  item.dataset.clientId = clientMessageId;
  item.textContent = content;
  $("messages").append(item);
  form.reset();
}

$("login-form").onsubmit = (event) => { event.preventDefault(); login(event.target, false); };
$("register").onclick = () => login($("login-form"), true);
$("logout").onclick = logout;
$("new-session").onsubmit = async (event) => {
  event.preventDefault();
  try {
    const session = await api("POST", "/api/v1/chat/sessions", { title: event.target.elements.title.value, kind: "group" });
    event.target.reset();
    openSession(session);
  } catch (error) {
    $("chat-error").textContent = error.message;
  }
};
$("composer").onsubmit = (event) => { event.preventDefault(); send(event.target); };
$("composer").content.oninput = () => {
  // Typing indicators expire after 6 s, so one frame every 3 s keeps it alive without flooding.
  const now = Date.now();
  if (state.socket?.readyState !== WebSocket.OPEN || now - (state.typingSentAt || 0) < 3000) return;
  state.typingSentAt = now;
  state.socket.send(JSON.stringify({ message_type: "typing", is_typing: true }));
};
show();
