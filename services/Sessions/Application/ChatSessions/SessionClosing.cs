using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Application.ChatSessions;

public static class SessionClosing
{
    public static Task<SessionChange<CloseOutcome>> CloseSessionAsync(
        this SessionServices services, Guid sessionId, Caller caller, FeedbackInput? feedback, CancellationToken cancellationToken) =>
        SessionsTracing.TraceChangeAsync("close session", "chat.session_id", sessionId,
            () => services.CloseSessionCoreAsync(sessionId, caller, feedback, cancellationToken));

    private static Task<SessionChange<CloseOutcome>> CloseSessionCoreAsync(
        this SessionServices services, Guid sessionId, Caller caller, FeedbackInput? feedback, CancellationToken cancellationToken) =>
        services.Db.InTransactionAsync(async ct =>
        {
            var session = await services.Db.LoadForUpdateAsync(sessionId, ct);
            if (session is null || !session.IsVisibleTo(caller))
            {
                return SessionChange<CloseOutcome>.Hidden;
            }
            var outcome = session.Close(caller, feedback, services.Now);
            if (outcome == CloseOutcome.Closed)
            {
                services.Db.AddOutboxMessage(SessionEvents.Closed(session));
            }
            await services.Db.SaveChangesAsync(ct);
            return new SessionChange<CloseOutcome>(outcome, session);
        }, cancellationToken);
}
