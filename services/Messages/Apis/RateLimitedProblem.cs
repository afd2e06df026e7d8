using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>REST's answer to a send over the limit: 429 <c>rate_limited</c> with <c>Retry-After</c> in whole seconds.</summary>
public static class RateLimitedProblem
{
    public static ProblemHttpResult For(HttpResponse response, RateLimitDecision decision)
    {
        response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // retry_after_ms is the exact wait (Retry-After has whole seconds); Presence passes it on in the error frame.
        return TypedResults.Problem(detail: DetailFor(decision),
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.RateLimited, ["retry_after_ms"] = decision.RetryAfterMilliseconds });
    }

    /// <summary>The problem's detail: the exact wait in milliseconds (REST and the send batch say the same).</summary>
    public static string DetailFor(RateLimitDecision decision) => $"{SendResult.RateLimitedDetail} Retry in {decision.RetryAfterMilliseconds} ms.";
}
