namespace ChatPlatform.Client.Realtime;

/// <summary>The server's own close codes beyond RFC 6455 (SPEC.md section 4).</summary>
public static class ChatCloseCodes
{
    /// <summary>The client sent too many frames, or kept sending after rate_limited errors: back off before reconnecting.</summary>
    public const int RateLimited = 4429;
}
