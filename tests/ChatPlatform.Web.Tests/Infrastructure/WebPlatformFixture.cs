namespace ChatPlatform.Web.Tests.Infrastructure;

/// <summary>
/// The whole platform (the end-to-end tests' fixture) plus Debian's Chromium driven by Playwright. Each test opens
/// its own browser contexts (separate storage, so separate signed-in users) against the gateway's address.
/// </summary>
public sealed class WebPlatformFixture : PlatformFixture, IAsyncLifetime
{
    /// <summary>Debian's Chromium (scripts/install-prerequisites.sh); CHROMIUM_PATH overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WarmUpAsync();
        // The same patience as the end-to-end tests' socket waits (15 s): a UI update here crosses the gateway, the
        // services and the broker of a whole platform on a machine shared with other test runs.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// One message along the path every browser test relies on (a new session, a REST send, the broker, Presence's
    /// fan-out to another user's all-sessions socket), so the first test does not pay for the platform's cold start
    /// (first consumers, JIT) on a machine shared with other runs.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var sender = await TestUser.RegisterAsync(this, "warmup");
        var receiver = await TestUser.RegisterAsync(this, "warmup");
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await socket.ConnectAsync(WebSocketUri($"/api/v1/chat/ws?token={receiver.AccessToken}"), timeout.Token);
        var created = await sender.Http.PostAsJsonAsync("/api/v1/chat/sessions", new { title = "warm-up", kind = "direct", participant_ids = new[] { receiver.Id } });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await sender.Http.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/messages", new { message_type = "text", content = "warm-up" });
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            var frame = System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count);
            if (frame.Contains("\"seq\"") && frame.Contains("warm-up"))
            {
                return;
            }
        }
    }

    /// <summary>A fresh browser context (its own localStorage) at phone or desktop size, on the gateway.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = GatewayAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public new async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        await base.DisposeAsync();
    }
}
