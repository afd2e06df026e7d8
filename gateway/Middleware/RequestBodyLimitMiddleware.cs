using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Applies the matched route's body limit before YARP streams the body on: a declared
/// <c>Content-Length</c> over it is refused with 413 (after reading and discarding it when it is only a little
/// over, so the client gets the problem rather than a reset), a chunked body is cut off by Kestrel when it
/// crosses it (and <see cref="ProxyErrorMiddleware"/> reports 413).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = LimitFor(context.GetReverseProxyFeature().Route.Config, options.Value.MaxRequestBodySize);
        var bodySize = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength is { } length && length > limit)
        {
            if (length - limit <= options.Value.MaxDrainBytes && bodySize is { IsReadOnly: false })
            {
                bodySize.MaxRequestBodySize = length;
                if (!await DrainAsync(context.Request.Body, context.RequestAborted))
                {
                    return;
                }
            }
            await GatewayProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The request body is larger than this endpoint accepts ({limit} bytes).");
            return;
        }

        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = limit;
        }
        await next(context);
    }

    /// <summary>Reads the body to its end; false when the client went away meanwhile (nobody to answer).</summary>
    private static async Task<bool> DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await body.ReadAsync(buffer, cancellationToken) > 0)
            {
            }
            return true;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static long LimitFor(RouteConfig route, long defaultLimit) =>
        route.Metadata is not null
        && route.Metadata.TryGetValue(RequestLimitOptions.RouteMetadataKey, out var value)
        && long.TryParse(value, out var routeLimit) && routeLimit > 0
            ? routeLimit
            : defaultLimit;
}
