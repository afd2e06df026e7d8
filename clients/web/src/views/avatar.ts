import { html } from "lit-html";
import { hueOf, initials, nameOf } from "../people";
import { state } from "../state";

/** Initials on a per-user colour, with an online dot when the status is known. */
export function avatar(userId: string, options: { presence?: boolean; size?: "small" | "normal" } = {}) {
  const name = nameOf(userId);
  const status = options.presence ? state.presence.get(userId) : undefined;
  return html`<span class="avatar ${options.size ?? "normal"}" style="--hue:${hueOf(userId)}" aria-hidden="true">
    ${initials(name)}${status ? html`<span class="dot ${status}"></span>` : null}
  </span>`;
}

export function statusLabel(userId: string): string {
  const status = state.presence.get(userId);
  return status ? `${nameOf(userId)} is ${status}` : nameOf(userId);
}
