using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Application.Rooms;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Apis;

public static class RoomsApi
{
    public static RouteGroupBuilder MapRoomsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/rooms").WithTags("Rooms").RequireAuthorization();

        api.MapPost("", CreateRoom).WithName("CreateRoom").WithSummary("Create a room and its group session");
        api.MapGet("", ListRooms).WithName("ListRooms").WithSummary("Public rooms and the caller's private ones, newest first");
        api.MapPost("/{id:guid}/join", JoinRoom).WithName("JoinRoom").WithSummary("Join a room; returns its group session")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    public static async Task<Results<Created<RoomResponse>, ValidationProblem>> CreateRoom(
        CreateRoomRequest request,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        ClaimsPrincipal user,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeyHeader.IsValid(idempotencyKey, IdempotencyKeys.MaxLength))
        {
            return Problem.Validation(IdempotencyKeyHeader.Name, IdempotencyKeyHeader.Requirement(IdempotencyKeys.MaxLength));
        }
        if (!NewRoom.TryCreate(request.Name, request.Description, request.IsPrivate, out var draft, out var errors))
        {
            return Problem.Validation(errors);
        }
        var room = await services.CreateRoomAsync(draft!, Caller.From(user), idempotencyKey, cancellationToken);
        return TypedResults.Created($"/api/v1/chat/rooms/{room.Id}", RoomResponse.From(room));
    }

    public static async Task<Results<Ok<Page<RoomResponse>>, ValidationProblem>> ListRooms(
        [AsParameters] PageRequest page, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        var query = services.Db.VisibleRooms(Caller.From(user)).AsNoTracking();
        if (cursor is { } after)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var (rooms, nextCursor) = KeysetPage.Split(rows, limit, r => new KeysetCursor(r.CreatedAt, r.Id));
        return TypedResults.Ok(new Page<RoomResponse>(rooms.Select(RoomResponse.From).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> JoinRoom(
        Guid id, ClaimsPrincipal user, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var change = await services.JoinRoomAsync(id, Caller.From(user), cancellationToken);
        return change switch
        {
            { Session: null } => Problem.NotFound("The room does not exist."),
            { Outcome: AddParticipantOutcome.SessionClosed } => Problem.Conflict("The room's session is closed.", ErrorCodes.SessionClosed),
            _ => TypedResults.Ok(await services.ToResponseAsync(change.Session, http, cancellationToken)),
        };
    }
}
