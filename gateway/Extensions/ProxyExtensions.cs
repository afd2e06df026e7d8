using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using ChatPlatform.Gateway.Middleware;

namespace ChatPlatform.Gateway.Extensions;

public static class ProxyExtensions
{
    /// <summary>Routes and clusters come from the <c>ReverseProxy</c> section; cluster addresses such as
    /// <c>http://sessions</c> are resolved through Aspire service discovery.</summary>
    public static void AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitOptions>()
            .BindConfiguration(RequestLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Endpoints the gateway serves itself get the default body limit too; proxied routes set theirs per request.
        // The head limits are RequestHeadLimitMiddleware's, with headroom so it sees what goes over them.
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<RequestLimitOptions>>((kestrel, options) =>
            {
                var limits = options.Value;
                kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodySize;
                kestrel.Limits.MaxRequestLineSize = limits.MaxRequestTargetLength * RequestLimitOptions.KestrelHeadroom;
                kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalSize * RequestLimitOptions.KestrelHeadroom;
                kestrel.Limits.MaxRequestHeaderCount = limits.MaxRequestHeaderCount * RequestLimitOptions.KestrelHeadroom;
            });

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
    }

    public static IEndpointConventionBuilder MapGatewayProxy(this WebApplication app) =>
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<RequestBodyLimitMiddleware>();
            proxy.UseMiddleware<ProxyErrorMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
}
