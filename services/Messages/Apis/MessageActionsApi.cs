using System.Security.Claims;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Application;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>Edit, delete and reactions on one message (SPEC.md section 3).</summary>
public static class MessageActionsApi
{
    public static RouteGroupBuilder MapMessageActionsApi(this IEndpointRouteBuilder app)
    {
        // Every action answers a refusal through MessageOutcomeResults, so each can give any of its problems.
        var api = app.MapGroup("/api/v1/chat/messages/{id:guid}").RequireAuthorization().WithTags("Messages")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPatch("", EditMessage)
            .WithName("EditMessage")
            .WithSummary("Edit a message (author only); keeps the edit history and adds a message_updated event message");
        api.MapDelete("", DeleteMessage)
            .WithName("DeleteMessage")
            .WithSummary("Delete a message (author or admin): 200 with the tombstone; again: 200 unchanged");
        api.MapPost("/reactions", AddReaction)
            .WithName("AddReaction")
            .WithSummary("React to a message: 201 with the message, 200 when the caller already had that reaction");
        api.MapDelete("/reactions/{emoji}", RemoveReaction)
            .WithName("RemoveReaction")
            .WithSummary("Remove the caller's reaction (URL-encoded emoji): 200 with the message");

        return api;
    }

    public static async Task<Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> EditMessage(
        Guid id, EditMessageRequest request, ClaimsPrincipal user, HttpRequest http,
        [AsParameters] MessageActionsServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Editor.EditAsync(id, user.UserId(), user.IsAdmin(), request.Content, BearerToken.From(http), cancellationToken);
        return await OkOrProblemAsync(outcome, services, cancellationToken);
    }

    public static async Task<Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> DeleteMessage(
        Guid id, ClaimsPrincipal user, HttpRequest http, [AsParameters] MessageActionsServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Deleter.DeleteAsync(id, user.UserId(), user.IsAdmin(), BearerToken.From(http), cancellationToken);
        return await OkOrProblemAsync(outcome, services, cancellationToken);
    }

    public static async Task<Results<Created<MessageResponse>, Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> AddReaction(
        Guid id, ReactionRequest request, ClaimsPrincipal user, HttpRequest http,
        [AsParameters] MessageActionsServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Reactions.AddAsync(id, user.UserId(), user.IsAdmin(), request.Emoji, BearerToken.From(http), cancellationToken);
        if (outcome is { Message: { } message, Changed: true })
        {
            return TypedResults.Created($"/api/v1/chat/messages/{message.Id}", await ResponseAsync(message, services, cancellationToken));
        }
        return (await OkOrProblemAsync(outcome, services, cancellationToken)).Result switch
        {
            Ok<MessageResponse> ok => ok,
            ValidationProblem invalid => invalid,
            var other => (ProblemHttpResult)other,
        };
    }

    public static async Task<Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> RemoveReaction(
        Guid id, string emoji, ClaimsPrincipal user, HttpRequest http,
        [AsParameters] MessageActionsServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Reactions.RemoveAsync(id, user.UserId(), user.IsAdmin(), emoji, BearerToken.From(http), cancellationToken);
        return await OkOrProblemAsync(outcome, services, cancellationToken);
    }

    private static async Task<Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> OkOrProblemAsync(
        MessageOutcome outcome, MessageActionsServices services, CancellationToken cancellationToken)
    {
        if (outcome.Message is { } message)
        {
            return TypedResults.Ok(await ResponseAsync(message, services, cancellationToken));
        }
        return outcome.Errors is { } errors
            ? Problem.Validation(errors.ToDictionary(), outcome.Detail)
            : Problem.For(outcome.Code!.Value, outcome.Detail);
    }

    private static async Task<MessageResponse> ResponseAsync(Contracts.ChatMessage message, MessageActionsServices services, CancellationToken cancellationToken) =>
        MessageResponse.From(message, await services.Counts.CountsAsync(message.Id, cancellationToken));
}
