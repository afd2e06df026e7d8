using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.RateLimiting;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Problems;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>
/// Presence's WebSocket send: answers MessageAccepted (the stored message, or the first one for a repeated
/// client_message_id) or MessageRejected with a SPEC error code. Idempotent through client_message_id.
/// </summary>
public sealed class SendMessageConsumer(MessageSender sender, SendRateGate rateGate) : IConsumer<SendMessage>
{
    public async Task Consume(ConsumeContext<SendMessage> context)
    {
        var send = context.Message;
        var draft = new MessageDraft(send.MessageType, send.Content, send.ClientMessageId, send.MetadataJson, send.ReplyToId, send.AttachmentIds);
        if (await rateGate.CheckAsync(send.SessionId, send.UserId, send.ClientMessageId, context.CancellationToken) is { Allowed: false } limited)
        {
            await context.RespondAsync(new MessageRejected(ErrorCodes.RateLimited, RateLimitedProblem.Detail, send.ClientMessageId, limited.RetryAfterMilliseconds));
            return;
        }
        var result = await sender.SendAsync(send.SessionId, send.UserId, draft, bearerToken: null, context.CancellationToken);
        if (result.Message is { } message)
        {
            await context.RespondAsync(new MessageAccepted(message));
        }
        else
        {
            await context.RespondAsync(new MessageRejected(result.Code!, result.Detail, send.ClientMessageId));
        }
    }
}
