using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class BodyLimitTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    [Fact]
    public async Task Body_over_1_MB_with_content_length_is_413()
    {
        using var response = await gateway.Client.PostAsync("/api/v1/auth/register", new ByteArrayContent(new byte[TwoMegabytes]));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task Chunked_body_over_1_MB_is_413()
    {
        var content = new StreamContent(new MemoryStream(new byte[TwoMegabytes]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await gateway.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task Body_under_the_limit_is_forwarded_whole()
    {
        using var response = await gateway.Client.PostAsync("/api/v1/auth/register", new ByteArrayContent(new byte[1000 * 1024]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000 * 1024, (await response.Content.ReadFromJsonAsync<JsonObject>())!["body_length"]?.GetValue<long>());
    }

    [Fact]
    public async Task Attachment_upload_route_accepts_large_bodies()
    {
        var request = gateway.Request(HttpMethod.Post, $"/api/v1/chat/sessions/{Guid.NewGuid()}/attachments", gateway.Tokens.Valid(Guid.NewGuid()));
        request.Content = new MultipartFormDataContent { { new ByteArrayContent(new byte[TwoMegabytes * 5]), "file", "big.bin" } };

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("messages", echo["service"]?.GetValue<string>());
        Assert.True(echo["body_length"]!.GetValue<long>() > TwoMegabytes * 5);
    }
}
