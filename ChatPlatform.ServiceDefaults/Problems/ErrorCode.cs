namespace ChatPlatform.ServiceDefaults.Problems;

/// <summary>
/// The stable error codes of SPEC.md section 2 as a type, for outcomes that travel inside a service. Each has one
/// wire code (<see cref="ErrorCodes"/>), one HTTP status and one title (<see cref="ErrorCodeExtensions"/>), used for
/// problem details (<see cref="Problem.For"/>) and WebSocket error frames alike.
/// </summary>
public enum ErrorCode
{
    NotFound,
    ValidationFailed,
    Blocked,
    SessionClosed,
    RateLimited,
    PayloadTooLarge,
    Unauthorized,
    Forbidden,
    Conflict,
    AlreadyAssigned,
    ServiceUnavailable,
    InternalError,
}
