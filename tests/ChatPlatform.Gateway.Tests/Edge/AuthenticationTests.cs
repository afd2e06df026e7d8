using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class AuthenticationTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Chat_route_without_token_is_401_at_the_edge()
    {
        using var response = await gateway.Client.GetAsync("/api/v1/chat/sessions");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("/api/v1/chat/sessions")]
    [InlineData("/api/v1/chat/attachments/0198c0de-0000-7000-8000-000000000001")]
    [InlineData("/api/v1/chat/ws-stats")]
    public async Task A_valid_token_in_the_query_of_a_rest_call_is_ignored(string path)
    {
        using var response = await gateway.Client.GetAsync($"{path}?token={gateway.Tokens.Valid(Guid.NewGuid())}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("WebSocket handshakes only", problem["detail"]!.GetValue<string>());
    }

    public static TheoryData<string> BadTokens => ["expired", "forged", "alg-none", "garbage"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Expired_forged_and_unsigned_tokens_are_401(string kind)
    {
        var userId = Guid.NewGuid();
        var token = kind switch
        {
            "expired" => gateway.Tokens.Expired(userId),
            "forged" => gateway.Tokens.Forged(userId),
            "alg-none" => TokenIssuer.Unsigned(userId),
            _ => "not.a.jwt",
        };

        using var response = await gateway.Client.SendAsync(gateway.Request(HttpMethod.Get, "/api/v1/chat/sessions", token));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\", error_description=\"The access token ", challenge.Parameter);
    }

    [Fact]
    public async Task Valid_token_is_forwarded_to_the_owning_service()
    {
        var token = gateway.Tokens.Valid(Guid.NewGuid());

        using var response = await gateway.Client.SendAsync(gateway.Request(HttpMethod.Get, "/api/v1/chat/sessions", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("sessions", echo["service"]?.GetValue<string>());
        Assert.Equal($"Bearer {token}", echo["headers"]?["authorization"]?.GetValue<string>());
    }

    [Fact]
    public async Task Auth_routes_and_well_known_are_anonymous()
    {
        using var login = await gateway.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "a@b.c", password = "x" });
        using var jwks = await gateway.Client.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("identity", (await login.Content.ReadFromJsonAsync<JsonObject>())!["service"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
    }
}
