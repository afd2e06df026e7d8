using System.Diagnostics;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every problem response carries <c>code</c> and <c>trace_id</c> (SPEC.md section 2), and every 401 a
    /// <c>WWW-Authenticate</c> challenge (the bearer handler sets a more precise one for a refused token).
    /// </summary>
    public static IServiceCollection AddChatProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Status = status;
            var headers = context.HttpContext.Response.Headers;
            if (status == StatusCodes.Status401Unauthorized && headers.WWWAuthenticate.Count == 0)
            {
                headers.WWWAuthenticate = BearerChallenge.Scheme;
            }
            problem.Extensions.Remove("traceId");
            if (!problem.Extensions.ContainsKey("code"))
            {
                problem.Extensions["code"] = ErrorCodes.ForStatus(status);
            }
            problem.Extensions["trace_id"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            problem.Detail ??= problem.Title;
        });
}
