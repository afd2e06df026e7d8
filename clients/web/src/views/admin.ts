import { html, nothing } from "lit-html";
import { ApiError } from "../api/http";
import type { AuditEntry, Page, Report, Role, SupportStats, UserSummary, WsStats } from "../api/types";
import { http } from "../client";
import { clock, dayLabel, duration } from "../format";
import { nameOf } from "../people";
import { invalidate, state, toast } from "../state";
import { PeoplePicker } from "./picker";

const admin = {
  ws: null as WsStats | null,
  stats: null as SupportStats | null,
  audit: [] as AuditEntry[],
  auditNext: null as string | null,
  filters: { action: "", actor_id: "", session_id: "" },
  reports: [] as Report[],
  errors: {} as Record<string, string>,
};
const rolePicker = new PeoplePicker(true);
let poll: number | undefined;

async function load<T>(key: string, path: string, apply: (value: T) => void): Promise<void> {
  try {
    apply(await http.get<T>(path));
    delete admin.errors[key];
  } catch (error) {
    admin.errors[key] = error instanceof ApiError ? error.summary : String(error);
  }
  invalidate();
}

function auditQuery(cursor?: string | null): string {
  const query = new URLSearchParams({ limit: "50" });
  for (const [key, value] of Object.entries(admin.filters)) if (value.trim()) query.set(key, value.trim());
  if (cursor) query.set("cursor", cursor);
  return `/api/v1/chat/audit-log?${query}`;
}

function loadAudit(more = false): Promise<void> {
  return load<Page<AuditEntry>>("audit", auditQuery(more ? admin.auditNext : null), (page) => {
    admin.audit = more ? [...admin.audit, ...page.items] : page.items;
    admin.auditNext = page.next_cursor;
  });
}

/** The dashboard refreshes its live numbers every 5 s while it is open. */
export function startAdminDashboard(): void {
  const live = () => {
    void load<WsStats>("ws", "/api/v1/chat/ws-stats", (v) => (admin.ws = v));
    void load<SupportStats>("stats", "/api/v1/chat/support/stats", (v) => (admin.stats = v));
  };
  live();
  void loadAudit();
  void load<Page<Report>>("reports", "/api/v1/chat/reports?limit=50", (p) => (admin.reports = p.items));
  window.clearInterval(poll);
  poll = window.setInterval(() => (state.route.view === "admin" ? live() : window.clearInterval(poll)), 5_000);
}

async function resolve(report: Report): Promise<void> {
  try {
    await http.post(`/api/v1/chat/reports/${report.id}/resolve`, { resolution: "reviewed" });
    await load<Page<Report>>("reports", "/api/v1/chat/reports?limit=50", (p) => (admin.reports = p.items));
  } catch (error) {
    toast(error instanceof ApiError ? error.summary : String(error), "error");
  }
}

async function saveRoles(event: SubmitEvent, user: UserSummary): Promise<void> {
  event.preventDefault();
  const roles = new FormData(event.target as HTMLFormElement).getAll("role") as Role[];
  try {
    const saved = await http.put<UserSummary>(`/api/v1/auth/users/${user.id}/roles`, { roles });
    rolePicker.selected = [{ ...user, roles: saved.roles }];
    toast(`${user.display_name} now has roles: ${(saved.roles ?? []).join(", ")}.`);
  } catch (error) {
    toast(error instanceof ApiError ? error.summary : String(error), "error");
  }
  invalidate();
}

const stat = (label: string, value: string | number) => html`<div class="stat"><span class="value">${value}</span><span class="label">${label}</span></div>`;
const problem = (key: string) => admin.errors[key] ? html`<p class="error" role="alert">${admin.errors[key]}</p>` : nothing;

function overview() {
  const ws = admin.ws;
  const s = admin.stats;
  return html`<div class="stats" role="group" aria-label="Live numbers">
      ${stat("connections", ws?.connections ?? "–")}
      ${stat("users online", ws?.users_online ?? "–")}
      ${stat("messages in", ws?.messages_in ?? "–")}
      ${stat("messages out", ws?.messages_out ?? "–")}
    </div>
    ${problem("ws")}
    <h3>Support</h3>
    <div class="stats" role="group" aria-label="Support numbers">
      ${["waiting", "assigned", "transferred", "closed"].map((status) => stat(status, s?.sessions_by_status[status] ?? 0))}
      ${stat("avg first response", duration(s?.average_first_response_seconds))}
      ${stat("avg resolution", duration(s?.average_resolution_seconds))}
      ${stat(`CSAT (${s?.csat_count ?? 0} ratings)`, s?.csat_average != null ? `${s.csat_average.toFixed(2)} / 5` : "–")}
    </div>
    ${problem("stats")}
    ${s?.recent.length ? html`<table class="card"><caption>Latest support sessions</caption>
      <thead><tr><th scope="col">Subject</th><th scope="col">Customer</th><th scope="col">Status</th><th scope="col">First response</th><th scope="col">Resolution</th><th scope="col">Rating</th></tr></thead>
      <tbody>${s.recent.map((r) => html`<tr><td>${r.title}</td><td>${nameOf(r.created_by)}</td><td><span class="status-pill ${r.status}">${r.status}</span></td>
        <td>${duration(r.first_response_seconds)}</td><td>${duration(r.resolution_seconds)}</td>
        <td>${r.feedback ? html`${"★".repeat(r.feedback.rating)}<span class="sr-only">${r.feedback.rating} of 5</span>` : "–"}</td></tr>`)}</tbody></table>` : nothing}`;
}

function audit() {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    admin.filters = { action: String(data.get("action") ?? ""), actor_id: String(data.get("actor_id") ?? ""), session_id: String(data.get("session_id") ?? "") };
    void loadAudit();
  };
  return html`<form class="filters" @submit=${submit} aria-label="Audit log filters">
      <label>Action <input name="action" .value=${admin.filters.action} placeholder="e.g. session_closed"></label>
      <label>Actor id <input name="actor_id" .value=${admin.filters.actor_id}></label>
      <label>Session id <input name="session_id" .value=${admin.filters.session_id}></label>
      <button class="primary" type="submit">Filter</button>
    </form>
    ${problem("audit")}
    <table class="card audit"><caption class="sr-only">Audit log, newest first</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Actor</th><th scope="col">Target</th><th scope="col">Session</th></tr></thead>
      <tbody>${admin.audit.map((e) => html`<tr><td>${dayLabel(e.occurred_at!)} ${clock(e.occurred_at!)}</td><td><code>${e.action}</code></td>
        <td>${e.actor_id ? nameOf(e.actor_id) : "system"}</td><td>${e.target_user_id ? nameOf(e.target_user_id) : ""}</td>
        <td><small>${e.session_id?.slice(0, 8) ?? ""}</small></td></tr>`)}</tbody></table>
    ${admin.auditNext ? html`<button @click=${() => loadAudit(true)}>More</button>` : nothing}`;
}

function reports() {
  return html`${problem("reports")}
    ${admin.reports.length === 0 ? html`<p class="hint">No reports.</p>` : nothing}
    <ul class="reports">${admin.reports.map((r) => html`<li class="card">
      <p><strong>${nameOf(r.reporter_id)}</strong> reported a message: “${r.message_content}”</p>
      <p>Reason: ${r.reason} · <span class="status-pill">${r.status}</span></p>
      ${r.status === "open" ? html`<button @click=${() => resolve(r)}>Mark reviewed</button>` : nothing}
    </li>`)}</ul>`;
}

function roles() {
  const user = rolePicker.selected[0];
  return html`${rolePicker.view("Find a user")}
    ${user ? html`<form class="card" @submit=${(e: SubmitEvent) => saveRoles(e, user)}>
      <fieldset><legend>Roles of ${user.display_name}</legend>
        ${(["user", "agent", "admin"] as Role[]).map((role) => html`<label class="check">
          <input type="checkbox" name="role" value=${role} .checked=${user.roles?.includes(role) ?? role === "user"}> ${role}</label>`)}
      </fieldset>
      <button class="primary" type="submit">Save roles</button>
    </form>` : nothing}`;
}

export function adminView() {
  return html`<section class="page" aria-labelledby="admin-title">
    <h2 id="admin-title">Admin dashboard</h2>
    <section aria-labelledby="overview-title"><h3 id="overview-title" class="sr-only">Overview</h3>${overview()}</section>
    <section aria-labelledby="audit-title"><h3 id="audit-title">Audit log</h3>${audit()}</section>
    <section aria-labelledby="reports-title"><h3 id="reports-title">Reports</h3>${reports()}</section>
    <section aria-labelledby="roles-title"><h3 id="roles-title">User roles</h3>${roles()}</section>
  </section>`;
}
