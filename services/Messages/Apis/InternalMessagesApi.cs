using ChatPlatform.ServiceDefaults.Problems;
using System.Security.Claims;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>
/// For Moderation's reports (caller's token forwarded; not routed by the gateway, not in the public document): a
/// message the caller can read, or 404. Blocks do not hide it here, so a blocker can still report what they got.
/// </summary>
public static class InternalMessagesApi
{
    public static RouteGroupBuilder MapInternalMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/messages").RequireAuthorization().ExcludeFromDescription();

        api.MapGet("/{id:guid}", GetMessage).WithName("GetInternalMessage");

        return api;
    }

    public static async Task<Results<Ok<InternalMessageResponse>, ProblemHttpResult>> GetMessage(
        Guid id, ClaimsPrincipal user, HttpRequest http, MessageLookup lookup, CancellationToken cancellationToken)
    {
        var target = await lookup.FindAsync(id, user.UserId(), user.IsAdmin(), BearerToken.From(http), applyBlocks: false, cancellationToken);
        if (target.Message is not { } message)
        {
            return Problem.For(target.Refusal!.Code!.Value, target.Refusal.Detail);
        }
        var shown = message.ToContract();
        return TypedResults.Ok(new InternalMessageResponse(shown.Id, shown.ChatSessionId, shown.UserId, shown.MessageType, shown.Content, shown.Deleted));
    }
}
