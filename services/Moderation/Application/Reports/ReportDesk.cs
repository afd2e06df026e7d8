using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Infrastructure;
using ChatPlatform.Moderation.Infrastructure.Peers;
using ChatPlatform.Moderation.Model;
using ChatPlatform.Moderation.Rules;
using ChatPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Application.Reports;

/// <summary>
/// Files and resolves reports. A report is accepted only for a message the reporter can read, which Messages
/// decides (<c>/internal/messages/{id}</c> with the reporter's token); each report and its resolution are audited
/// in the same transaction.
/// </summary>
public sealed class ReportDesk(ModerationDbContext db, MessagesClient messages, TimeProvider clock)
{
    public async Task<FiledReport> FileAsync(
        Guid reporterId, Guid messageId, string reason, string? idempotencyKey, string? authorization, CancellationToken cancellationToken)
    {
        using var activity = ModerationTracing.Source.StartActivity("file report");
        activity?.SetTag("chat.message_id", messageId);
        var result = await FileCoreAsync(reporterId, messageId, reason, idempotencyKey, authorization, cancellationToken);
        activity?.SetTag("chat.outcome", result.Outcome.ToString());
        return result;
    }

    private async Task<FiledReport> FileCoreAsync(
        Guid reporterId, Guid messageId, string reason, string? idempotencyKey, string? authorization, CancellationToken cancellationToken)
    {
        if (await FindExistingAsync(reporterId, messageId, idempotencyKey, cancellationToken) is { } existing)
        {
            return existing;
        }
        var (lookup, message) = await messages.FindReadableAsync(messageId, authorization, cancellationToken);
        if (lookup != PeerLookup.Found)
        {
            return new FiledReport(lookup == PeerLookup.NotFound ? ReportOutcome.NotReadable : ReportOutcome.Unavailable);
        }

        var now = clock.GetStoredUtcNow();
        var report = new Report
        {
            Id = Guid.CreateVersion7(now),
            MessageId = messageId,
            ChatSessionId = message!.ChatSessionId,
            ReportedUserId = message.UserId,
            ReporterId = reporterId,
            Reason = reason,
            MessageContent = message.Content,
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
        };
        db.Reports.Add(report);
        db.AuditLog.Add(AuditWriter.ToEntry(AuditRecords.MessageReported(report), report.Id, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new FiledReport(ReportOutcome.Created, report);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same report (or the same key) was filed concurrently; answer with that one.
            db.ChangeTracker.Clear();
            return await FindExistingAsync(reporterId, messageId, idempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The concurrent report vanished.", exception);
        }
    }

    /// <summary>Resolves a report (null when it does not exist); an already resolved report keeps its first resolution.</summary>
    public async Task<Report?> ResolveAsync(Guid reportId, Guid adminId, string? resolution, CancellationToken cancellationToken)
    {
        using var activity = ModerationTracing.Source.StartActivity("resolve report");
        activity?.SetTag("chat.report_id", reportId);
        var result = await ResolveCoreAsync(reportId, adminId, resolution, cancellationToken);
        activity?.SetTag("chat.outcome", result is null ? "not_found" : "resolved");
        return result;
    }

    private async Task<Report?> ResolveCoreAsync(Guid reportId, Guid adminId, string? resolution, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }
        var now = clock.GetStoredUtcNow();
        if (!report.Resolve(adminId, resolution, now))
        {
            return report;
        }
        db.AuditLog.Add(AuditWriter.ToEntry(AuditRecords.ReportResolved(report), Guid.CreateVersion7(now), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return report;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another admin resolved it a moment ago: theirs stands.
            db.ChangeTracker.Clear();
            return await db.Reports.AsNoTracking().SingleAsync(r => r.Id == reportId, cancellationToken);
        }
    }

    private async Task<FiledReport?> FindExistingAsync(Guid reporterId, Guid messageId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null
            && await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.ReporterId == reporterId && r.IdempotencyKey == idempotencyKey, cancellationToken) is { } replay)
        {
            return new FiledReport(ReportOutcome.Replayed, replay);
        }
        return await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.ReporterId == reporterId && r.MessageId == messageId, cancellationToken) is { } earlier
            ? new FiledReport(ReportOutcome.AlreadyReported, earlier)
            : null;
    }
}
