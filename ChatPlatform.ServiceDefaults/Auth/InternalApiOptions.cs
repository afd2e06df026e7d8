namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>
/// The key that service-to-service endpoints acting for no user require (<c>InternalApi:Key</c>, a secret the AppHost
/// generates per run and a deployment takes from a Secret). Without a key those endpoints refuse every call.
/// </summary>
public sealed class InternalApiOptions
{
    public const string SectionName = "InternalApi";

    public const string HeaderName = "X-Internal-Api-Key";

    public string? Key { get; set; }
}
