import { html, nothing, render } from "lit-html";
import "./styles.css";
import { loadSessions, markRead, openConversation, restorePending, socket } from "./chat";
import { auth } from "./client";
import { invalidate, setRenderer, state, type Route } from "./state";
import { adminView, startAdminDashboard } from "./views/admin";
import { agentView, startAgentConsole } from "./views/agent";
import { conversationView } from "./views/conversation";
import { closeDialog, dialogView } from "./views/dialogs";
import { loginView } from "./views/login";
import { searchView } from "./views/search";
import { loadSettings, settingsView } from "./views/settings";
import { sidebar } from "./views/sidebar";

const root = document.getElementById("app")!;
root.replaceChildren();
const isAgent = () => state.user?.roles.some((r) => r === "agent" || r === "admin") ?? false;
const isAdmin = () => state.user?.roles.includes("admin") ?? false;

function parseRoute(): Route {
  const [, view, id] = location.hash.split("/");
  switch (view) {
    case "c": return { view: "chats", sessionId: id ?? null };
    case "agent": return isAgent() ? { view: "agent" } : { view: "chats", sessionId: null };
    case "admin": return isAdmin() ? { view: "admin" } : { view: "chats", sessionId: null };
    case "settings": return { view: "settings" };
    case "search": return { view: "search" };
    default: return { view: "chats", sessionId: null };
  }
}

function navigate(): void {
  const before = state.route;
  state.route = parseRoute();
  if (state.dialog) closeDialog();
  if (!state.user) return invalidate();
  state.replyTo = null;
  state.editing = null;
  switch (state.route.view) {
    case "chats":
      if (state.route.sessionId) {
        stickToBottom = true;
        void openConversation(state.route.sessionId);
      }
      break;
    case "agent": startAgentConsole(); break;
    case "admin": startAdminDashboard(); break;
    case "settings": loadSettings(); break;
  }
  if (before.view !== state.route.view || state.route.view !== "chats") queueMicrotask(() => document.querySelector<HTMLElement>("main h2")?.focus());
  invalidate();
}

function navLink(href: string, label: string, active: boolean) {
  return html`<a href=${href} aria-current=${active ? "page" : "false"}>${label}</a>`;
}

function mainView() {
  const route = state.route;
  switch (route.view) {
    case "agent": return agentView();
    case "admin": return adminView();
    case "settings": return settingsView();
    case "search": return searchView();
    case "chats": {
      const session = route.sessionId ? state.sessions.get(route.sessionId) : undefined;
      if (session) return conversationView(session);
      return html`<section class="page placeholder"><h2 tabindex="-1">${route.sessionId ? "Loading…" : "Pick a conversation"}</h2>
        <p class="hint">Or start a new one: <em>New chat</em> finds people by name or email address.</p></section>`;
    }
  }
}

function shell() {
  const route = state.route;
  const unread = [...state.sessions.values()].reduce((n, s) => n + s.unread_count, 0);
  const inConversation = route.view === "chats" && route.sessionId !== null;
  return html`
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <h1 class="brand"><a href="#/">ChatPlatform</a></h1>
      <nav aria-label="Main">
        ${navLink("#/", unread ? `Chats (${unread})` : "Chats", route.view === "chats")}
        ${navLink("#/search", "Search", route.view === "search")}
        ${isAgent() ? navLink("#/agent", "Queue", route.view === "agent") : nothing}
        ${isAdmin() ? navLink("#/admin", "Admin", route.view === "admin") : nothing}
        ${navLink("#/settings", "Settings", route.view === "settings")}
      </nav>
      <span class="who" title=${state.user!.email ?? ""}>${state.user!.display_name}</span>
      <button class="link" @click=${() => signOut()}>Sign out</button>
    </header>
    ${state.connection.state !== "online"
      ? html`<p class="banner ${state.connection.state}" role="status">${state.connection.detail}</p>`
      : nothing}
    <div class="layout ${inConversation ? "in-conversation" : ""} ${route.view !== "chats" ? "full" : ""}">
      ${route.view === "chats" ? sidebar() : nothing}
      <main id="main" tabindex="-1">${mainView()}</main>
    </div>`;
}

function appView() {
  return html`${state.user ? shell() : loginView()}
    ${dialogView()}
    <div class="toasts" role="status" aria-live="polite">${state.toasts.map((t) => html`<p class="toast ${t.kind}">${t.text}</p>`)}</div>`;
}

/** Keeps the newest message in view while the reader is at the bottom; leaves them be when they scrolled up. */
let stickToBottom = true;

function renderApp(): void {
  const list = document.querySelector<HTMLElement>(".messages");
  if (list) stickToBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const previousHeight = list?.scrollHeight ?? 0;
  const previousTop = list?.scrollTop ?? 0;
  render(appView(), root);
  const after = document.querySelector<HTMLElement>(".messages");
  if (!after) return;
  if (stickToBottom) after.scrollTop = after.scrollHeight;
  else if (previousTop < 40 && after.scrollHeight > previousHeight) after.scrollTop = after.scrollHeight - previousHeight + previousTop;
  if (stickToBottom && state.route.view === "chats" && state.route.sessionId) markRead(state.route.sessionId);
}

function signOut(): void {
  auth.signOut();
}

auth.onChange = (user, expired) => {
  state.user = user;
  state.expired = expired;
  if (user) {
    restorePending();
    void loadSessions();
    socket.start();
    navigate();
  } else {
    socket.stop();
    state.sessions.clear();
    state.conversations.clear();
    state.sessionsLoaded = false;
    state.pending = [];
    state.dialog = null;
  }
  invalidate();
};

setRenderer(renderApp);
window.addEventListener("hashchange", navigate);
state.user = auth.user;
if (state.user) auth.onChange(state.user, false);
else invalidate();
