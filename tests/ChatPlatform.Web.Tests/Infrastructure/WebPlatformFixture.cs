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
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
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
