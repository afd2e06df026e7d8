using ChatPlatform.Contracts.Internal;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>
/// Sessions hands each commit's membership events here before it answers (not routed by the gateway, not in the
/// public document; the internal API key, not a user's token). The same events follow over the bus.
/// </summary>
public static class InternalMembershipApi
{
    public static RouteGroupBuilder MapInternalMembershipApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/membership").RequireInternalApiKey().ExcludeFromDescription();

        api.MapPost("/changes", ApplyChanges).WithName("ApplyMembershipChanges");

        return api;
    }

    public static async Task<NoContent> ApplyChanges(MembershipChanges changes, MembershipProjection projection, CancellationToken cancellationToken)
    {
        await projection.ApplyAsync(changes, cancellationToken);
        return TypedResults.NoContent();
    }
}
