using Microsoft.AspNetCore.WebUtilities;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>Writes the gateway's own errors as problem+json with a SPEC.md error code (trace_id is added by ServiceDefaults).</summary>
public static class GatewayProblem
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                // ASP.NET Core knows no type link for 429; every SPEC.md problem carries one.
                Type = status == StatusCodes.Status429TooManyRequests ? "https://tools.ietf.org/html/rfc6585#section-4" : null,
                Status = status,
                Title = ReasonPhrases.GetReasonPhrase(status),
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }
}
