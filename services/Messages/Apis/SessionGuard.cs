using System.Security.Claims;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>
/// The membership check of every session-scoped route, in one place: a caller who is not a member (nor, where
/// <paramref name="adminsMayRead"/>, an admin looking at a session that exists) gets the same 404 as for an unknown id.
/// A call, not an endpoint filter, so each route still answers its own validation errors first, as it always did.
/// </summary>
public static class SessionGuard
{
    public static async Task<GuardedAccess> GuardAsync(
        this SessionAccessResolver resolver, Guid sessionId, ClaimsPrincipal user, HttpRequest http, bool adminsMayRead,
        CancellationToken cancellationToken, string notFoundDetail = "The chat session does not exist.")
    {
        var access = await resolver.ResolveAsync(sessionId, user.UserId(), BearerToken.From(http), cancellationToken);
        var allowed = access.IsMember || (adminsMayRead && access.Known && user.IsAdmin());
        return new GuardedAccess(access, allowed ? null : Problem.For(ErrorCode.NotFound, notFoundDetail));
    }
}
