using System.Security.Claims;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

public static class ReadCursorsApi
{
    public static RouteGroupBuilder MapReadCursorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/sessions/{id:guid}").RequireAuthorization().WithTags("Messages");

        api.MapPost("/mark-read", MarkRead)
            .WithName("MarkRead")
            .WithSummary("Move the caller's read cursor forward (it never moves back)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/read-cursors", ListReadCursors)
            .WithName("ListReadCursors")
            .WithSummary("How far each participant has read (\"seen by\"), the latest moved first")
            .WithDescription("Participants who have read nothing yet are left out. read_receipt frames carry the same cursors live.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    public static async Task<Results<Ok<Page<ReadCursorResponse>>, ValidationProblem, ProblemHttpResult>> ListReadCursors(
        Guid id,
        [AsParameters] PageRequest page,
        ClaimsPrincipal user,
        HttpRequest http,
        [AsParameters] ReadCursorsServices services,
        CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var after, out var errors))
        {
            return Problem.Validation(errors);
        }
        if ((await services.Access.GuardAsync(id, user, http, adminsMayRead: true, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }
        var rows = await services.Reader.ListAsync(id, limit + 1, after, cancellationToken);
        var (cursors, nextCursor) = KeysetPage.Split(rows, limit, c => new KeysetCursor(c.UpdatedAt, c.UserId));
        return TypedResults.Ok(new Page<ReadCursorResponse>(
            cursors.Select(c => new ReadCursorResponse(c.SessionId, c.UserId, c.UpToSeq)).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<ReadCursorResponse>, ValidationProblem, ProblemHttpResult>> MarkRead(
        Guid id,
        MarkReadRequest request,
        ClaimsPrincipal user,
        HttpRequest http,
        [AsParameters] ReadCursorsServices services,
        CancellationToken cancellationToken)
    {
        if ((request.UpToSeq is null) == (request.UpToMessageId is null))
        {
            return Problem.Validation("up_to_seq", "Give exactly one of up_to_seq and up_to_message_id.");
        }
        if (request.UpToSeq < 0)
        {
            return Problem.Validation("up_to_seq", "up_to_seq must be 0 or more.");
        }
        var userId = user.UserId();
        if ((await services.Access.GuardAsync(id, user, http, adminsMayRead: false, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }
        var result = await services.Cursors.MarkReadAsync(id, userId, request.UpToSeq, request.UpToMessageId, cancellationToken);
        if (result.Errors is { } errors)
        {
            return Problem.Validation(errors.ToDictionary());
        }
        return TypedResults.Ok(new ReadCursorResponse(id, userId, result.UpToSeq));
    }
}
