using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class RequestIdTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Caller_request_id_and_trace_context_reach_the_service_and_the_id_comes_back()
    {
        const string traceId = "0af7651916cd43dd8448eb211c80319c";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/anything");
        request.Headers.Add("X-Request-Id", "client-42");
        request.Headers.Add("traceparent", $"00-{traceId}-b7ad6b7169203331-01");
        // The gateway's tracing listens in this process too: keep this client from writing its own traceparent.
        using var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = gateway.BaseAddress };

        using var response = await client.SendAsync(request);

        Assert.Equal("client-42", response.Headers.GetValues("X-Request-Id").Single());
        var headers = (await response.Content.ReadFromJsonAsync<JsonObject>())!["headers"]!;
        Assert.Equal("client-42", headers["x-request-id"]?.GetValue<string>());
        Assert.Contains(traceId, headers["traceparent"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_request_id_is_made_when_the_caller_sends_none()
    {
        using var response = await gateway.Client.GetAsync("/.well-known/anything");

        var id = response.Headers.GetValues("X-Request-Id").Single();
        Assert.False(string.IsNullOrWhiteSpace(id));
        var headers = (await response.Content.ReadFromJsonAsync<JsonObject>())!["headers"]!;
        Assert.Equal(id, headers["x-request-id"]?.GetValue<string>());
    }

    [Fact]
    public async Task Error_responses_carry_the_request_id_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/chat/sessions");
        request.Headers.Add("X-Request-Id", "client-43");

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("client-43", response.Headers.GetValues("X-Request-Id").Single());
    }
}
