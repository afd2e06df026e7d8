using Yarp.ReverseProxy.Forwarder;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// YARP answers a failed forward with a bare 502/503/504. This turns it into SPEC.md problem+json:
/// a service that is not deployed, cannot be resolved or refuses the connection is 503
/// <c>service_unavailable</c>; a body over the route's limit is 413 <c>payload_too_large</c>.
/// </summary>
public sealed class ProxyErrorMiddleware(RequestDelegate next, ILogger<ProxyErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null || error.Error == ForwarderError.None || context.Response.HasStarted)
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
        if (ProxyFailure.Classify(error.Error, error.Exception, service) is not { } failure)
        {
            return;
        }

        logger.LogWarning(error.Exception, "Forwarding {Path} to {Service} failed with {ForwarderError}; answered {Status}",
            context.Request.Path, service, error.Error, failure.Status);
        await GatewayProblem.WriteAsync(context, failure.Status, failure.Code, failure.Detail);
    }
}
