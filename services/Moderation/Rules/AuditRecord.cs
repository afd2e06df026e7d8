using System.Text.Json.Nodes;

namespace ChatPlatform.Moderation.Rules;

/// <summary>What an event says for the audit log, before it is stored.</summary>
public sealed record AuditRecord(
    string Action,
    Guid? ActorId,
    Guid? TargetUserId,
    Guid? SessionId,
    Guid? MessageId,
    JsonObject Details,
    DateTimeOffset OccurredAt);
