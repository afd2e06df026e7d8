namespace ChatPlatform.Sessions.Infrastructure;

/// <summary>
/// Sessions' create requests in the shared idempotency store (<c>ServiceDefaults/Idempotency</c>): a retry with the
/// same <c>Idempotency-Key</c> by the same user gets the first result.
/// </summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 200;
    public const string CreateSession = "create_session";
    public const string CreateRoom = "create_room";
    public const string CreateCannedResponse = "create_canned_response";
}
