using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Sessions.Application.Support;

public static class SupportRouting
{
    /// <summary>
    /// With <c>Support:AutoAssign</c> on, gives a new waiting session to the online agent with the fewest open
    /// sessions under the capacity (events as for an accept, <c>AssignedBy</c> empty). Returns the session as it is
    /// afterwards: unchanged when routing is off or no agent is free. Two sessions routed at the same moment may
    /// both go to the same agent, so capacity can be exceeded by the number of concurrent creations.
    /// </summary>
    public static async Task<ChatSession> RouteAsync(
        this SessionServices services, ChatSession session, IOptions<SupportOptions> options, CancellationToken cancellationToken)
    {
        using var activity = SessionsTracing.Source.StartActivity("route support session");
        activity?.SetTag("chat.session_id", session.Id);
        var result = await services.RouteCoreAsync(session, options, cancellationToken);
        activity?.SetTag("chat.outcome", result.Status.ToString());
        return result;
    }

    private static async Task<ChatSession> RouteCoreAsync(
        this SessionServices services, ChatSession session, IOptions<SupportOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.AutoAssign || !session.IsWaitingSupport)
        {
            return session;
        }
        var online = await services.Db.OnlineAgentsAsync(services.Now - options.Value.PresenceFreshness, session.CreatedBy, cancellationToken);
        var open = await services.Db.Sessions.AsNoTracking()
            .Where(s => s.AssignedAgentId != null && online.Contains(s.AssignedAgentId.Value)
                && (s.Status == SessionStatus.Assigned || s.Status == SessionStatus.Transferred))
            .GroupBy(s => s.AssignedAgentId!.Value)
            .Select(group => new { Agent = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Agent, row => row.Count, cancellationToken);
        if (AgentRouting.Choose(online, open, options.Value.AgentCapacity) is not { } agent)
        {
            return session;
        }
        return await services.Db.InTransactionAsync(async ct =>
        {
            var current = await services.Db.LoadForUpdateAsync(session.Id, ct);
            var now = services.Now;
            if (current is null || !current.Route(agent, now))
            {
                return current ?? session;
            }
            services.Db.AddOutboxMessage(SessionEvents.Added(current, agent, agent, now));
            services.Db.AddOutboxMessage(new SupportSessionAssigned(current.Id, agent, Guid.Empty, now));
            await services.Db.SaveChangesAsync(ct);
            return current;
        }, cancellationToken);
    }
}
