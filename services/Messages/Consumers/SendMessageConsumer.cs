using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Rules;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>
/// Presence's WebSocket send: answers MessageAccepted (the stored message, or the first one for a repeated
/// client_message_id) or MessageRejected with a SPEC error code. Idempotent through client_message_id.
/// </summary>
public sealed class SendMessageConsumer(SendMessageHandler handler) : IConsumer<SendMessage>
{
    public async Task Consume(ConsumeContext<SendMessage> context)
    {
        var send = context.Message;
        var draft = new MessageDraft(send.MessageType, send.Content, send.ClientMessageId, send.MetadataJson, send.ReplyToId, send.AttachmentIds);
        var result = await handler.HandleAsync(send.SessionId, send.UserId, draft, bearerToken: null, context.CancellationToken);
        if (result.Message is { } message)
        {
            await context.RespondAsync(new MessageAccepted(message));
        }
        else
        {
            await context.RespondAsync(new MessageRejected(result.Code!.Value.ToWire(), result.Detail, send.ClientMessageId, result.RateLimit?.RetryAfterMilliseconds));
        }
    }
}
