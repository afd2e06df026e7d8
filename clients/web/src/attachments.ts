import type { Attachment } from "./api/types";
import { http } from "./client";
import { invalidate } from "./state";

/** Attachments need the bearer token, which an <img> cannot send: fetch once, show through an object URL. */
const previews = new Map<string, string | "loading" | "failed">();

export function previewUrl(attachment: Attachment): string | null {
  const known = previews.get(attachment.id);
  if (known === undefined) {
    previews.set(attachment.id, "loading");
    http.blob(`/api/v1/chat/attachments/${attachment.id}`)
      .then((blob) => previews.set(attachment.id, URL.createObjectURL(blob)))
      .catch(() => previews.set(attachment.id, "failed"))
      .finally(invalidate);
    return null;
  }
  return known === "loading" || known === "failed" ? null : known;
}

export async function download(attachment: Attachment): Promise<void> {
  const blob = await http.blob(`/api/v1/chat/attachments/${attachment.id}`);
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: attachment.file_name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const isImage = (attachment: Attachment): boolean => attachment.content_type.startsWith("image/");
