using ChatPlatform.Moderation.Infrastructure;
using ChatPlatform.Moderation.Model;
using ChatPlatform.Moderation.Rules;
using ChatPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Application.Audit;

/// <summary>Appends to the audit log, once per source: a redelivered event finds its row and adds nothing.</summary>
public sealed class AuditWriter(ModerationDbContext db, TimeProvider clock)
{
    public async Task AppendAsync(AuditRecord record, Guid sourceId, CancellationToken cancellationToken)
    {
        using var activity = ModerationTracing.Source.StartActivity("append audit entry");
        activity?.SetTag("chat.audit_action", record.Action);
        if (await db.AuditLog.AnyAsync(e => e.SourceId == sourceId, cancellationToken))
        {
            activity?.SetTag("chat.outcome", "already_logged");
            return;
        }
        db.AuditLog.Add(ToEntry(record, sourceId, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same event delivered twice at once: the other delivery stored it.
            db.ChangeTracker.Clear();
        }
    }

    public static AuditEntry ToEntry(AuditRecord record, Guid sourceId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Action = record.Action,
        ActorId = record.ActorId,
        TargetUserId = record.TargetUserId,
        SessionId = record.SessionId,
        MessageId = record.MessageId,
        Details = record.Details.ToJsonString(),
        OccurredAt = record.OccurredAt.ToUniversalTime(),
        RecordedAt = now,
        SourceId = sourceId,
    };
}
