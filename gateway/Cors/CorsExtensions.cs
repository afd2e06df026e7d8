using ChatPlatform.Gateway.Middleware;

namespace ChatPlatform.Gateway.Cors;

public static class CorsExtensions
{
    public static void AddGatewayCors(this IHostApplicationBuilder builder)
    {
        var origins = AllowedOrigins(builder.Configuration);
        if (origins.Length == 0)
        {
            return;
        }

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyMethod()
            .AllowAnyHeader()
            .WithExposedHeaders(RequestIdMiddleware.HeaderName, "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }

    public static WebApplication UseGatewayCors(this WebApplication app)
    {
        if (AllowedOrigins(app.Configuration).Length > 0)
        {
            app.UseCors();
        }
        return app;
    }

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection(CorsSettings.SectionName).Get<CorsSettings>()?.AllowedOrigins
            .Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray() ?? [];
}
