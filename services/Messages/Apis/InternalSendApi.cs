using System.Text.Json;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>
/// Presence's WebSocket sends, many per request (not routed by the gateway, not in the public document). Each send
/// carries its sender's token and is decided exactly as the REST send would decide it (<see cref="SendMessageHandler"/>);
/// together they cost one request, one round of Redis calls and one statement batch instead of one of each per send.
/// </summary>
public static class InternalSendApi
{
    public const int MaxSends = 256;

    public static IEndpointRouteBuilder MapInternalSendApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/internal/messages/send-batch", SendBatch)
            .WithName("SendMessageBatch")
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<SendBatchResponse>, ValidationProblem>> SendBatch(
        SendBatchRequest request, AccessTokenValidator tokens, SendMessageHandler sender, CancellationToken cancellationToken)
    {
        if (request.Sends is not { Count: > 0 and <= MaxSends } items)
        {
            return Problem.Validation("sends", $"sends must hold 1 to {MaxSends} sends.");
        }
        var results = new SendBatchResult?[items.Count];
        var sends = new List<SendRequest>(items.Count);
        var indexes = new List<int>(items.Count);
        try
        {
            for (var index = 0; index < items.Count; index++)
            {
                var item = items[index];
                if (await tokens.ValidateAsync(item.AccessToken, cancellationToken) is not { } user)
                {
                    results[index] = Refused(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, "The access token is invalid or has expired.");
                    continue;
                }
                var draft = new MessageDraft(
                    item.MessageType, item.Content, item.ClientMessageId,
                    item.Metadata is { ValueKind: not JsonValueKind.Null } metadata ? metadata.GetRawText() : null,
                    item.ReplyToId, item.AttachmentIds);
                sends.Add(new SendRequest(item.ChatSessionId, user.UserId(), draft, item.AccessToken, SendTrace.Start(item.Traceparent)));
                indexes.Add(index);
            }
            var decided = await sender.HandleManyAsync(sends, cancellationToken);
            for (var position = 0; position < decided.Length; position++)
            {
                results[indexes[position]] = ToResult(decided[position]);
            }
        }
        finally
        {
            foreach (var send in sends)
            {
                send.Trace?.Dispose();
            }
        }
        return TypedResults.Ok(new SendBatchResponse(results!));
    }

    private static SendBatchResult ToResult(SendResult result)
    {
        if (result.Message is { } message)
        {
            return new SendBatchResult(StatusCodes.Status201Created, message.Id, message.Seq, message.ClientMessageId, null, null, null);
        }
        if (result.RateLimit is { } limited)
        {
            return new SendBatchResult(StatusCodes.Status429TooManyRequests, null, null, null, ErrorCodes.RateLimited,
                RateLimitedProblem.DetailFor(limited), limited.RetryAfterMilliseconds);
        }
        if (result.Errors is not null)
        {
            return Refused(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, result.Detail);
        }
        var code = result.Code!.Value;
        return Refused(code.ToStatus(), code.ToWire(), result.Detail);
    }

    private static SendBatchResult Refused(int status, string code, string detail) =>
        new(status, null, null, null, code, detail, null);
}
