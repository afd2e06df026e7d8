using ChatPlatform.EndToEnd.Tests.Infrastructure;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>SPEC.md section 2 and 5: a session the caller is not in answers 404, exactly like one that does not exist.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionPrivacyTests(PlatformFixture platform)
{
    public static TheoryData<string, string> SessionPaths => new()
    {
        { "GET", "{0}" },
        { "POST", "{0}/close" },
        { "GET", "{0}/participants" },
        { "POST", "{0}/participants" },
        { "DELETE", "{0}/participants/{1}" },
    };

    [Theory]
    [MemberData(nameof(SessionPaths))]
    public async Task A_non_participant_gets_404_on_every_session_path(string method, string template)
    {
        var owner = await TestUser.RegisterAsync(platform, "owner");
        var outsider = await TestUser.RegisterAsync(platform, "outsider");
        var session = await owner.CreateSessionAsync("Secret");

        foreach (var target in new[] { session.Id(), Guid.NewGuid().ToString() })
        {
            var response = await SendAsync(outsider, method, $"{SessionsPath}/{string.Format(template, target, owner.Id)}", outsider.Id);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal([owner.Id], (await owner.GetJsonAsync($"{SessionsPath}/{session.Id()}")).Guids("participant_ids"));
        Assert.Equal("open", (await owner.GetJsonAsync($"{SessionsPath}/{session.Id()}"))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/api/v1/chat/sessions/not-a-uuid")]
    [InlineData("POST", "/api/v1/chat/sessions/not-a-uuid/close")]
    [InlineData("GET", "/api/v1/chat/sessions/not-a-uuid/participants")]
    [InlineData("POST", "/api/v1/chat/rooms/not-a-uuid/join")]
    public async Task A_malformed_id_is_404(string method, string path)
    {
        var user = await TestUser.RegisterAsync(platform, "malformed");
        await ProblemAssert.IsProblemAsync(await SendAsync(user, method, path, user.Id), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_internal_membership_endpoint_is_not_reachable_through_the_gateway()
    {
        var owner = await TestUser.RegisterAsync(platform, "internal");
        var session = await owner.CreateSessionAsync("Inside");
        var response = await owner.Http.GetAsync($"/internal/sessions/{session.Id()}/members");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(TestUser user, string method, string path, Guid someone) => method switch
    {
        "GET" => user.Http.GetAsync(path),
        "DELETE" => user.Http.DeleteAsync(path),
        _ when path.EndsWith("/participants", StringComparison.Ordinal) => user.Http.PostAsJsonAsync(path, new { user_id = someone }),
        _ => user.Http.PostAsJsonAsync(path, new { }),
    };
}
