import { http } from "./client";
import type { PresenceEntry, UserSummary } from "./api/types";
import { invalidate, state } from "./state";

const loading = new Set<string>();

/** A user's display name; unknown ones are fetched once (their public profile) and the view re-renders. */
export function nameOf(userId: string | null | undefined): string {
  if (!userId) return "Someone";
  if (userId === state.user?.id) return state.user.display_name;
  const known = state.users.get(userId);
  if (known) return known.display_name;
  if (!loading.has(userId)) {
    loading.add(userId);
    http.get<UserSummary>(`/api/v1/auth/users/${userId}`)
      .then((user) => remember([user]))
      .catch(() => state.users.set(userId, { id: userId, display_name: "Unknown user" }))
      .finally(() => invalidate());
  }
  return "…";
}

export function remember(users: UserSummary[]): void {
  for (const user of users) state.users.set(user.id, { ...state.users.get(user.id), ...user });
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]?.toUpperCase() ?? "").join("") || "?";
}

/** A stable hue per user, so avatars tell people apart. */
export function hueOf(userId: string): number {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** Asks Presence for the status of users not known yet (at most 200 per call). */
export async function loadPresence(userIds: string[]): Promise<void> {
  const unknown = [...new Set(userIds)].filter((id) => !state.presence.has(id) && id !== state.user?.id).slice(0, 200);
  if (unknown.length === 0) return;
  unknown.forEach((id) => state.presence.set(id, "offline"));
  try {
    const answer = await http.get<Record<string, PresenceEntry>>(`/api/v1/chat/presence?user_ids=${unknown.join(",")}`);
    for (const [id, entry] of Object.entries(answer)) state.presence.set(id, entry.status);
    invalidate();
  } catch {
    unknown.forEach((id) => state.presence.delete(id));
  }
}

export async function searchPeople(query: string): Promise<UserSummary[]> {
  if (query.trim().length < 2) return [];
  const page = await http.get<{ items: UserSummary[] }>(`/api/v1/users?q=${encodeURIComponent(query.trim())}&limit=8`);
  remember(page.items);
  return page.items;
}
