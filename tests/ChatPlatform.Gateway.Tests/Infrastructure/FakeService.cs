using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// A real HTTP server standing in for one downstream service: it echoes what reached it (service name,
/// path, headers, body length), echoes WebSocket frames, and can publish an OpenAPI document and Identity's keys.
/// </summary>
public sealed class FakeService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeService(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    public static async Task<FakeService> StartAsync(string name, TokenIssuer? issuer = null, JsonObject? openApi = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();

        if (issuer is not null)
        {
            app.MapGet("/.well-known/openid-configuration", (HttpContext context) => Results.Text(
                issuer.OpenIdConfiguration($"{context.Request.Scheme}://{context.Request.Host}").ToJsonString(), "application/json"));
            app.MapGet("/.well-known/jwks.json", () => Results.Text(issuer.Jwks().ToJsonString(), "application/json"));
        }
        if (openApi is not null)
        {
            app.MapGet("/openapi/v1.json", () => Results.Text(openApi.ToJsonString(), "application/json"));
        }
        app.MapFallback("{**path}", (HttpContext context) => context.WebSockets.IsWebSocketRequest ? EchoWebSocket(context) : Echo(context, name));

        await app.StartAsync();
        return new FakeService(app);
    }

    private static async Task Echo(HttpContext context, string name)
    {
        long length = 0;
        var buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
        {
            length += read;
        }

        var headers = new JsonObject();
        foreach (var (key, value) in context.Request.Headers)
        {
            headers[key.ToLowerInvariant()] = value.ToString();
        }
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["service"] = name,
            ["method"] = context.Request.Method,
            ["path"] = context.Request.Path.Value,
            ["body_length"] = length,
            ["headers"] = headers,
        });
    }

    private static async Task EchoWebSocket(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return;
            }
            await socket.SendAsync(buffer.AsMemory(0, result.Count), result.MessageType, result.EndOfMessage, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
