using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Answers a request whose target or headers are over <see cref="RequestLimitOptions"/> with a problem (414, 431
/// <c>payload_too_large</c>) before anything else reads it. Kestrel's own limits are
/// <see cref="RequestLimitOptions.KestrelHeadroom"/> times these: what Kestrel still refuses itself gets its bare
/// status line, since ASP.NET Core offers no hook for those answers (docs/gateway.md).
/// </summary>
public sealed class RequestHeadLimitMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        return RequestHead.Check(rawTarget, context.Request.Headers, options.Value) is { } tooLarge
            ? GatewayProblem.WriteAsync(context, tooLarge.Status, ErrorCodes.PayloadTooLarge, tooLarge.Detail)
            : next(context);
    }
}
