using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.RateLimiting;

/// <summary>REST's answer to a send over the limit: 429 <c>rate_limited</c> with <c>Retry-After</c> in whole seconds.</summary>
public static class RateLimitedProblem
{
    public const string Detail = "Too many messages; slow down.";

    public static ProblemHttpResult For(HttpResponse response, RateLimitDecision decision)
    {
        response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem.Of(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"{Detail} Retry in {decision.RetryAfterMilliseconds} ms.", "Too Many Requests");
    }
}
