using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Applies the matched route's body limit before YARP streams the body on: a declared
/// <c>Content-Length</c> over it is refused at once, a chunked body is cut off by Kestrel when it
/// crosses it (and <see cref="ProxyErrorMiddleware"/> reports 413).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = LimitFor(context.GetReverseProxyFeature().Route.Config, options.Value.MaxRequestBodySize);
        if (context.Request.ContentLength > limit)
        {
            return GatewayProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The request body is larger than this endpoint accepts ({limit} bytes).");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        return next(context);
    }

    internal static long LimitFor(RouteConfig route, long defaultLimit) =>
        route.Metadata is not null
        && route.Metadata.TryGetValue(RequestLimitOptions.RouteMetadataKey, out var value)
        && long.TryParse(value, out var routeLimit) && routeLimit > 0
            ? routeLimit
            : defaultLimit;
}
