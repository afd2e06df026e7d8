using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class RateLimitTests(StrictGatewayFixture gateway) : IClassFixture<StrictGatewayFixture>
{
    private const int Flood = 20;

    [Fact]
    public async Task Anonymous_callers_over_the_per_ip_burst_get_429_with_retry_after()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, Flood).Select(_ => gateway.Client.GetAsync("/.well-known/jwks.json")));

        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) >= StrictGatewayFixture.Burst, "the burst was not granted");
        var rejected = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Each_user_spends_from_their_own_bucket()
    {
        var greedy = gateway.Tokens.Valid(Guid.NewGuid());
        var flood = await Task.WhenAll(Enumerable.Range(0, Flood)
            .Select(_ => gateway.Client.SendAsync(gateway.Request(HttpMethod.Get, "/api/v1/chat/presence", greedy))));
        using var other = await gateway.Client.SendAsync(gateway.Request(HttpMethod.Get, "/api/v1/chat/presence", gateway.Tokens.Valid(Guid.NewGuid())));

        Assert.Contains(flood, response => response.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_never_limited()
    {
        for (var i = 0; i < StrictGatewayFixture.Burst * 5; i++)
        {
            using var response = await gateway.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_deployed_service_that_refuses_connections_is_503_service_unavailable()
    {
        using var response = await gateway.Client.SendAsync(gateway.Request(HttpMethod.Get, "/api/v1/chat/sessions", gateway.Tokens.Valid(Guid.NewGuid())));

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable");
        Assert.Contains("sessions", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_configured_origins_no_cors_headers_are_sent()
    {
        using var request = gateway.Request(HttpMethod.Get, "/api/v1/chat/presence", gateway.Tokens.Valid(Guid.NewGuid()));
        request.Headers.Add("Origin", GatewayFixture.AllowedOrigin);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
