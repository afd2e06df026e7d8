namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>
/// Messages' answer to a send: the stored message's id and seq (and client_message_id), or a SPEC error code with
/// its detail (and, for <c>rate_limited</c>, when to try again).
/// </summary>
public sealed record SendOutcome(Guid? Id, long Seq, string? ClientMessageId, string? Code, string? Detail, int? RetryAfterMs)
{
    public bool Stored => Code is null;

    public static SendOutcome Accepted(Guid id, long seq, string? clientMessageId) => new(id, seq, clientMessageId, null, null, null);

    public static SendOutcome Rejected(string code, string detail, int? retryAfterMs = null) => new(null, 0, null, code, detail, retryAfterMs);
}
