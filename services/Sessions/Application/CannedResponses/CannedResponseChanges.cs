using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Application.CannedResponses;

/// <summary>Creating and changing canned responses; a shortcut taken by another response of the same owner is a conflict.</summary>
public static class CannedResponseChanges
{
    /// <summary>The new response, the one an earlier request with the same key made, or null for a shortcut conflict.</summary>
    public static async Task<CannedResponse?> CreateCannedResponseAsync(
        this SessionServices services, CannedResponseInput input, Caller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var activity = SessionsTracing.Source.StartActivity("create canned response");
        var result = await services.CreateCannedResponseCoreAsync(input, caller, idempotencyKey, cancellationToken);
        activity?.SetTag("chat.outcome", result is null ? "conflict" : "created");
        return result;
    }

    private static async Task<CannedResponse?> CreateCannedResponseCoreAsync(
        this SessionServices services, CannedResponseInput input, Caller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var db = services.Db;
        if (await services.FindCannedReplayAsync(caller, idempotencyKey, cancellationToken) is { } replay)
        {
            return replay;
        }
        var now = services.Now;
        var response = CannedResponse.Create(input, caller.UserId, now);
        db.CannedResponses.Add(response);
        db.AddIdempotencyRecord(caller.UserId, IdempotencyKeys.CreateCannedResponse, idempotencyKey, response.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            // Either a concurrent retry with the same key won (answer with its response) or the shortcut is taken.
            return await services.FindCannedReplayAsync(caller, idempotencyKey, cancellationToken);
        }
    }

    /// <summary>Saves a changed response; false when its new shortcut is taken by another response of the owner.</summary>
    public static async Task<bool> TrySaveAsync(this SessionsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
    }

    private static async Task<CannedResponse?> FindCannedReplayAsync(
        this SessionServices services, Caller caller, string? idempotencyKey, CancellationToken cancellationToken) =>
        await services.Db.FindIdempotencyRecordAsync(caller.UserId, IdempotencyKeys.CreateCannedResponse, idempotencyKey, cancellationToken) is { } first
            ? await services.Db.CannedResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == first.ResourceId, cancellationToken)
            : null;
}
