using System.Text.Json;
using ChatPlatform.Moderation.Model;

namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record AuditEntryResponse(
    Guid Id,
    string Action,
    Guid? ActorId,
    Guid? TargetUserId,
    Guid? SessionId,
    Guid? MessageId,
    JsonElement Details,
    DateTimeOffset OccurredAt)
{
    public static AuditEntryResponse From(AuditEntry e)
    {
        using var details = JsonDocument.Parse(e.Details);
        return new(e.Id, e.Action, e.ActorId, e.TargetUserId, e.SessionId, e.MessageId, details.RootElement.Clone(), e.OccurredAt);
    }
}
