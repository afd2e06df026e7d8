using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>A send after its rules ran: the message to store, or the refusal to answer with.</summary>
public sealed record PreparedSend(ChatMessage? Message, SendResult? Refusal)
{
    public static PreparedSend Ready(ChatMessage message) => new(message, null);

    public static PreparedSend Refused(SendResult refusal) => new(null, refusal);
}
