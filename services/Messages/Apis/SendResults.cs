using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

internal static class SendResults
{
    /// <summary>The problem for a refused send (anything but validation, which answers with field errors).</summary>
    public static ProblemHttpResult ToProblem(SendResult result) => result.Code switch
    {
        ErrorCodes.SessionClosed => Problem.Conflict(result.Detail, ErrorCodes.SessionClosed),
        ErrorCodes.Blocked => Problem.Forbidden(result.Detail, ErrorCodes.Blocked),
        ErrorCodes.ServiceUnavailable => Unavailable(result.Detail),
        _ => Problem.NotFound(result.Detail),
    };

    public static ProblemHttpResult Unavailable(string detail) =>
        Problem.Of(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, detail, "Service Unavailable");
}
