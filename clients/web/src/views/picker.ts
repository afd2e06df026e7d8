import { html, nothing } from "lit-html";
import { ApiError } from "../api/http";
import type { UserSummary } from "../api/types";
import { searchPeople } from "../people";
import { invalidate } from "../state";

/** Picks people by the start of their name or their whole email address (Identity's rate-limited directory). */
export class PeoplePicker {
  query = "";
  results: UserSummary[] = [];
  selected: UserSummary[] = [];
  message = "";
  private timer: number | undefined;
  private seq = 0;

  constructor(private readonly single = false) {}

  reset(): void {
    this.query = "";
    this.results = [];
    this.selected = [];
    this.message = "";
  }

  private search(query: string): void {
    this.query = query;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(async () => {
      const seq = ++this.seq;
      try {
        const found = await searchPeople(query);
        if (seq !== this.seq) return;
        this.results = found;
        this.message = query.trim().length < 2 ? "" : found.length ? "" : "Nobody found. Try the start of a name or a whole email address.";
      } catch (error) {
        this.results = [];
        this.message = error instanceof ApiError
          ? error.code === "rate_limited" ? "Searching too fast; wait a moment." : error.summary
          : String(error);
      }
      invalidate();
    }, 200);
  }

  private pick(user: UserSummary): void {
    this.selected = this.single ? [user] : [...this.selected.filter((u) => u.id !== user.id), user];
    this.results = [];
    this.query = "";
    invalidate();
  }

  view(label: string) {
    return html`<div class="picker">
      ${this.selected.length ? html`<ul class="chips" aria-label="Chosen">${this.selected.map((u) => html`<li class="chip">${u.display_name}
          <button type="button" class="link" aria-label="Remove ${u.display_name}"
            @click=${() => { this.selected = this.selected.filter((x) => x.id !== u.id); invalidate(); }}>✕</button></li>`)}</ul>` : nothing}
      <label>${label}
        <input type="search" autocomplete="off" placeholder="Name or email address" .value=${this.query}
          aria-controls="picker-results" @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)}>
      </label>
      <ul id="picker-results" class="picker-results" aria-label="People found">
        ${this.results.map((u) => html`<li><button type="button" @click=${() => this.pick(u)}>${u.display_name}</button></li>`)}
      </ul>
      ${this.message ? html`<p class="hint" role="status">${this.message}</p>` : nothing}
    </div>`;
  }
}
