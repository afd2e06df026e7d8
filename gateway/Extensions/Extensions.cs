using ChatPlatform.Gateway.Cors;
using ChatPlatform.Gateway.Health;
using ChatPlatform.Gateway.Middleware;
using ChatPlatform.Gateway.OpenApi;
using ChatPlatform.Gateway.RateLimiting;

namespace ChatPlatform.Gateway.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.Authenticated, policy => policy.RequireAuthenticatedUser());

        builder.AddGatewayProxy();
        builder.AddServiceHealthChecks();
        builder.AddGatewayRateLimiting();
        builder.AddGatewayCors();
        builder.AddMergedOpenApi();
    }

    /// <summary>
    /// Edge middleware in the order a request meets it: request id, the size of its head, CORS (preflights end
    /// here), the web client, who the caller is, how fast they may go, and whether they may pass.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<RequestHeadLimitMiddleware>();
        app.UseGatewayCors();
        app.UseWebClient();
        app.UseAuthentication();
        app.UseGatewayRateLimiting();
        app.UseAuthorization();
        return app;
    }
}
