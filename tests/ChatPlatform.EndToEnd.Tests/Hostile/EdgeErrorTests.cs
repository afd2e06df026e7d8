using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// Requests whose head is too big get the gateway's problem+json (414, 431 payload_too_large) and change nothing;
/// what Kestrel refuses before any application code runs (a NUL in the path, heads beyond its own raised limits)
/// still gets its bare status, as docs/gateway.md says.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EdgeErrorTests(PlatformFixture platform)
{
    [Fact]
    public async Task Oversized_request_heads_get_a_problem_from_the_gateway_and_create_nothing()
    {
        var context = await HostileContext.CreateAsync(platform);
        var title = $"oversized-head-{Guid.NewGuid():N}";

        using var longTarget = new HttpRequestMessage(HttpMethod.Post, $"{SessionsApi.SessionsPath}?pad={new string('a', 10_000)}")
        {
            Content = JsonContent.Create(new { title, kind = "group" }),
        };
        using var bigHeader = new HttpRequestMessage(HttpMethod.Post, SessionsApi.SessionsPath) { Content = JsonContent.Create(new { title, kind = "group" }) };
        bigHeader.Headers.Add("Cookie", "big=" + new string('c', 60 * 1024));
        using var manyHeaders = new HttpRequestMessage(HttpMethod.Post, SessionsApi.SessionsPath) { Content = JsonContent.Create(new { title, kind = "group" }) };
        for (var index = 0; index < 100; index++)
        {
            manyHeaders.Headers.Add($"X-Field-{index}", "x");
        }

        var answers = new[]
        {
            (await context.Caller.Http.SendAsync(longTarget), HttpStatusCode.RequestUriTooLong),
            (await context.Caller.Http.SendAsync(bigHeader), HttpStatusCode.RequestHeaderFieldsTooLarge),
            (await context.Caller.Http.SendAsync(manyHeaders), HttpStatusCode.RequestHeaderFieldsTooLarge),
        };

        foreach (var (response, status) in answers)
        {
            await ProblemAssert.IsProblemAsync(response, status, "payload_too_large");
            Assert.True(response.Headers.Contains("X-Request-Id"));
        }
        var mine = await context.Caller.GetJsonAsync(SessionsApi.SessionsPath + "?limit=200");
        Assert.DoesNotContain(mine["items"]!.AsArray(), session => session!["title"]?.GetValue<string>() == title);
        await context.AssertStillWorkingAsync();
    }

    [Fact]
    public async Task What_kestrel_refuses_itself_still_gets_its_bare_status_and_the_gateway_keeps_serving()
    {
        var nul = await RawHttp.SendAsync(platform.GatewayAddress, "GET /api/v1/chat/sessions/%00 HTTP/1.1\r\n");
        using var client = platform.CreateClient();
        var beyondKestrel = await client.GetAsync("/api/v1/auth/login?pad=" + new string('a', 40_000));

        Assert.Equal(400, nul.Status);
        Assert.Empty(nul.Body);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, beyondKestrel.StatusCode);
        Assert.Empty(await beyondKestrel.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_path_that_is_not_UTF_8_is_routed_and_refused_with_a_problem()
    {
        var admin = await platform.AdminAsync();

        var response = await admin.Http.GetAsync("/api/v1/chat/sessions/%ED%A0%80");

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"answered {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
