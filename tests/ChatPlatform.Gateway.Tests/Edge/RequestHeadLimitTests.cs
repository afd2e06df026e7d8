using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.Edge;

/// <summary>
/// The gateway answers an oversized request head itself with problem+json (414, 431 payload_too_large) up to
/// Kestrel's own limits, four times higher; beyond those Kestrel answers with its bare status line.
/// </summary>
public sealed class RequestHeadLimitTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_request_target_of_8000_bytes_is_forwarded_and_one_more_byte_is_a_414_problem()
    {
        var prefix = "/api/v1/auth/login?q=";

        using var fits = await gateway.Client.GetAsync(prefix + new string('a', 8000 - prefix.Length));
        using var over = await gateway.Client.GetAsync(prefix + new string('a', 8001 - prefix.Length));

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        await over.AssertProblemAsync(HttpStatusCode.RequestUriTooLong, "payload_too_large");
    }

    [Fact]
    public async Task A_60_KB_header_is_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/login");
        request.Headers.Add("X-Big", new string('b', 60 * 1024));

        using var response = await gateway.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, "payload_too_large");
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Request-Id").Single()));
    }

    [Fact]
    public async Task A_20_KB_header_is_forwarded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/login");
        request.Headers.Add("X-Big", new string('b', 20 * 1024));

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task More_than_90_header_fields_are_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/login");
        for (var index = 0; index < 100; index++)
        {
            request.Headers.Add($"X-Field-{index}", "x");
        }

        using var response = await gateway.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task Beyond_kestrels_own_limits_the_answer_is_its_bare_status_line()
    {
        using var longTarget = await gateway.Client.GetAsync("/api/v1/auth/login?q=" + new string('a', 40_000));
        using var hugeHeader = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/login");
        hugeHeader.Headers.Add("X-Big", new string('b', 130 * 1024));
        using var hugeHeaderResponse = await gateway.Client.SendAsync(hugeHeader);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longTarget.StatusCode);
        Assert.Empty(await longTarget.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, hugeHeaderResponse.StatusCode);
        Assert.Empty(await hugeHeaderResponse.Content.ReadAsByteArrayAsync());
    }
}
