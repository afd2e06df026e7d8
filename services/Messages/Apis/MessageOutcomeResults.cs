using ChatPlatform.Messages.Application;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

internal static class MessageOutcomeResults
{
    /// <summary>The problem for a refused edit, delete or reaction (validation answers with field errors instead).</summary>
    public static ProblemHttpResult ToProblem(MessageOutcome outcome) => outcome.Code switch
    {
        ErrorCodes.Forbidden => Problem.Forbidden(outcome.Detail),
        ErrorCodes.Blocked => Problem.Forbidden(outcome.Detail, ErrorCodes.Blocked),
        ErrorCodes.Conflict => Problem.Conflict(outcome.Detail),
        ErrorCodes.SessionClosed => Problem.Conflict(outcome.Detail, ErrorCodes.SessionClosed),
        ErrorCodes.ServiceUnavailable => SendResults.Unavailable(outcome.Detail),
        _ => Problem.NotFound(outcome.Detail),
    };
}
