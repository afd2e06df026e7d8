using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class RoutingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly Guid Id = Guid.NewGuid();

    public static TheoryData<string, string, string> OwnedPaths => new()
    {
        { "GET", $"/api/v1/chat/sessions/{Id}/messages", "messages" },
        { "POST", $"/api/v1/chat/sessions/{Id}/messages", "messages" },
        { "POST", $"/api/v1/chat/sessions/{Id}/mark-read", "messages" },
        { "GET", $"/api/v1/chat/sessions/{Id}/read-cursors", "messages" },
        { "POST", $"/api/v1/chat/sessions/{Id}/attachments", "messages" },
        { "PATCH", $"/api/v1/chat/messages/{Id}", "messages" },
        { "DELETE", $"/api/v1/chat/messages/{Id}/reactions/%F0%9F%91%8D", "messages" },
        { "GET", $"/api/v1/chat/attachments/{Id}", "messages" },
        { "GET", "/api/v1/chat/search?q=hello", "messages" },
        { "POST", "/api/v1/chat/sessions", "sessions" },
        { "GET", $"/api/v1/chat/sessions/{Id}", "sessions" },
        { "POST", $"/api/v1/chat/sessions/{Id}/close", "sessions" },
        { "DELETE", $"/api/v1/chat/sessions/{Id}/participants/{Id}", "sessions" },
        { "POST", $"/api/v1/chat/sessions/{Id}/accept", "sessions" },
        { "POST", $"/api/v1/chat/rooms/{Id}/join", "sessions" },
        { "GET", "/api/v1/chat/rooms", "sessions" },
        { "GET", "/api/v1/chat/support/queue", "sessions" },
        { "PUT", $"/api/v1/chat/canned-responses/{Id}", "sessions" },
        { "PUT", "/api/v1/chat/notification-preferences", "sessions" },
        { "GET", "/api/v1/chat/ws-stats", "presence" },
        { "GET", $"/api/v1/chat/presence?user_ids={Id}", "presence" },
        { "GET", "/api/v1/auth/me", "identity" },
        { "PUT", $"/api/v1/auth/users/{Id}/roles", "identity" },
        { "GET", "/api/v1/users?q=al", "identity" },
    };

    [Theory]
    [MemberData(nameof(OwnedPaths))]
    public async Task Each_path_reaches_the_service_that_owns_it(string method, string path, string service)
    {
        var request = gateway.Request(new HttpMethod(method), path, gateway.Tokens.Valid(Guid.NewGuid()));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(service, echo["service"]?.GetValue<string>());
        Assert.Equal(method, echo["method"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("POST", "/api/v1/chat/block")]
    [InlineData("POST", "/api/v1/chat/unblock")]
    [InlineData("GET", "/api/v1/chat/blocks")]
    [InlineData("POST", "/api/v1/chat/reports")]
    [InlineData("GET", "/api/v1/chat/audit-log")]
    public async Task Paths_of_a_service_not_deployed_are_503_service_unavailable(string method, string path)
    {
        using var response = await gateway.Client.SendAsync(gateway.Request(new HttpMethod(method), path, gateway.Tokens.Valid(Guid.NewGuid())));

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable");
        Assert.Contains("moderation", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_api_path_is_404_problem()
    {
        using var response = await gateway.Client.SendAsync(gateway.Request(HttpMethod.Get, "/api/v1/chat/nothing-here", gateway.Tokens.Valid(Guid.NewGuid())));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Health_is_healthy_while_a_service_is_missing()
    {
        using var response = await gateway.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
