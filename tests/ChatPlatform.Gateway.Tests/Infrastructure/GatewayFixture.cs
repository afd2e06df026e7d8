using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatPlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway on Kestrel in front of fake identity, sessions, messages and presence services.
/// Moderation is not deployed (no service discovery entry), as before that service exists.
/// </summary>
public class GatewayFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "https://app.example";

    private WebApplicationFactory<Program>? _factory;
    private readonly List<FakeService> _services = [];

    public TokenIssuer Tokens { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => Client.BaseAddress!;

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(Settings());
        foreach (var name in new[] { "identity", "sessions", "messages", "presence" })
        {
            var service = await FakeService.StartAsync(name, name == "identity" ? Tokens : null, OpenApiDocumentFor(name));
            _services.Add(service);
            settings.TryAdd($"services:{name}:http:0", service.Url);
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("urls", "http://127.0.0.1:0");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        _factory.UseKestrel();
        _factory.StartServer();
        Client = _factory.CreateClient();
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        return request;
    }

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Cors:AllowedOrigins:0", AllowedOrigin),
        new("RateLimits:PerIp:PermitsPerSecond", "10000"),
        new("RateLimits:PerIp:Burst", "10000"),
        new("RateLimits:PerUser:PermitsPerSecond", "10000"),
        new("RateLimits:PerUser:Burst", "10000"),
    ];

    protected virtual JsonObject? OpenApiDocumentFor(string service) => null;

    /// <summary>A loopback port nothing listens on, so connections to it are refused.</summary>
    protected static string RefusingUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
    }
}
