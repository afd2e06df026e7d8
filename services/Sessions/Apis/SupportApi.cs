using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Application.Support;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Apis;

public static class SupportApi
{
    private const string SessionNotFound = "The support session does not exist.";

    public static IEndpointRouteBuilder MapSupportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").WithTags("Support").RequireAuthorization();

        api.MapGet("/support/queue", GetQueue).RequireAuthorization(AuthenticationExtensions.AgentPolicy)
            .WithName("GetSupportQueue").WithSummary("Support sessions waiting for an agent, oldest first, with wait_seconds (agents)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/support/stats", GetStats).RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithName("GetSupportStats").WithSummary("Support sessions by status, average first response and resolution times, CSAT average (admin)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/sessions/{id:guid}/accept", Accept).RequireAuthorization(AuthenticationExtensions.AgentPolicy)
            .WithName("AcceptSupportSession").WithSummary("Take a waiting support session; the first agent wins, later ones get 409 already_assigned")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/sessions/{id:guid}/transfer", Transfer)
            .WithName("TransferSupportSession").WithSummary("Hand a support session to another agent (the assigned agent or an admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    public static async Task<Results<Ok<Page<SessionResponse>>, ValidationProblem>> GetQueue(
        [AsParameters] PageRequest page, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        var query = services.Db.Sessions.AsNoTracking().Where(s => s.Kind == SessionKind.Support && s.Status == SessionStatus.Waiting);
        if (cursor is { } after)
        {
            query = query.Where(s => EF.Functions.GreaterThan(ValueTuple.Create(s.CreatedAt, s.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Take(limit + 1)
            .Include(s => s.Participants)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var (sessions, nextCursor) = KeysetPage.Split(rows, limit, s => new KeysetCursor(s.CreatedAt, s.Id));
        var now = services.Now;
        return TypedResults.Ok(new Page<SessionResponse>(sessions.Select(s => SessionResponse.Queued(s, now)).ToList(), nextCursor));
    }

    /// <summary>Over the support sessions opened in the last <paramref name="days"/> (default 30, at most 365).</summary>
    public static async Task<Results<Ok<SupportStatsResponse>, ValidationProblem>> GetStats(
        int? days, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 365)
        {
            return Problem.Validation("days", "days must be between 1 and 365.");
        }
        var window = days ?? 30;
        var since = services.Now.AddDays(-window);
        var sessions = await services.Db.Sessions.AsNoTracking()
            .Where(s => s.Kind == SessionKind.Support && s.CreatedAt >= since)
            .ToListAsync(cancellationToken);
        var recent = sessions.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(10).Select(s => SessionResponse.From(s)).ToList();
        return TypedResults.Ok(SupportStatsResponse.From(window, SupportStatistics.From(sessions), recent));
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal user, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var change = await services.AcceptAsync(id, Caller.From(user), cancellationToken);
        if (change.Outcome == AcceptOutcome.Accepted)
        {
            // The token's roles, as of its issue time, stand in for Identity's events if these never reached Sessions
            // (an account seeded before Sessions' queues existed), so the agent can be transferred back to later.
            await services.Db.UpsertUserRolesAsync(user.UserId(), [.. user.FindAll(ChatClaims.Role).Select(c => c.Value)], user.IssuedAt(), cancellationToken);
        }
        return change switch
        {
            { Session: null } or { Outcome: AcceptOutcome.NotSupport } => Problem.NotFound(SessionNotFound),
            { Outcome: AcceptOutcome.Forbidden } => Problem.Forbidden("Only agents and admins accept support sessions."),
            { Outcome: AcceptOutcome.SessionClosed } => Problem.Conflict("The session is closed.", ErrorCodes.SessionClosed),
            { Outcome: AcceptOutcome.AlreadyAssigned } => Problem.Conflict("Another agent has accepted this session already.", ErrorCodes.AlreadyAssigned),
            _ => TypedResults.Ok(await services.ToResponseAsync(change.Session, http, cancellationToken)),
        };
    }

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> Transfer(
        Guid id, TransferRequest request, ClaimsPrincipal user, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (request.AgentId is not { } agentId || agentId == Guid.Empty)
        {
            return Problem.Validation("agent_id", "The id of the agent to transfer to is required.");
        }
        var change = await services.TransferAsync(id, agentId, Caller.From(user), cancellationToken);
        return change switch
        {
            { Session: null } or { Outcome: TransferOutcome.NotSupport } => Problem.NotFound(SessionNotFound),
            { Outcome: TransferOutcome.Forbidden } => Problem.Forbidden("Only the assigned agent or an admin can transfer this session."),
            { Outcome: TransferOutcome.SessionClosed } => Problem.Conflict("The session is closed.", ErrorCodes.SessionClosed),
            { Outcome: TransferOutcome.NotAssigned } => Problem.Conflict("The session is still waiting; accept it before transferring it."),
            { Outcome: TransferOutcome.SameAgent } => Problem.Validation("agent_id", "The session is assigned to this agent already."),
            { Outcome: TransferOutcome.TargetIsCustomer } => Problem.Validation("agent_id", "A session cannot be transferred to its customer."),
            { Outcome: TransferOutcome.TargetNotAgent } => Problem.Validation("agent_id", "The user to transfer to is not an agent."),
            _ => TypedResults.Ok(await services.ToResponseAsync(change.Session, http, cancellationToken)),
        };
    }
}
