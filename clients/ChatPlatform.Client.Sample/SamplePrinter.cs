using ChatPlatform.Client.Realtime;

namespace ChatPlatform.Client.Sample;

/// <summary>Prints the frames of a socket as chat lines and sends lines with their acks.</summary>
internal static class SamplePrinter
{
    public static async Task PrintAsync(ChatConnection socket, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in socket.ReadFramesAsync(cancellationToken))
            {
                if (Describe(frame) is { } line)
                {
                    Console.WriteLine(line);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public static async Task SendAsync(ChatConnection socket, string content)
    {
        try
        {
            var ack = await socket.SendAsync(content);
            Console.WriteLine($"[acked as #{ack.Seq}]");
        }
        catch (ChatSendException refused)
        {
            Console.WriteLine($"[refused: {refused.Code} {refused.Detail}]");
        }
    }

    private static string? Describe(ChatFrame frame)
    {
        if (frame.IsMessage)
        {
            var message = frame.AsMessage();
            return $"#{message.Seq} {message.Timestamp:HH:mm:ss} {message.UserId}: {message.Event ?? message.Content}";
        }
        return frame.MessageType switch
        {
            ChatFrameTypes.Typing => $"[{frame.Deserialize<TypingEvent>().UserId} {(frame.Deserialize<TypingEvent>().IsTyping ? "is typing" : "stopped typing")}]",
            ChatFrameTypes.ReadReceipt => $"[{frame.Deserialize<ReadReceipt>().UserId} read up to #{frame.Deserialize<ReadReceipt>().UpToSeq}]",
            ChatFrameTypes.Presence => $"[{frame.Deserialize<PresenceEvent>().UserId} is {frame.Deserialize<PresenceEvent>().Status}]",
            ChatFrameTypes.Ack or ChatFrameTypes.Pong => null,
            _ => $"[{frame}]",
        };
    }
}
