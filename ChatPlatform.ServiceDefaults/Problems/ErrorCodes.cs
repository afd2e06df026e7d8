namespace ChatPlatform.ServiceDefaults.Problems;

/// <summary>The stable machine codes of SPEC.md section 2.</summary>
public static class ErrorCodes
{
    public const string NotFound = "not_found";
    public const string ValidationFailed = "validation_failed";
    public const string Blocked = "blocked";
    public const string SessionClosed = "session_closed";
    public const string RateLimited = "rate_limited";
    public const string PayloadTooLarge = "payload_too_large";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string Conflict = "conflict";
    public const string AlreadyAssigned = "already_assigned";
    public const string ServiceUnavailable = "service_unavailable";
    public const string InternalError = "internal_error";

    /// <summary>The code a bare status code maps to when no handler chose one.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 or 415 or 422 => ValidationFailed,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        409 => Conflict,
        413 or 414 or 431 => PayloadTooLarge,
        429 => RateLimited,
        503 => ServiceUnavailable,
        >= 500 => InternalError,
        _ => "error",
    };
}
