using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Application.ChatSessions;

public static class SessionCreation
{
    /// <summary>
    /// Opens a session, or returns the one this request already made (same <c>Idempotency-Key</c>) or the open direct
    /// session between the same two users. Null when the room it names is unknown or hidden from the caller.
    /// </summary>
    public static async Task<CreatedSession?> CreateSessionAsync(
        this SessionServices services, NewSession draft, Caller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var activity = SessionsTracing.Source.StartActivity("create session");
        var result = await services.CreateSessionCoreAsync(draft, caller, idempotencyKey, cancellationToken);
        activity?.SetTag("chat.outcome", result is null ? "hidden" : result.IsNew ? "created" : "existing");
        return result;
    }

    private static async Task<CreatedSession?> CreateSessionCoreAsync(
        this SessionServices services, NewSession draft, Caller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var db = services.Db;
        if (draft.RoomId is { } roomId && !await db.VisibleRooms(caller).AnyAsync(r => r.Id == roomId, cancellationToken))
        {
            return null;
        }
        if (await services.FindExistingAsync(draft, caller, idempotencyKey, cancellationToken) is { } existing)
        {
            return new CreatedSession(existing, IsNew: false);
        }

        var now = services.Now;
        var session = ChatSession.Open(draft, caller.UserId, now);
        db.Sessions.Add(session);
        db.AddOutboxMessage(SessionEvents.Created(session));
        db.AddIdempotencyRecord(caller.UserId, IdempotencyKeys.CreateSession, idempotencyKey, session.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CreatedSession(session, IsNew: true);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A concurrent request with the same key, or for the same direct pair, committed first: answer with its session.
            db.ChangeTracker.Clear();
            var winner = await services.FindExistingAsync(draft, caller, idempotencyKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }
            return new CreatedSession(winner, IsNew: false);
        }
    }

    public static async Task<ChatSession?> FindReplayAsync(
        this SessionServices services, Caller caller, string? idempotencyKey, CancellationToken cancellationToken) =>
        await services.Db.FindIdempotencyRecordAsync(caller.UserId, IdempotencyKeys.CreateSession, idempotencyKey, cancellationToken) is { } first
            ? await services.Db.FindSessionAsync(first.ResourceId, cancellationToken)
            : null;

    private static async Task<ChatSession?> FindExistingAsync(
        this SessionServices services, NewSession draft, Caller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (await services.FindReplayAsync(caller, idempotencyKey, cancellationToken) is { } replay)
        {
            return replay;
        }
        if (draft.Kind != SessionKind.Direct)
        {
            return null;
        }
        // A retry of a deduplicated direct request finds the same open session again, so no key is stored for it.
        return await services.Db.FindOpenDirectSessionAsync(ChatSession.PairKey(caller.UserId, draft.OtherParticipantIds[0]), cancellationToken);
    }
}
