using System.Security.Claims;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.Messages.Apis;

public static class MessagesApi
{
    public static RouteGroupBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/sessions/{id:guid}").RequireAuthorization().WithTags("Messages");

        api.MapPost("/messages", SendMessage)
            .WithName("SendMessage")
            .WithSummary("Send a message to a session (REST twin of the WebSocket send)")
            .WithDescription("A repeated client_message_id (or Idempotency-Key) returns the first message: 201 with the same body.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/messages", GetMessages)
            .WithName("GetMessages")
            .WithSummary("A session's messages: newest first, or oldest first after after_seq")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    public static async Task<Results<Created<MessageResponse>, ValidationProblem, ProblemHttpResult>> SendMessage(
        Guid id,
        SendMessageRequest request,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpRequest http,
        [AsParameters] MessagesServices services,
        CancellationToken cancellationToken)
    {
        var draft = new MessageDraft(
            request.MessageType, request.Content, request.ClientMessageId ?? idempotencyKey,
            request.Metadata is { ValueKind: not System.Text.Json.JsonValueKind.Null } metadata ? metadata.GetRawText() : null,
            request.ReplyToId, request.AttachmentIds);
        var result = await services.Sender.SendAsync(id, user.UserId(), draft, BearerToken.From(http), cancellationToken);
        if (result.Message is { } message)
        {
            return TypedResults.Created($"/api/v1/chat/messages/{message.Id}", MessageResponse.From(message));
        }
        if (result.RateLimit is { } limited)
        {
            return RateLimitedProblem.For(http.HttpContext.Response, limited);
        }
        return result.Errors is { } fieldErrors
            ? Problem.Validation(fieldErrors.ToDictionary(), result.Detail)
            : Problem.For(result.Code!.Value, result.Detail);
    }

    public static async Task<Results<Ok<MessagePage>, ValidationProblem, ProblemHttpResult>> GetMessages(
        Guid id,
        [FromQuery] string? limit,
        [FromQuery(Name = "before_seq")] string? beforeSeq,
        [FromQuery(Name = "after_seq")] string? afterSeq,
        ClaimsPrincipal user,
        HttpRequest http,
        [AsParameters] MessagesServices services,
        CancellationToken cancellationToken)
    {
        var (query, errors) = HistoryQuery.Parse(limit, beforeSeq, afterSeq);
        if (query is null)
        {
            return Problem.Validation(errors);
        }
        if ((await services.Access.GuardAsync(id, user, http, adminsMayRead: true, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }
        var page = await services.History.ReadAsync(id, user.UserId(), query, cancellationToken);
        return TypedResults.Ok(new MessagePage(
            page.Items.Select(m => MessageResponse.From(m, page.Reactions.GetValueOrDefault(m.Id))).ToList(), page.NextCursor));
    }
}
