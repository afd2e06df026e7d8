using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Application.Sending;

/// <summary>A send frame waiting for its batch: where it goes, the sender's token and the frame's trace.</summary>
public sealed class PendingSend(Guid sessionId, SendFrame frame, string accessToken, string? traceParent)
{
    public Guid SessionId { get; } = sessionId;

    public SendFrame Frame { get; } = frame;

    public string AccessToken { get; } = accessToken;

    public string? TraceParent { get; } = traceParent;
}
