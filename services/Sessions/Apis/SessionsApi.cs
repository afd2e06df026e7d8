using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Application.ChatSessions;
using ChatPlatform.Sessions.Application.Support;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Infrastructure.Peers;
using ChatPlatform.Sessions.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Sessions.Apis;

public static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/sessions").WithTags("Sessions").RequireAuthorization();

        api.MapPost("", CreateSession).WithName("CreateSession").WithSummary("Open a direct, group or support session")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("", ListSessions).WithName("ListSessions").WithSummary("The caller's sessions, most recently active first");
        api.MapGet("/{id:guid}", GetSession).WithName("GetSession").WithSummary("One session the caller takes part in")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/close", CloseSession).WithName("CloseSession").WithSummary("Close a session, optionally with feedback")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    public static async Task<Results<Created<SessionResponse>, ValidationProblem, ProblemHttpResult>> CreateSession(
        CreateSessionRequest request,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpContext http,
        [AsParameters] SessionServices services,
        IOptions<SupportOptions> support,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!IdempotencyKeyHeader.IsValid(idempotencyKey, IdempotencyKeys.MaxLength))
        {
            return Problem.Validation(IdempotencyKeyHeader.Name, IdempotencyKeyHeader.Requirement(IdempotencyKeys.MaxLength));
        }
        if (!NewSession.TryCreate(request.Title, request.Kind, request.ParticipantIds, request.RoomId, caller.UserId, out var draft, out var errors))
        {
            return Problem.Validation(errors);
        }
        // The blocked user cannot open a session that includes the blocker (SPEC.md section 5).
        if (await services.Db.IsBlockedByAnyAsync(caller.UserId, draft!.OtherParticipantIds, cancellationToken))
        {
            return Problem.Forbidden("A user you want in this session has blocked you.", ErrorCodes.Blocked);
        }
        if (await services.CreateSessionAsync(draft, caller, idempotencyKey, cancellationToken) is not { } created)
        {
            return Problem.NotFound("The room does not exist.");
        }
        if (created.IsNew)
        {
            var routed = await services.RouteAsync(created.Session, support, cancellationToken);
            created = created with { Session = routed };
        }
        // A new session has no messages yet, so only an existing one is worth asking Messages about.
        var response = created.IsNew
            ? SessionResponse.From(created.Session)
            : await services.ToResponseAsync(created.Session, http, cancellationToken);
        return TypedResults.Created($"/api/v1/chat/sessions/{created.Session.Id}", response);
    }

    public static async Task<Results<Ok<Page<SessionResponse>>, ValidationProblem>> ListSessions(
        [AsParameters] PageRequest page,
        ClaimsPrincipal user,
        HttpContext http,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        var me = Caller.From(user).UserId;
        var query = services.Db.Sessions.AsNoTracking().Where(s => s.Participants.Any(p => p.UserId == me));
        if (cursor is { } after)
        {
            query = query.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.LastActivityAt, s.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query
            .OrderByDescending(s => s.LastActivityAt).ThenByDescending(s => s.Id)
            .Take(limit + 1)
            .Include(s => s.Participants)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var (sessions, nextCursor) = KeysetPage.Split(rows, limit, s => new KeysetCursor(s.LastActivityAt, s.Id));
        return TypedResults.Ok(new Page<SessionResponse>(await services.ToResponsesAsync(sessions, http, cancellationToken), nextCursor));
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetSession(
        Guid id, ClaimsPrincipal user, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var session = await services.Db.FindSessionAsync(id, cancellationToken);
        if (session is null || !session.IsVisibleTo(Caller.From(user)))
        {
            return Problem.NotFound("The session does not exist.");
        }
        return TypedResults.Ok(await services.ToResponseAsync(session, http, cancellationToken));
    }

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> CloseSession(
        Guid id,
        CloseSessionRequest? request,
        ClaimsPrincipal user,
        HttpContext http,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        FeedbackInput? feedback = null;
        if (request?.Feedback is { } given && !FeedbackInput.TryCreate(given.Rating, given.Comment, out feedback, out var errors))
        {
            return Problem.Validation(errors);
        }
        var change = await services.CloseSessionAsync(id, Caller.From(user), feedback, cancellationToken);
        return change switch
        {
            { Session: null } => Problem.NotFound("The session does not exist."),
            { Outcome: CloseOutcome.Forbidden } => Problem.Forbidden("Only a participant or an admin can close this session (a room's session: its creator or an admin)."),
            { Outcome: CloseOutcome.FeedbackConflict } => Problem.Conflict("The session is closed and already has different feedback.", ErrorCodes.SessionClosed),
            _ => TypedResults.Ok(await services.ToResponseAsync(change.Session, http, cancellationToken)),
        };
    }
}
