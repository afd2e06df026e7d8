using System.Security.Claims;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.ServiceDefaults;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Sessions.Apis;

/// <summary>
/// Cold-path lookups for other services (not routed by the gateway, not in the public OpenAPI document). They
/// forward the user's token, so the answer is what that user may see.
/// </summary>
public static class InternalSessionsApi
{
    public static RouteGroupBuilder MapInternalSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/sessions").RequireAuthorization().ExcludeFromDescription();

        api.MapGet("/{id:guid}/members", GetMembers).WithName("GetSessionMembers");

        return api;
    }

    public static async Task<Results<Ok<SessionMembersResponse>, ProblemHttpResult>> GetMembers(
        Guid id, ClaimsPrincipal user, SessionsDbContext db, CancellationToken cancellationToken)
    {
        var session = await db.FindSessionAsync(id, cancellationToken);
        if (session is null || !session.IsParticipantOrAdmin(Caller.From(user)))
        {
            return Problem.NotFound("The session does not exist.");
        }
        return TypedResults.Ok(Members(session));
    }

    public static SessionMembersResponse Members(ChatSession session) => new(
        session.Id, ChatJson.EnumName(session.Status), ChatJson.EnumName(session.Kind), session.ParticipantIds);
}
