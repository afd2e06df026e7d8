using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Application.Support;

/// <summary>Accepting and transferring support sessions; each change and its events commit together.</summary>
public static class SupportDesk
{
    /// <summary>
    /// The session's row lock makes concurrent accepts run one after the other, so the first one assigns the session
    /// and every later one sees it assigned. Hidden (null session) when the id is unknown or not a support session.
    /// </summary>
    public static Task<SessionChange<AcceptOutcome>> AcceptAsync(
        this SessionServices services, Guid sessionId, Caller agent, CancellationToken cancellationToken) =>
        SessionsTracing.TraceChangeAsync("accept support session", "chat.session_id", sessionId,
            () => services.AcceptCoreAsync(sessionId, agent, cancellationToken));

    private static Task<SessionChange<AcceptOutcome>> AcceptCoreAsync(
        this SessionServices services, Guid sessionId, Caller agent, CancellationToken cancellationToken) =>
        services.Db.InTransactionAsync(async ct =>
        {
            var session = await services.Db.LoadForUpdateAsync(sessionId, ct);
            if (session is null || session.Kind != SessionKind.Support)
            {
                return SessionChange<AcceptOutcome>.Hidden;
            }
            var now = services.Now;
            var wasParticipant = session.IsParticipant(agent.UserId);
            var outcome = session.Accept(agent, now);
            if (outcome == AcceptOutcome.Accepted)
            {
                if (!wasParticipant)
                {
                    services.Db.AddOutboxMessage(SessionEvents.Added(session, agent.UserId, agent.UserId, now));
                }
                services.Db.AddOutboxMessage(new SupportSessionAssigned(session.Id, agent.UserId, agent.UserId, now));
                await services.Db.SaveChangesAsync(ct);
            }
            return new SessionChange<AcceptOutcome>(outcome, session);
        }, cancellationToken);

    /// <summary>Hidden (null session) when the caller cannot see the session.</summary>
    public static Task<SessionChange<TransferOutcome>> TransferAsync(
        this SessionServices services, Guid sessionId, Guid toAgent, Caller caller, CancellationToken cancellationToken) =>
        SessionsTracing.TraceChangeAsync("transfer support session", "chat.session_id", sessionId,
            () => services.TransferCoreAsync(sessionId, toAgent, caller, cancellationToken));

    private static Task<SessionChange<TransferOutcome>> TransferCoreAsync(
        this SessionServices services, Guid sessionId, Guid toAgent, Caller caller, CancellationToken cancellationToken) =>
        services.Db.InTransactionAsync(async ct =>
        {
            var session = await services.Db.LoadForUpdateAsync(sessionId, ct);
            if (session is null || !session.IsVisibleTo(caller))
            {
                return SessionChange<TransferOutcome>.Hidden;
            }
            var target = await services.Db.FindKnownUserAsync(toAgent, ct);
            var from = session.AssignedAgentId;
            var targetWasParticipant = session.IsParticipant(toAgent);
            var now = services.Now;
            var outcome = session.Transfer(caller, toAgent, target?.IsAgent == true, now);
            if (outcome == TransferOutcome.Transferred)
            {
                if (!targetWasParticipant)
                {
                    services.Db.AddOutboxMessage(SessionEvents.Added(session, toAgent, caller.UserId, now));
                }
                services.Db.AddOutboxMessage(SessionEvents.Removed(session, from!.Value, caller.UserId, now));
                services.Db.AddOutboxMessage(new SupportSessionTransferred(session.Id, from.Value, toAgent, caller.UserId, now));
                await services.Db.SaveChangesAsync(ct);
            }
            return new SessionChange<TransferOutcome>(outcome, session);
        }, cancellationToken);
}
