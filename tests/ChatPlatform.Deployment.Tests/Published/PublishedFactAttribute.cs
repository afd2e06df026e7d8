namespace ChatPlatform.Deployment.Tests.Published;

/// <summary>
/// A test against the published services running without the AppHost (scripts/test-published.sh starts them and sets
/// <see cref="UrlVariable"/>). Without that variable the test is reported as skipped, never as passed.
/// </summary>
public sealed class PublishedFactAttribute : FactAttribute
{
    public const string UrlVariable = "CHATPLATFORM_PUBLISHED_URL";
    public const string AdminEmailVariable = "CHATPLATFORM_PUBLISHED_ADMIN_EMAIL";
    public const string AdminPasswordVariable = "CHATPLATFORM_PUBLISHED_ADMIN_PASSWORD";

    public PublishedFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(UrlVariable)))
        {
            Skip = $"Needs the published services: scripts/test-published.sh runs them and sets {UrlVariable}.";
        }
    }

    public static Uri Front => new(Environment.GetEnvironmentVariable(UrlVariable)!);
}
