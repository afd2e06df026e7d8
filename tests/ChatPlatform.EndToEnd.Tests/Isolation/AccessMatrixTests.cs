using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Isolation;

/// <summary>
/// SPEC.md sections 2 and 5 for every REST path: no token is 401, a non-participant gets 404 exactly like an unknown
/// id, a user without the role gets 403, and no response to any of them carries the owner's data.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessMatrixTests(PlatformFixture platform)
{
    /// <summary>Paths about one session or something in it: an outsider must not learn that it exists.</summary>
    public static TheoryData<string, string, string?> SessionScopedPaths => new()
    {
        { "GET", "/api/v1/chat/sessions/{session}", null },
        { "POST", "/api/v1/chat/sessions/{session}/close", "{}" },
        { "GET", "/api/v1/chat/sessions/{session}/participants", null },
        { "POST", "/api/v1/chat/sessions/{session}/participants", """{"user_id":"{owner}"}""" },
        { "DELETE", "/api/v1/chat/sessions/{session}/participants/{owner}", null },
        { "GET", "/api/v1/chat/sessions/{session}/messages", null },
        { "GET", "/api/v1/chat/sessions/{session}/messages?after_seq=0", null },
        { "POST", "/api/v1/chat/sessions/{session}/messages", """{"message_type":"text","content":"intruder","client_message_id":"x1"}""" },
        { "POST", "/api/v1/chat/sessions/{session}/mark-read", """{"up_to_seq":1}""" },
        { "GET", "/api/v1/chat/sessions/{session}/read-cursors", null },
        { "POST", "/api/v1/chat/sessions/{session}/attachments", null },
        { "GET", "/api/v1/chat/attachments/{attachment}", null },
        { "PATCH", "/api/v1/chat/messages/{message}", """{"content":"rewritten"}""" },
        { "DELETE", "/api/v1/chat/messages/{message}", null },
        { "POST", "/api/v1/chat/messages/{message}/reactions", """{"emoji":"👍"}""" },
        { "DELETE", "/api/v1/chat/messages/{message}/reactions/%F0%9F%91%8D", null },
        { "GET", "/api/v1/chat/search?q={secret}&session_id={session}", null },
        { "POST", "/api/v1/chat/reports", """{"message_id":"{message}","reason":"spam"}""" },
    };

    /// <summary>Paths only some roles may use; a plain user is refused with 403 (SPEC.md: "wrong role").</summary>
    public static TheoryData<string, string, string?> RoleRestrictedPaths => new()
    {
        { "PUT", "/api/v1/auth/users/{owner}/roles", """{"roles":["admin"]}""" },
        { "GET", "/api/v1/chat/support/queue", null },
        { "POST", "/api/v1/chat/sessions/{support}/accept", "{}" },
        { "GET", "/api/v1/chat/canned-responses", null },
        { "POST", "/api/v1/chat/canned-responses", """{"title":"t","shortcut":"s","content":"c"}""" },
        { "GET", "/api/v1/chat/ws-stats", null },
        { "GET", "/api/v1/chat/audit-log", null },
        { "GET", "/api/v1/chat/reports", null },
    };

    /// <summary>Every authenticated path: without a token the gateway answers 401 before any service sees it.</summary>
    public static TheoryData<string, string, string?> AuthenticatedPaths
    {
        get
        {
            var paths = new TheoryData<string, string, string?>
            {
                { "GET", "/api/v1/auth/me", null },
                { "GET", "/api/v1/chat/sessions", null },
                { "POST", "/api/v1/chat/sessions", """{"title":"x"}""" },
                { "GET", "/api/v1/chat/rooms", null },
                { "POST", "/api/v1/chat/rooms", """{"name":"x"}""" },
                { "POST", "/api/v1/chat/rooms/{session}/join", "{}" },
                { "POST", "/api/v1/chat/sessions/{support}/transfer", """{"agent_id":"{owner}"}""" },
                { "PUT", "/api/v1/chat/canned-responses/{message}", """{"title":"t","shortcut":"s","content":"c"}""" },
                { "DELETE", "/api/v1/chat/canned-responses/{message}", null },
                { "GET", "/api/v1/chat/notification-preferences", null },
                { "PUT", "/api/v1/chat/notification-preferences", """{"muted_session_ids":[],"mentions_only":false}""" },
                { "GET", "/api/v1/chat/presence?user_ids={owner}", null },
                { "GET", "/api/v1/chat/search?q=hello", null },
                { "POST", "/api/v1/chat/block", """{"user_id":"{owner}"}""" },
                { "POST", "/api/v1/chat/unblock", """{"user_id":"{owner}"}""" },
                { "GET", "/api/v1/chat/blocks", null },
            };
            foreach (var row in SessionScopedPaths.Concat(RoleRestrictedPaths))
            {
                paths.Add((string)row[0], (string)row[1], (string?)row[2]);
            }
            return paths;
        }
    }

    [Theory]
    [MemberData(nameof(SessionScopedPaths))]
    public async Task A_non_participant_gets_404_and_learns_nothing(string method, string path, string? body)
    {
        var world = await IsolationScenario.GetAsync(platform);

        var response = await world.Outsider.Http.SendAsync(world.Request(method, path, body));

        var text = await ReadProblemTextAsync(response, HttpStatusCode.NotFound, "not_found");
        AssertNoLeak(world, path, body, text);
        await AssertWorldUntouchedAsync(world);
    }

    [Theory]
    [MemberData(nameof(RoleRestrictedPaths))]
    public async Task A_user_without_the_role_gets_403(string method, string path, string? body)
    {
        var world = await IsolationScenario.GetAsync(platform);

        var response = await world.Outsider.Http.SendAsync(world.Request(method, path, body));

        var text = await ReadProblemTextAsync(response, HttpStatusCode.Forbidden, "forbidden");
        AssertNoLeak(world, path, body, text);
    }

    [Theory]
    [MemberData(nameof(AuthenticatedPaths))]
    public async Task No_token_gets_401(string method, string path, string? body)
    {
        var world = await IsolationScenario.GetAsync(platform);
        using var anonymous = platform.CreateClient();

        var response = await anonymous.SendAsync(world.Request(method, path, body));

        var text = await ReadProblemTextAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        AssertNoLeak(world, path, body, text);
    }

    [Fact]
    public async Task The_outsiders_lists_and_searches_never_show_the_owners_data()
    {
        var world = await IsolationScenario.GetAsync(platform);
        string[] listings =
        [
            "/api/v1/chat/sessions",
            "/api/v1/chat/rooms",
            $"/api/v1/chat/search?q={world.SecretContent}",
            "/api/v1/chat/blocks",
            "/api/v1/chat/notification-preferences",
            "/api/v1/auth/me",
        ];

        foreach (var path in listings)
        {
            var response = await world.Outsider.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            AssertNoLeak(world, path, null, text);
        }
    }

    [Fact]
    public async Task The_owner_and_an_admin_still_read_what_the_outsider_could_not()
    {
        var world = await IsolationScenario.GetAsync(platform);

        foreach (var reader in new[] { world.Owner, world.Admin })
        {
            var session = await reader.Http.GetAsync($"/api/v1/chat/sessions/{world.SessionId}");
            Assert.Equal(HttpStatusCode.OK, session.StatusCode);
            Assert.Contains(world.SecretTitle, await session.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var history = await reader.Http.GetAsync($"/api/v1/chat/sessions/{world.SessionId}/messages");
            Assert.Equal(HttpStatusCode.OK, history.StatusCode);
            Assert.Contains(world.SecretContent, await history.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var download = await world.Owner.Http.GetAsync($"/api/v1/chat/attachments/{world.AttachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("isolation attachment", await download.Content.ReadAsStringAsync());
    }

    /// <summary>No secret appears in the response, except one the caller itself put in the request (an id in the path).</summary>
    private static void AssertNoLeak(IsolationScenario world, string path, string? body, string responseText)
    {
        var request = world.Fill(path) + world.Fill(body ?? string.Empty);
        foreach (var secret in world.Secrets.Where(secret => !request.Contains(secret, StringComparison.OrdinalIgnoreCase)))
        {
            Assert.DoesNotContain(secret, responseText, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string> ReadProblemTextAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await response.Content.LoadIntoBufferAsync();
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        await ProblemAssert.IsProblemAsync(response, status, code);
        return text;
    }

    /// <summary>The outsider's attempts changed nothing: same title, same single message, same content, still open.</summary>
    private static async Task AssertWorldUntouchedAsync(IsolationScenario world)
    {
        var session = await world.Owner.Http.GetFromJsonAsync<JsonObject>($"/api/v1/chat/sessions/{world.SessionId}");
        Assert.Equal(world.SecretTitle, session!["title"]!.GetValue<string>());
        Assert.Equal("open", session["status"]!.GetValue<string>());
        Assert.Equal([world.Owner.Id.ToString()], session["participant_ids"]!.AsArray().Select(id => id!.GetValue<string>()));

        var history = await world.Owner.Http.GetFromJsonAsync<JsonObject>($"/api/v1/chat/sessions/{world.SessionId}/messages");
        var texts = history!["items"]!.AsArray()
            .Where(item => item!["message_type"]!.GetValue<string>() != "system")
            .ToList();
        var message = Assert.Single(texts);
        Assert.Equal(world.SecretContent, message!["content"]!.GetValue<string>());
        Assert.False(message["deleted"]!.GetValue<bool>());
        Assert.Null(message["edited_at"]?.GetValue<string>());
    }
}
