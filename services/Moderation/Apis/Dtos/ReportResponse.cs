using ChatPlatform.Moderation.Model;

namespace ChatPlatform.Moderation.Apis.Dtos;

/// <summary>A report; <c>message_content</c> is what the message said when it was reported.</summary>
public sealed record ReportResponse(
    Guid Id,
    Guid MessageId,
    Guid ChatSessionId,
    Guid ReportedUserId,
    Guid ReporterId,
    string Reason,
    ReportStatus Status,
    DateTimeOffset CreatedAt,
    string MessageContent,
    DateTimeOffset? ResolvedAt,
    Guid? ResolvedBy,
    string? Resolution)
{
    public static ReportResponse From(Report r) => new(
        r.Id, r.MessageId, r.ChatSessionId, r.ReportedUserId, r.ReporterId, r.Reason, r.Status, r.CreatedAt,
        r.MessageContent, r.ResolvedAt, r.ResolvedBy, r.Resolution);
}
