using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Application.CannedResponses;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Apis;

/// <summary>Canned responses for agents and admins: their own and the shared ones, with session variables filled in on demand.</summary>
public static class CannedResponsesApi
{
    private const string NotFound = "The canned response does not exist.";
    private const string SessionNotFound = "The session does not exist.";
    private const string ShortcutTaken = "You already have a canned response with this shortcut.";

    public static RouteGroupBuilder MapCannedResponsesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/canned-responses").WithTags("Support")
            .RequireAuthorization(AuthenticationExtensions.AgentPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("", List).WithName("ListCannedResponses")
            .WithSummary("The caller's and the shared canned responses, newest first; ?session_id= adds rendered_content")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", Create).WithName("CreateCannedResponse").WithSummary("Save a canned response")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:guid}", Update).WithName("UpdateCannedResponse").WithSummary("Replace a canned response (its owner; an admin for shared ones)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{id:guid}", Delete).WithName("DeleteCannedResponse").WithSummary("Delete a canned response (its owner; an admin for shared ones)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/render", Render).WithName("RenderCannedResponse").WithSummary("A canned response with its variables filled in for a session")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Ok<Page<CannedResponseResponse>>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] PageRequest page,
        [FromQuery(Name = "session_id")] Guid? sessionId,
        ClaimsPrincipal user,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        TemplateValues? values = null;
        if (sessionId is { } id && (values = await services.ForSessionAsync(id, user, cancellationToken)) is null)
        {
            return Problem.NotFound(SessionNotFound);
        }
        var me = user.UserId();
        var query = services.Db.CannedResponses.AsNoTracking().Where(r => r.OwnerId == me || r.Shared);
        if (cursor is { } after)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var (responses, nextCursor) = KeysetPage.Split(rows, limit, r => new KeysetCursor(r.CreatedAt, r.Id));
        return TypedResults.Ok(new Page<CannedResponseResponse>(responses.Select(r => CannedResponseResponse.From(r, values)).ToList(), nextCursor));
    }

    public static async Task<Results<Created<CannedResponseResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CannedResponseRequest request,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        ClaimsPrincipal user,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeyHeader.IsValid(idempotencyKey, IdempotencyKeys.MaxLength))
        {
            return Problem.Validation(IdempotencyKeyHeader.Name, IdempotencyKeyHeader.Requirement(IdempotencyKeys.MaxLength));
        }
        if (!CannedResponseInput.TryCreate(request.Title, request.Shortcut, request.Content, request.Shared, out var input, out var errors))
        {
            return Problem.Validation(errors);
        }
        if (await services.CreateCannedResponseAsync(input!, Caller.From(user), idempotencyKey, cancellationToken) is not { } created)
        {
            return Problem.Conflict(ShortcutTaken);
        }
        return TypedResults.Created($"/api/v1/chat/canned-responses/{created.Id}", CannedResponseResponse.From(created));
    }

    public static async Task<Results<Ok<CannedResponseResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, CannedResponseRequest request, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (!CannedResponseInput.TryCreate(request.Title, request.Shortcut, request.Content, request.Shared, out var input, out var errors))
        {
            return Problem.Validation(errors);
        }
        var caller = Caller.From(user);
        var response = await services.Db.CannedResponses.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (response is null || !response.IsVisibleTo(caller))
        {
            return Problem.NotFound(NotFound);
        }
        if (!response.MayBeChangedBy(caller))
        {
            return Problem.Forbidden("Only its owner (or an admin, for a shared one) can change this canned response.");
        }
        response.Update(input!, services.Now);
        return await services.Db.TrySaveAsync(cancellationToken)
            ? TypedResults.Ok(CannedResponseResponse.From(response))
            : Problem.Conflict(ShortcutTaken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var response = await services.Db.CannedResponses.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (response is null || !response.IsVisibleTo(caller))
        {
            return Problem.NotFound(NotFound);
        }
        if (!response.MayBeChangedBy(caller))
        {
            return Problem.Forbidden("Only its owner (or an admin, for a shared one) can delete this canned response.");
        }
        services.Db.CannedResponses.Remove(response);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<RenderedResponse>, ValidationProblem, ProblemHttpResult>> Render(
        Guid id, RenderRequest request, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (request.SessionId is not { } sessionId || sessionId == Guid.Empty)
        {
            return Problem.Validation("session_id", "A session id is required.");
        }
        var response = await services.Db.CannedResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (response is null || !response.IsVisibleTo(Caller.From(user)))
        {
            return Problem.NotFound(NotFound);
        }
        if (await services.ForSessionAsync(sessionId, user, cancellationToken) is not { } values)
        {
            return Problem.NotFound(SessionNotFound);
        }
        return TypedResults.Ok(new RenderedResponse(CannedResponseTemplate.Render(response.Content, values)));
    }
}
