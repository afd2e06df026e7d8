namespace ChatPlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway with tiny rate limits, no CORS origins, and a sessions service whose address refuses
/// connections (deployed but down).
/// </summary>
public sealed class StrictGatewayFixture : GatewayFixture
{
    public const int Burst = 3;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("services:sessions:http:0", RefusingUrl()),
        new("RateLimits:PerIp:PermitsPerSecond", "1"),
        new("RateLimits:PerIp:Burst", Burst.ToString()),
        new("RateLimits:PerUser:PermitsPerSecond", "1"),
        new("RateLimits:PerUser:Burst", Burst.ToString()),
    ];
}
