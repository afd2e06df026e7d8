using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ChatPlatform.Gateway.Extensions;

/// <summary>
/// The web client's bundle (clients/web, built into wwwroot): file names under /assets/ carry a content hash, so
/// browsers keep them for a year; index.html is revalidated on every load so a new release is picked up at once.
/// </summary>
public static class WebClientFiles
{
    public static WebApplication UseWebClient(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCaching });
        return app;
    }

    private static void SetCaching(StaticFileResponseContext context)
    {
        var hashed = context.Context.Request.Path.StartsWithSegments("/assets");
        context.Context.Response.Headers[HeaderNames.CacheControl] = hashed ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
