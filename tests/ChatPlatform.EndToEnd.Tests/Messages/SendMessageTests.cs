using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Messages.MessagesApi;

namespace ChatPlatform.EndToEnd.Tests.Messages;

/// <summary>SPEC.md sections 3-4: sending a message over REST through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SendMessageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_sent_message_is_201_with_exactly_the_spec_fields()
    {
        var alice = await TestUser.RegisterAsync(platform, "sender");
        var session = await alice.CreateSessionAsync("Shape");

        var response = await alice.PostMessageAsync(session.Id(), new
        {
            message_type = "text", content = "Hello!", client_message_id = "shape-1", metadata = new { source = "e2e", n = 1 },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(MessageFields.Order(), message.Select(p => p.Key).Order());
        Assert.True(Guid.TryParse(message["id"]!.GetValue<string>(), out var id) && id.Version == 7);
        Assert.Equal(session.Id(), message["chat_session_id"]!.GetValue<string>());
        Assert.Equal(alice.Id.ToString(), message["user_id"]!.GetValue<string>());
        Assert.Equal(("text", "Hello!", "shape-1", 1L), (message["message_type"]!.GetValue<string>(), message["content"]!.GetValue<string>(),
            message["client_message_id"]!.GetValue<string>(), message["seq"]!.GetValue<long>()));
        Assert.EndsWith("Z", message["timestamp"]!.GetValue<string>());
        Assert.Null(message["edited_at"]);
        Assert.False(message["deleted"]!.GetValue<bool>());
        Assert.Null(message["reply_to_id"]);
        Assert.Empty(message["mentions"]!.AsArray());
        Assert.Empty(message["attachments"]!.AsArray());
        Assert.Equal("{}", message["reactions"]!.ToJsonString());
        Assert.Equal("""{"source":"e2e","n":1}""", message["metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task The_same_client_message_id_three_times_returns_the_first_message_and_stores_one()
    {
        var alice = await TestUser.RegisterAsync(platform, "retry");
        var session = await alice.CreateSessionAsync("Retries");

        var bodies = new List<string>();
        foreach (var content in new[] { "once", "twice?", "thrice?" })
        {
            var response = await alice.PostMessageAsync(session.Id(), new { message_type = "text", content, client_message_id = "same-id" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(bodies.Distinct());
        var history = await alice.HistoryAsync(session.Id());
        Assert.Equal([1L], history.Seqs());
        Assert.Equal("once", history["items"]![0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_idempotency_key_header_dedupes_a_send_without_client_message_id()
    {
        var alice = await TestUser.RegisterAsync(platform, "idem");
        var session = await alice.CreateSessionAsync("Keys");

        async Task<string> SendWithKeyAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, MessagesPath(session.Id()))
            {
                Content = JsonContent.Create(new { message_type = "text", content = "keyed" }),
            };
            request.Headers.Add("Idempotency-Key", "key-1");
            var response = await alice.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(await SendWithKeyAsync(), await SendWithKeyAsync());
        var plain = await alice.SendAsync(session.Id(), "no key");
        Assert.True(Guid.TryParse(plain["client_message_id"]!.GetValue<string>(), out _));
        Assert.Equal([2L, 1L], (await alice.HistoryAsync(session.Id())).Seqs());
    }

    [Fact]
    public async Task Twenty_concurrent_senders_get_seq_1_to_20_without_gap_or_duplicate()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => TestUser.RegisterAsync(platform, $"crowd{i}")));
        var session = await users[0].CreateSessionAsync("Crowd", "group", users.Skip(1).Select(u => u.Id).ToArray());
        await Task.WhenAll(users.Select(u => EventuallyAsync(async () =>
            (await u.Http.GetAsync(MessagesPath(session.Id()))).IsSuccessStatusCode ? "" : null, "membership")));

        var sent = await Task.WhenAll(users.Select(u => u.SendAsync(session.Id(), $"hi from {u.Id}", $"crowd-{u.Id}")));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), sent.Select(m => m["seq"]!.GetValue<long>()).Order());
        var history = await users[0].HistoryAsync(session.Id(), "?after_seq=0&limit=200");
        var texts = history["items"]!.AsArray().Where(m => m!["message_type"]!.GetValue<string>() == "text").ToList();
        Assert.Equal(20, texts.Count);
        Assert.Equal(Enumerable.Range(1, history.Seqs().Count).Select(i => (long)i), history.Seqs());
    }

    [Fact]
    public async Task A_non_participant_gets_404_for_send_and_history()
    {
        var owner = await TestUser.RegisterAsync(platform, "owner");
        var stranger = await TestUser.RegisterAsync(platform, "stranger");
        var session = await owner.CreateSessionAsync("Private");
        await owner.SendAsync(session.Id(), "secret");

        await ProblemAssert.IsProblemAsync(
            await stranger.PostMessageAsync(session.Id(), new { message_type = "text", content = "let me in" }), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await stranger.Http.GetAsync(MessagesPath(session.Id())), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(
            await stranger.PostMessageAsync(Guid.NewGuid().ToString(), new { message_type = "text", content = "anyone?" }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_closed_session_refuses_messages_with_409_and_keeps_its_history()
    {
        var alice = await TestUser.RegisterAsync(platform, "closer");
        var session = await alice.CreateSessionAsync("Closing");
        await alice.SendAsync(session.Id(), "last words");
        var close = await alice.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{session.Id()}/close", new { });
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);

        var refused = await EventuallyAsync(async () =>
        {
            var response = await alice.PostMessageAsync(session.Id(), new { message_type = "text", content = "too late" });
            return response.StatusCode == HttpStatusCode.Conflict ? response : null;
        }, "the session to close in Messages");

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict, "session_closed");
        // Sessions hands the close to Messages before it answers, so sends are refused at once; the session_closed
        // notice is written when the ChatSessionClosed event arrives over the bus, a moment later.
        var history = await EventuallyAsync(async () =>
        {
            var page = await alice.HistoryAsync(session.Id(), "?after_seq=0");
            return page["items"]!.AsArray().Last()!["message_type"]!.GetValue<string>() == "system" ? page : null;
        }, "the session_closed notice");
        Assert.Equal("last words", history["items"]![0]!["content"]!.GetValue<string>());
        var closedNote = history["items"]!.AsArray().Last()!;
        Assert.Equal(2, history["items"]!.AsArray().Count);
        Assert.Equal("session_closed", closedNote["metadata"]!["event"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_messages_are_400_validation_problems_with_field_errors()
    {
        var alice = await TestUser.RegisterAsync(platform, "invalid");
        var session = await alice.CreateSessionAsync("Rules");

        var response = await alice.PostMessageAsync(session.Id(), new { message_type = "video", content = new string('x', 4001) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["message_type"]);
        Assert.NotNull(problem["errors"]!["content"]);
        await ProblemAssert.IsProblemAsync(
            await alice.PostMessageAsync(session.Id(), new { message_type = "system", content = "I am the server" }), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(
            await alice.PostMessageAsync(session.Id(), new { message_type = "text", content = "   " }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var alice = await TestUser.RegisterAsync(platform, "badjson");
        var session = await alice.CreateSessionAsync("Broken");

        var response = await alice.Http.PostAsync(MessagesPath(session.Id()),
            new StringContent("{\"message_type\": \"text\", \"content\": ", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }
}
