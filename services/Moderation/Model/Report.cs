namespace ChatPlatform.Moderation.Model;

/// <summary>A user's report of a message, with a snapshot of what the message said when it was reported.</summary>
public sealed class Report
{
    public Guid Id { get; init; }
    public Guid MessageId { get; init; }
    public Guid ChatSessionId { get; init; }
    public Guid ReportedUserId { get; init; }
    public Guid ReporterId { get; init; }
    public required string Reason { get; init; }
    public required string MessageContent { get; init; }
    public string? IdempotencyKey { get; init; }
    public ReportStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public Guid? ResolvedBy { get; private set; }
    public string? Resolution { get; private set; }

    /// <summary>PostgreSQL's row version (<c>xmin</c>): two admins resolving at once cannot both win.</summary>
    public uint Version { get; private set; }

    /// <summary>Closes an open report; false (and no change) when it is already resolved, so the first resolution stands.</summary>
    public bool Resolve(Guid adminId, string? resolution, DateTimeOffset now)
    {
        if (Status == ReportStatus.Resolved)
        {
            return false;
        }
        Status = ReportStatus.Resolved;
        ResolvedAt = now;
        ResolvedBy = adminId;
        Resolution = resolution;
        return true;
    }
}
