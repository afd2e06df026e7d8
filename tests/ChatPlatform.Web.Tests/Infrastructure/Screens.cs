namespace ChatPlatform.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots of the main screens for docs/screenshots, taken only when CHATPLATFORM_SCREENSHOTS names a
/// directory (scripts/screenshots.sh sets it); ordinary test runs write nothing.
/// </summary>
public static class Screens
{
    public static async Task CaptureAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CHATPLATFORM_SCREENSHOTS") is not { Length: > 0 } directory)
        {
            return;
        }
        Directory.CreateDirectory(directory);
        // Let live data (presence dots, receipts, image previews) settle before the picture.
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}.png") });
    }
}
