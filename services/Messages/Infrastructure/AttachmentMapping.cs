using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Model;
using ChatPlatform.ServiceDefaults;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// A message keeps a copy of its attachments' descriptions (they never change), as JSON in <c>messages.attachments</c>,
/// so every read of a message has them without a join.
/// </summary>
public static class AttachmentMapping
{
    public static string DownloadPath(Guid id) => $"/api/v1/chat/attachments/{id}";

    public static MessageAttachment ToContract(this Attachment attachment) =>
        new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, DownloadPath(attachment.Id));

    public static string ToJson(IReadOnlyList<MessageAttachment>? attachments) =>
        JsonSerializer.Serialize(attachments ?? [], ChatJson.Options);

    public static IReadOnlyList<MessageAttachment> FromJson(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]" ? [] : JsonSerializer.Deserialize<List<MessageAttachment>>(json, ChatJson.Options) ?? [];
}
