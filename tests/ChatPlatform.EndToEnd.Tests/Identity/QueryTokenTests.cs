using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Identity;

/// <summary>
/// An access token in the URL is read on the WebSocket handshakes only: on a REST call, at the gateway and in the
/// services alike, it is ignored (401, nothing changes), and every 401 says how to authenticate in WWW-Authenticate.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class QueryTokenTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_valid_token_in_the_query_of_rest_calls_is_401_and_changes_nothing()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        using var anonymous = platform.CreateClient();
        var title = $"via-query-{Guid.NewGuid():N}";
        var query = $"?token={alice.AccessToken}";

        var reads = new[] { SessionsApi.SessionsPath, "/api/v1/chat/blocks", "/api/v1/chat/search?q=x&token=" + alice.AccessToken };
        foreach (var path in reads)
        {
            await AssertIgnoredAsync(await anonymous.GetAsync(path.Contains('?') ? path : path + query));
        }
        await AssertIgnoredAsync(await anonymous.PostAsJsonAsync(SessionsApi.SessionsPath + query, new { title, kind = "group" }));
        // /api/v1/auth/** is anonymous at the gateway: Identity itself refuses the query token.
        await AssertIgnoredAsync(await anonymous.GetAsync("/api/v1/auth/me" + query));

        var mine = await alice.GetJsonAsync(SessionsApi.SessionsPath + "?limit=200");
        Assert.DoesNotContain(mine["items"]!.AsArray(), session => session!["title"]?.GetValue<string>() == title);
    }

    [Fact]
    public async Task The_same_token_in_the_query_opens_a_websocket()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("query token")).Id();

        await using var socket = await platform.ConnectAsync(SessionSocket(session, alice));
        await socket.PingAsync();
    }

    [Fact]
    public async Task A_failed_login_and_a_refused_refresh_carry_a_bearer_challenge()
    {
        using var client = platform.CreateClient();

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.test", password = "wrong-password" });
        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = "not-a-refresh-token" });

        foreach (var response in new[] { login, refresh })
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        }
    }

    private static async Task AssertIgnoredAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("WebSocket handshakes only", problem["detail"]!.GetValue<string>());
    }
}
