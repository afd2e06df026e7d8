using ChatPlatform.Presence.Application.Frames;
using ChatPlatform.Presence.Infrastructure.Peers;

namespace ChatPlatform.Presence.Application.Sending;

/// <summary>A send frame waiting for its batch: where it goes, the sender's token, the frame's trace, and its outcome to come.</summary>
public sealed class PendingSend(Guid sessionId, SendFrame frame, string accessToken, string? traceParent)
{
    public Guid SessionId { get; } = sessionId;

    public SendFrame Frame { get; } = frame;

    public string AccessToken { get; } = accessToken;

    public string? TraceParent { get; } = traceParent;

    public TaskCompletionSource<SendOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
