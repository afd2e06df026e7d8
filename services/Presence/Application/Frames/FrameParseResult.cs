namespace ChatPlatform.Presence.Application.Frames;

/// <summary>Either a frame or why the bytes are not one (answered with a <c>validation_failed</c> error frame).</summary>
public readonly record struct FrameParseResult(ClientFrame? Frame, string? Error, string? ClientMessageId)
{
    public static FrameParseResult Ok(ClientFrame frame) => new(frame, null, null);

    public static FrameParseResult Invalid(string error, string? clientMessageId = null) => new(null, error, clientMessageId);
}
