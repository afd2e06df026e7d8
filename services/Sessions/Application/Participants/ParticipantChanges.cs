using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Application.Participants;

public static class ParticipantChanges
{
    public static Task<SessionChange<AddParticipantOutcome>> AddParticipantAsync(
        this SessionServices services, Guid sessionId, Guid userId, Caller caller, CancellationToken cancellationToken) =>
        SessionsTracing.TraceChangeAsync("add participant", "chat.session_id", sessionId,
            () => services.AddParticipantCoreAsync(sessionId, userId, caller, cancellationToken));

    private static Task<SessionChange<AddParticipantOutcome>> AddParticipantCoreAsync(
        this SessionServices services, Guid sessionId, Guid userId, Caller caller, CancellationToken cancellationToken) =>
        services.Db.InTransactionAsync(async ct =>
        {
            var session = await services.Db.LoadForUpdateAsync(sessionId, ct);
            if (session is null || !session.IsVisibleTo(caller))
            {
                return SessionChange<AddParticipantOutcome>.Hidden;
            }
            // The blocked user cannot bring the blocker into a session (SPEC.md section 5).
            if (userId != caller.UserId && session.IsParticipantOrAdmin(caller) && !session.IsParticipant(userId)
                && await services.Db.IsBlockedByAnyAsync(caller.UserId, [userId], ct))
            {
                return new SessionChange<AddParticipantOutcome>(AddParticipantOutcome.Blocked, session);
            }
            var now = services.Now;
            var outcome = session.AddParticipant(userId, caller, now);
            if (outcome == AddParticipantOutcome.Added)
            {
                services.Db.AddOutboxMessage(SessionEvents.Added(session, userId, caller.UserId, now));
                await services.Db.SaveChangesAsync(ct);
            }
            return new SessionChange<AddParticipantOutcome>(outcome, session);
        }, cancellationToken);

    public static Task<SessionChange<RemoveParticipantOutcome>> RemoveParticipantAsync(
        this SessionServices services, Guid sessionId, Guid userId, Caller caller, CancellationToken cancellationToken) =>
        SessionsTracing.TraceChangeAsync("remove participant", "chat.session_id", sessionId,
            () => services.RemoveParticipantCoreAsync(sessionId, userId, caller, cancellationToken));

    private static Task<SessionChange<RemoveParticipantOutcome>> RemoveParticipantCoreAsync(
        this SessionServices services, Guid sessionId, Guid userId, Caller caller, CancellationToken cancellationToken) =>
        services.Db.InTransactionAsync(async ct =>
        {
            var session = await services.Db.LoadForUpdateAsync(sessionId, ct);
            if (session is null || !session.IsVisibleTo(caller))
            {
                return SessionChange<RemoveParticipantOutcome>.Hidden;
            }
            var outcome = session.RemoveParticipant(userId, caller);
            if (outcome == RemoveParticipantOutcome.Removed)
            {
                services.Db.AddOutboxMessage(SessionEvents.Removed(session, userId, caller.UserId, services.Now));
                await services.Db.SaveChangesAsync(ct);
            }
            return new SessionChange<RemoveParticipantOutcome>(outcome, session);
        }, cancellationToken);
}
