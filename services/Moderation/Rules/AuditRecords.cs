using System.Text.Json.Nodes;
using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Model;

namespace ChatPlatform.Moderation.Rules;

/// <summary>
/// Turns each audited event into an entry. The actor is whoever did it (the creator, the one who added or removed,
/// the editor, the blocker, the admin who changed roles); the target user is whom it was done to. An event made by
/// the system (automatic routing, seeding) carries <see cref="Guid.Empty"/> and has no actor. A failed login's
/// actor is the account that was tried, when that account exists.
/// </summary>
public static class AuditRecords
{
    public static AuditRecord SessionCreated(ChatSessionCreated e) => new(AuditActions.SessionCreated, Actor(e.CreatedBy), null, e.SessionId, null,
        new JsonObject
        {
            ["kind"] = Text(e.Kind),
            ["status"] = Text(e.Status),
            ["title"] = Text(e.Title),
            ["participant_ids"] = new JsonArray([.. e.ParticipantIds.Select(id => JsonValue.Create(id))]),
            ["room_id"] = e.RoomId,
        }, e.OccurredAt);

    public static AuditRecord SessionClosed(ChatSessionClosed e) => new(AuditActions.SessionClosed, Actor(e.ClosedBy), null, e.SessionId, null,
        new JsonObject { ["rating"] = e.Rating, ["comment"] = Text(e.Comment) }, e.OccurredAt);

    public static AuditRecord ParticipantAdded(ParticipantAdded e) =>
        new(AuditActions.ParticipantAdded, Actor(e.AddedBy), e.UserId, e.SessionId, null, [], e.OccurredAt);

    public static AuditRecord ParticipantRemoved(ParticipantRemoved e) =>
        new(AuditActions.ParticipantRemoved, Actor(e.RemovedBy), e.UserId, e.SessionId, null, [], e.OccurredAt);

    public static AuditRecord MessageEdited(MessageEdited e) => new(AuditActions.MessageEdited, Actor(e.EditedBy), e.AuthorId, e.SessionId, e.MessageId,
        new JsonObject { ["previous_content"] = Text(e.PreviousContent), ["content"] = Text(e.Content) }, e.OccurredAt);

    public static AuditRecord MessageDeleted(MessageDeleted e) =>
        new(AuditActions.MessageDeleted, Actor(e.DeletedBy), e.AuthorId, e.SessionId, e.MessageId, [], e.OccurredAt);

    public static AuditRecord UserBlocked(UserBlocked e) =>
        new(AuditActions.UserBlocked, e.BlockerId, e.BlockedId, null, null, [], e.OccurredAt);

    public static AuditRecord UserUnblocked(UserUnblocked e) =>
        new(AuditActions.UserUnblocked, e.BlockerId, e.BlockedId, null, null, [], e.OccurredAt);

    public static AuditRecord SessionAssigned(SupportSessionAssigned e) => new(AuditActions.SessionAccepted, Actor(e.AssignedBy), e.AgentId, e.SessionId, null,
        new JsonObject { ["agent_id"] = e.AgentId, ["routed"] = e.AssignedBy == Guid.Empty }, e.OccurredAt);

    public static AuditRecord SessionTransferred(SupportSessionTransferred e) =>
        new(AuditActions.SessionTransferred, Actor(e.TransferredBy), e.ToAgentId, e.SessionId, null,
            new JsonObject { ["from_agent_id"] = e.FromAgentId, ["to_agent_id"] = e.ToAgentId }, e.OccurredAt);

    public static AuditRecord RolesChanged(UserRolesChanged e) => new(AuditActions.RolesChanged, Actor(e.ChangedBy), e.UserId, null, null,
        new JsonObject { ["roles"] = new JsonArray([.. e.Roles.Select(role => JsonValue.Create(Text(role)))]) }, e.OccurredAt);

    public static AuditRecord LoginFailed(LoginFailed e) => new(AuditActions.LoginFailed, e.UserId is { } id ? Actor(id) : null, e.UserId, null, null,
        new JsonObject { ["email"] = Text(e.Email), ["client_address"] = Text(e.ClientAddress) }, e.OccurredAt);

    public static AuditRecord MessageReported(Report r) => new(AuditActions.MessageReported, r.ReporterId, r.ReportedUserId, r.ChatSessionId, r.MessageId,
        new JsonObject { ["report_id"] = r.Id, ["reason"] = r.Reason }, r.CreatedAt);

    public static AuditRecord ReportResolved(Report r) => new(AuditActions.ReportResolved, r.ResolvedBy, r.ReportedUserId, r.ChatSessionId, r.MessageId,
        new JsonObject { ["report_id"] = r.Id, ["resolution"] = r.Resolution }, r.ResolvedAt ?? r.CreatedAt);

    private static Guid? Actor(Guid id) => id == Guid.Empty ? null : id;

    /// <summary>jsonb cannot hold U+0000; an event carrying one is still recorded, without it.</summary>
    private static string? Text(string? value) => value?.Replace("\0", string.Empty, StringComparison.Ordinal);
}
