using Microsoft.AspNetCore.Http;

namespace ChatPlatform.ServiceDefaults.Problems;

/// <summary>The one mapping of an <see cref="ErrorCode"/> to its wire code, HTTP status and problem title.</summary>
public static class ErrorCodeExtensions
{
    public static string ToWire(this ErrorCode code) => code switch
    {
        ErrorCode.NotFound => ErrorCodes.NotFound,
        ErrorCode.ValidationFailed => ErrorCodes.ValidationFailed,
        ErrorCode.Blocked => ErrorCodes.Blocked,
        ErrorCode.SessionClosed => ErrorCodes.SessionClosed,
        ErrorCode.RateLimited => ErrorCodes.RateLimited,
        ErrorCode.PayloadTooLarge => ErrorCodes.PayloadTooLarge,
        ErrorCode.Unauthorized => ErrorCodes.Unauthorized,
        ErrorCode.Forbidden => ErrorCodes.Forbidden,
        ErrorCode.Conflict => ErrorCodes.Conflict,
        ErrorCode.AlreadyAssigned => ErrorCodes.AlreadyAssigned,
        ErrorCode.ServiceUnavailable => ErrorCodes.ServiceUnavailable,
        _ => ErrorCodes.InternalError,
    };

    public static int ToStatus(this ErrorCode code) => code switch
    {
        ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.ValidationFailed => StatusCodes.Status400BadRequest,
        ErrorCode.Blocked or ErrorCode.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCode.SessionClosed or ErrorCode.Conflict or ErrorCode.AlreadyAssigned => StatusCodes.Status409Conflict,
        ErrorCode.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCode.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCode.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorCode.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string Title(this ErrorCode code) => code.ToStatus() switch
    {
        StatusCodes.Status400BadRequest => "Validation failed",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "Not Found",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Payload Too Large",
        StatusCodes.Status429TooManyRequests => "Too Many Requests",
        StatusCodes.Status503ServiceUnavailable => "Service Unavailable",
        _ => "Internal Server Error",
    };
}
