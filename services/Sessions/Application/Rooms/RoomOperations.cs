using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Application.Rooms;

public static class RoomOperations
{
    /// <summary>Creates a room and its group session, or returns the room this request already made (same key).</summary>
    public static async Task<Room> CreateRoomAsync(
        this SessionServices services, NewRoom draft, Caller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var activity = SessionsTracing.Source.StartActivity("create room");
        var db = services.Db;
        if (await services.FindRoomReplayAsync(caller, idempotencyKey, cancellationToken) is { } replay)
        {
            return replay;
        }
        var now = services.Now;
        var (room, session) = Room.Create(draft, caller.UserId, now);
        db.Rooms.Add(room);
        db.Sessions.Add(session);
        db.AddOutboxMessage(SessionEvents.Created(session));
        db.AddIdempotencyRecord(caller.UserId, IdempotencyKeys.CreateRoom, idempotencyKey, room.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return room;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            var winner = await services.FindRoomReplayAsync(caller, idempotencyKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }
            return winner;
        }
    }

    /// <summary>Joins the room's session (a no-op for a participant). Hidden (null session) when the room is unknown or private.</summary>
    public static Task<SessionChange<AddParticipantOutcome>> JoinRoomAsync(
        this SessionServices services, Guid roomId, Caller caller, CancellationToken cancellationToken) =>
        SessionsTracing.TraceChangeAsync("join room", "chat.room_id", roomId,
            () => services.JoinRoomCoreAsync(roomId, caller, cancellationToken));

    private static Task<SessionChange<AddParticipantOutcome>> JoinRoomCoreAsync(
        this SessionServices services, Guid roomId, Caller caller, CancellationToken cancellationToken) =>
        services.Db.InTransactionAsync(async ct =>
        {
            var room = await services.Db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId, ct);
            var session = room is null ? null : await services.Db.LoadForUpdateAsync(room.SessionId, ct);
            if (room is null || session is null || !room.IsVisibleTo(caller, session))
            {
                return SessionChange<AddParticipantOutcome>.Hidden;
            }
            if (session.IsParticipant(caller.UserId))
            {
                return new SessionChange<AddParticipantOutcome>(AddParticipantOutcome.AlreadyParticipant, session);
            }
            var now = services.Now;
            var outcome = session.SelfJoin(caller.UserId, now);
            if (outcome == AddParticipantOutcome.Added)
            {
                services.Db.AddOutboxMessage(SessionEvents.Added(session, caller.UserId, caller.UserId, now));
                await services.Db.SaveChangesAsync(ct);
            }
            return new SessionChange<AddParticipantOutcome>(outcome, session);
        }, cancellationToken);

    private static async Task<Room?> FindRoomReplayAsync(
        this SessionServices services, Caller caller, string? idempotencyKey, CancellationToken cancellationToken) =>
        await services.Db.FindIdempotencyRecordAsync(caller.UserId, IdempotencyKeys.CreateRoom, idempotencyKey, cancellationToken) is { } first
            ? await services.Db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == first.ResourceId, cancellationToken)
            : null;
}
