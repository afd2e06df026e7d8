using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Writes the gateway's own errors as problem+json with a SPEC.md error code (trace_id is added by ServiceDefaults).
/// A 503 says when to try again (<c>Retry-After</c>): a service that is down is usually back within seconds.
/// </summary>
public static class GatewayProblem
{
    private const string RetryAfterSeconds = "2";

    public static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable && !context.Response.Headers.ContainsKey(HeaderNames.RetryAfter))
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Type = TypeFor(status),
                Status = status,
                Title = ReasonPhrases.GetReasonPhrase(status),
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }

    /// <summary>ASP.NET Core knows no type link for these statuses; every SPEC.md problem carries one.</summary>
    private static string? TypeFor(int status) => status switch
    {
        StatusCodes.Status414UriTooLong => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "https://tools.ietf.org/html/rfc6585#section-5",
        _ => null,
    };
}
