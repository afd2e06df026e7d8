using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.Moderation.Apis.Dtos;

/// <summary>The filters of <c>GET /api/v1/chat/audit-log</c>; paging comes separately.</summary>
public sealed record AuditLogQuery(
    [FromQuery(Name = "actor_id")] Guid? ActorId,
    [FromQuery(Name = "session_id")] Guid? SessionId,
    [FromQuery(Name = "target_user_id")] Guid? TargetUserId,
    [FromQuery(Name = "action")] string? Action);
