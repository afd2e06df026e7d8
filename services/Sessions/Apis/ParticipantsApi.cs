using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Application.Participants;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Sessions.Apis;

public static class ParticipantsApi
{
    private const string SessionNotFound = "The session does not exist.";

    public static RouteGroupBuilder MapParticipantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/sessions/{id:guid}/participants").WithTags("Sessions").RequireAuthorization();

        api.MapGet("", ListParticipants).WithName("ListParticipants").WithSummary("Who takes part in a session, in joining order")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", AddParticipant).WithName("AddParticipant").WithSummary("Add a user to a group or support session")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{userId:guid}", RemoveParticipant).WithName("RemoveParticipant").WithSummary("Leave a session, or remove someone (creator or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    public static async Task<Results<Ok<Page<ParticipantResponse>>, ValidationProblem, ProblemHttpResult>> ListParticipants(
        Guid id, [AsParameters] PageRequest page, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        var session = await services.Db.FindSessionAsync(id, cancellationToken);
        if (session is null || !session.IsVisibleTo(Caller.From(user)))
        {
            return Problem.NotFound(SessionNotFound);
        }
        var ordered = cursor is { } after ? session.ParticipantsAfter(after.At, after.Id) : session.OrderedParticipants;
        var rows = ordered.Take(limit + 1).ToList();
        var (participants, nextCursor) = KeysetPage.Split(rows, limit, p => new KeysetCursor(p.JoinedAt, p.UserId));
        return TypedResults.Ok(new Page<ParticipantResponse>(participants.Select(ParticipantResponse.From).ToList(), nextCursor));
    }

    public static async Task<Results<Created<ParticipantResponse>, Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> AddParticipant(
        Guid id, AddParticipantRequest request, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (request.UserId is not { } userId || userId == Guid.Empty)
        {
            return Problem.Validation("user_id", "A user id is required.");
        }
        var change = await services.AddParticipantAsync(id, userId, Caller.From(user), cancellationToken);
        var participant = change.Session?.Participants.FirstOrDefault(p => p.UserId == userId);
        return change switch
        {
            { Session: null } => Problem.NotFound(SessionNotFound),
            { Outcome: AddParticipantOutcome.Forbidden } => Problem.Forbidden("Only a participant or an admin can add people to this session."),
            { Outcome: AddParticipantOutcome.Blocked } => Problem.Forbidden("This user has blocked you.", ErrorCodes.Blocked),
            { Outcome: AddParticipantOutcome.SessionClosed } => Problem.Conflict("The session is closed.", ErrorCodes.SessionClosed),
            { Outcome: AddParticipantOutcome.DirectSessionFull } => Problem.Conflict("A direct session has exactly two participants; open a group session instead."),
            { Outcome: AddParticipantOutcome.AlreadyParticipant } => TypedResults.Ok(ParticipantResponse.From(participant!)),
            _ => TypedResults.Created($"/api/v1/chat/sessions/{id}/participants/{userId}", ParticipantResponse.From(participant!)),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveParticipant(
        Guid id, Guid userId, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var change = await services.RemoveParticipantAsync(id, userId, Caller.From(user), cancellationToken);
        return change switch
        {
            { Session: null } => Problem.NotFound(SessionNotFound),
            { Outcome: RemoveParticipantOutcome.NotParticipant } => Problem.NotFound("The user is not a participant of this session."),
            { Outcome: RemoveParticipantOutcome.Forbidden } => Problem.Forbidden("Only the session's creator or an admin can remove someone else."),
            { Outcome: RemoveParticipantOutcome.SessionClosed } => Problem.Conflict("The session is closed.", ErrorCodes.SessionClosed),
            _ => TypedResults.NoContent(),
        };
    }
}
