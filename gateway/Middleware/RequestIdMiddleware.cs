using System.Diagnostics;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Accepts the caller's <c>X-Request-Id</c> (or makes one), forwards it to the services with the
/// request and echoes it on the response, so a client-side id can be found in every service's logs.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = context.Request.Headers[HeaderName].ToString();
        if (!IsAcceptable(requestId))
        {
            requestId = Guid.CreateVersion7().ToString("N");
        }

        context.Request.Headers[HeaderName] = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = requestId;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("http.request_id", requestId);

        using (logger.BeginScope(new Dictionary<string, object> { ["XRequestId"] = requestId }))
        {
            await next(context);
        }
    }

    /// <summary>Visible ASCII only and bounded, so a caller cannot inject headers or flood logs.</summary>
    internal static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => c is > ' ' and <= '~');
}
