using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Messages.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatPlatform.Messages.Tests.RateLimiting;

/// <summary>REST sends over the per-user limit: 429 rate_limited with Retry-After; resending a stored message takes no token.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SendRateLimitHttpTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesApiFactory _api = null!;
    private WebApplicationFactory<Program> _limited = null!;

    public async Task InitializeAsync()
    {
        _api = new MessagesApiFactory(await server.CreateDatabaseAsync());
        _limited = _api.WithWebHostBuilder(builder => builder
            .UseSetting("SendRateLimit:PerSecond", "0.1")
            .UseSetting("SendRateLimit:Burst", "3"));
    }

    public async Task DisposeAsync()
    {
        await _limited.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Sends_beyond_the_burst_get_429_with_Retry_After_and_a_resend_of_a_stored_message_still_succeeds()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        using var client = _limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = _api.ClientFor(user).DefaultRequestHeaders.Authorization;
        var path = $"/api/v1/chat/sessions/{sessionId}/messages";

        for (var index = 0; index < 3; index++)
        {
            var sent = await client.PostAsJsonAsync(path, new { message_type = "text", content = $"m{index}", client_message_id = $"c{index}" });
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }
        var refused = await client.PostAsJsonAsync(path, new { message_type = "text", content = "one too many", client_message_id = "c3" });
        var resend = await client.PostAsJsonAsync(path, new { message_type = "text", content = "m0", client_message_id = "c0" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("rate_limited", problem["code"]!.GetValue<string>());
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        // One token per 10 s: the wait is whole seconds, at most 10, and never 0, however long the sends took.
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Created, resend.StatusCode);
        Assert.Equal("m0", (await resend.Content.ReadFromJsonAsync<JsonObject>())!["content"]!.GetValue<string>());
    }
}
