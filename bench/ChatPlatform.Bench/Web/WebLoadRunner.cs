using ChatPlatform.Bench.Platform;
using ChatPlatform.Bench.Reporting;
using Microsoft.Playwright;

namespace ChatPlatform.Bench.Web;

/// <summary>
/// The web app's first load (issue 14: "first load under 1 s on this machine"), in Debian's Chromium driven by
/// Playwright: for each sample a fresh browser profile opens the app cold, loads it again warm and, through the
/// gateway, signs in and reloads until its conversation list shows. The baseline serves the same bundle from bare
/// Kestrel in this process (<see cref="StaticSiteServer"/>), so the gateway's share is the difference.
/// </summary>
public static class WebLoadRunner
{
    private const string SignInForm = "form.card";
    private const string ConversationList = "nav.sidebar a.session";

    /// <summary>Records, from the document's start, when each selector the phases wait for first matched.</summary>
    private const string ReadyObserver = $$"""
        window.__benchSeen = {};
        new MutationObserver(() => {
          for (const selector of ["{{SignInForm}}", "{{ConversationList}}"]) {
            if (!(selector in window.__benchSeen) && document.querySelector(selector)) window.__benchSeen[selector] = performance.now();
          }
        }).observe(document, { subtree: true, childList: true });
        """;

    private const string ReadTimings = """
        selector => {
          const n = performance.getEntriesByType("navigation")[0];
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          const bytes = n.transferSize + performance.getEntriesByType("resource").reduce((sum, r) => sum + r.transferSize, 0);
          return [n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd, fcp ? fcp.startTime : -1, window.__benchSeen[selector] ?? -1, bytes];
        }
        """;

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var machine = BenchHeader.Write(log, options, $"{options.Samples} fresh browser profiles per scenario, scenarios {string.Join(",", options.Scenarios).ToLowerInvariant()}");
        var startedAt = DateTimeOffset.UtcNow;
        var samples = new List<WebSample>();
        string? error = null;
        var bundle = StaticSiteServer.FindBundle();
        if (bundle is null)
        {
            error = "no gateway/wwwroot/index.html above the bench: build the gateway (dotnet build) first";
        }

        BootedPlatform? booted = null;
        try
        {
            if (error is null)
            {
                await using var baseline = await StaticSiteServer.StartAsync(bundle!, cancellationToken);
                log.WriteLine($"baseline: {bundle} on {baseline.Address}");
                booted = await BootedPlatform.StartAsync(options, users: 1, sessions: 1, log, cancellationToken);
                error = booted.Error;
                if (error is null)
                {
                    using var playwright = await Playwright.CreateAsync();
                    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                    {
                        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                        Headless = true,
                        Args = ["--no-sandbox", "--disable-dev-shm-usage"],
                    });
                    var user = booted.Setup!.Users[0];
                    for (var i = 0; i < options.Samples; i++)
                    {
                        samples.AddRange(await SampleAsync(browser, Scenario.Raw, baseline.Address, null, cancellationToken));
                        samples.AddRange(await SampleAsync(browser, Scenario.Gateway, booted.Host!.Gateway, user, cancellationToken));
                        log.WriteLine($"  sample {i + 1}/{options.Samples}: " + string.Join(", ", samples.TakeLast(5)
                            .Select(s => $"{s.Scenario.ToString().ToLowerInvariant()} {s.Phase} {s.Load.Ready:F0} ms")));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            error = ex.Message;
            log.WriteLine($"the browser failed: {ex}");
        }
        finally
        {
            if (booted is not null)
            {
                await booted.DisposeAsync();
            }
        }

        var report = new WebReport { StartedAt = startedAt, Machine = machine, Options = options, Rows = WebRow.Summarise(samples), Error = error };
        await ReportOutput.WriteAsync(report.ToTable(), report.ToJsonLine(), options.JsonOut);
        return error is null && samples.Count > 0 ? 0 : 1;
    }

    private static async Task<IEnumerable<WebSample>> SampleAsync(IBrowser browser, Scenario scenario, Uri address, BenchUser? user,
        CancellationToken cancellationToken)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await context.AddInitScriptAsync(ReadyObserver);
        var page = await context.NewPageAsync();
        var samples = new List<WebSample>
        {
            new(scenario, WebPhase.ColdSignIn, await MeasureAsync(page, () => page.GotoAsync(address.ToString(), new() { WaitUntil = WaitUntilState.Load }), SignInForm)),
            new(scenario, WebPhase.WarmSignIn, await MeasureAsync(page, () => page.ReloadAsync(new() { WaitUntil = WaitUntilState.Load }), SignInForm)),
        };
        if (user is not null)
        {
            await page.FillAsync("input[name=email]", user.Email);
            await page.FillAsync("input[name=password]", PlatformSetup.Password);
            await page.ClickAsync("form.card button[type=submit]");
            await page.WaitForSelectorAsync(ConversationList);
            samples.Add(new(scenario, WebPhase.SignedInList,
                await MeasureAsync(page, () => page.ReloadAsync(new() { WaitUntil = WaitUntilState.Load }), ConversationList)));
        }
        cancellationToken.ThrowIfCancellationRequested();
        return samples;
    }

    private static async Task<PageLoad> MeasureAsync(IPage page, Func<Task<IResponse?>> navigate, string readySelector)
    {
        await navigate();
        await page.WaitForSelectorAsync(readySelector, new() { Timeout = 30_000 });
        var t = await page.EvaluateAsync<double[]>(ReadTimings, readySelector);
        return new PageLoad(Math.Round(t[0], 1), Math.Round(t[1], 1), Math.Round(t[2], 1), t[3] < 0 ? null : Math.Round(t[3], 1), Math.Round(t[4], 1), (long)t[5]);
    }
}
