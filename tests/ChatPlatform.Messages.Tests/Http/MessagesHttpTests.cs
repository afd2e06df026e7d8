using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatPlatform.Messages.Tests.Infrastructure;

namespace ChatPlatform.Messages.Tests.Http;

/// <summary>The HTTP contract of SPEC.md sections 2-4, through the real web host and a real database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MessagesHttpTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly string[] MessageFields =
    [
        "id", "chat_session_id", "user_id", "message_type", "content", "client_message_id", "seq", "timestamp",
        "edited_at", "deleted", "reply_to_id", "mentions", "attachments", "metadata", "reactions",
    ];

    private MessagesApiFactory _api = null!;

    public async Task InitializeAsync()
    {
        _api = new MessagesApiFactory(await server.CreateDatabaseAsync());
        _api.CreateClient().Dispose();
        await WaitForMigrationAsync();
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task WaitForMigrationAsync()
    {
        using var client = _api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    private static string MessagesPath(Guid sessionId) => $"/api/v1/chat/sessions/{sessionId}/messages";

    [Fact]
    public async Task A_send_is_201_with_exactly_the_spec_message()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        using var client = _api.ClientFor(user);

        var response = await client.PostAsJsonAsync(MessagesPath(sessionId),
            new { message_type = "text", content = "Hello!", client_message_id = "c-1", metadata = new { b = 1, a = new[] { true } } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(MessageFields.Order(), message.Select(p => p.Key).Order());
        Assert.Equal(sessionId.ToString(), message["chat_session_id"]!.GetValue<string>());
        Assert.Equal(user.ToString(), message["user_id"]!.GetValue<string>());
        Assert.Equal(1, message["seq"]!.GetValue<long>());
        Assert.EndsWith("Z", message["timestamp"]!.GetValue<string>());
        Assert.Equal("""{"b":1,"a":[true]}""", message["metadata"]!.ToJsonString());
        Assert.Equal("[]", message["mentions"]!.ToJsonString());
        Assert.Equal("[]", message["attachments"]!.ToJsonString());
        Assert.Equal($"/api/v1/chat/messages/{message["id"]}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Concurrent_sends_that_share_batches_each_get_their_own_answer()
    {
        var members = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToArray();
        var outsider = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(members);
        var clients = members.Select(m => _api.ClientFor(m)).Append(_api.ClientFor(outsider)).ToArray();
        Task<HttpResponseMessage> Send(int client, string id) =>
            clients[client].PostAsJsonAsync(MessagesPath(sessionId), new { message_type = "text", content = $"from {client}", client_message_id = id });

        // 36 member sends, the same client_message_id twice, and an outsider's sends, all at once (RestSendBatcher).
        var sends = Enumerable.Range(0, members.Length).SelectMany(i => Enumerable.Range(0, 3).Select(n => Send(i, $"{i}-{n}"))).ToList();
        var twice = new[] { Send(0, "twice"), Send(0, "twice") };
        var outsiders = Enumerable.Range(0, 3).Select(n => Send(members.Length, $"out-{n}")).ToList();
        await Task.WhenAll(sends.Concat(twice).Concat(outsiders));

        Assert.All(sends.Concat(twice), s => Assert.Equal(HttpStatusCode.Created, s.Result.StatusCode));
        Assert.All(outsiders, s => Assert.Equal(HttpStatusCode.NotFound, s.Result.StatusCode));
        var stored = await Task.WhenAll(sends.Concat(twice).Select(async s => (await s.Result.Content.ReadFromJsonAsync<JsonObject>())!));
        var seqs = stored.Select(m => m["seq"]!.GetValue<long>()).ToList();
        Assert.Equal(Enumerable.Range(1, 37).Select(i => (long)i), seqs.Distinct().Order());
        Assert.Equal(stored[^1]["id"]!.GetValue<string>(), stored[^2]["id"]!.GetValue<string>());
        Assert.All(stored.Take(sends.Count).Select((m, index) => (m, index)),
            p => Assert.Equal($"{p.index / 3}-{p.index % 3}", p.m["client_message_id"]!.GetValue<string>()));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_resend_with_the_same_client_message_id_is_201_with_the_same_bytes()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        using var client = _api.ClientFor(user);
        var body = new { message_type = "text", content = "once", client_message_id = "same", metadata = new { z = 1, a = 2 } };

        var first = await client.PostAsJsonAsync(MessagesPath(sessionId), body);
        var second = await client.PostAsJsonAsync(MessagesPath(sessionId), body);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"message_type\": \"text\", \"content\": ")]
    [InlineData("{\"message_type\": \"text\", \"content\": 5}")]
    [InlineData("{\"message_type\": \"text\", \"content\": \"x\", \"reply_to_id\": \"nope\"}")]
    [InlineData("")]
    public async Task A_body_that_is_not_the_expected_json_is_a_400_problem(string body)
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        using var client = _api.ClientFor(user);

        var response = await client.PostAsync(MessagesPath(sessionId), new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]);
    }

    [Fact]
    public async Task Rule_violations_are_400_with_every_field_error()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        using var client = _api.ClientFor(user);

        var response = await client.PostAsJsonAsync(MessagesPath(sessionId), new { message_type = "video", content = "", metadata = new[] { 1 } });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["message_type", "metadata"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task No_token_is_401_and_a_malformed_session_id_is_404()
    {
        var sessionId = await _api.CreateSessionAsync(Guid.NewGuid());
        using var anonymous = _api.CreateClient();

        await AssertProblemAsync(await anonymous.GetAsync(MessagesPath(sessionId)), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertProblemAsync(await anonymous.GetAsync($"/api/v1/chat/sessions/not-a-guid/messages"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task History_pages_newest_first_and_empty_cursor_parameters_are_ignored()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        using var client = _api.ClientFor(user);
        for (var i = 1; i <= 3; i++)
        {
            await client.PostAsJsonAsync(MessagesPath(sessionId), new { message_type = "text", content = $"m{i}" });
        }

        var page = (await client.GetFromJsonAsync<JsonObject>(MessagesPath(sessionId) + "?limit=2&before_seq=&after_seq="))!;
        var rest = (await client.GetFromJsonAsync<JsonObject>(MessagesPath(sessionId) + $"?limit=2&before_seq={page["next_cursor"]}"))!;

        Assert.Equal("[3,2]", new JsonArray(page["items"]!.AsArray().Select(m => (JsonNode?)JsonValue.Create(m!["seq"]!.GetValue<long>())).ToArray()).ToJsonString());
        Assert.Equal("2", page["next_cursor"]!.GetValue<string>());
        Assert.Equal("m1", rest["items"]![0]!["content"]!.GetValue<string>());
        Assert.Null(rest["next_cursor"]);
        await AssertProblemAsync(await client.GetAsync(MessagesPath(sessionId) + "?limit=0"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Mark_read_answers_the_cursor_and_never_moves_it_back()
    {
        var (user, other) = (Guid.NewGuid(), Guid.NewGuid());
        var sessionId = await _api.CreateSessionAsync(user, other);
        using var client = _api.ClientFor(user);
        using var otherClient = _api.ClientFor(other);
        for (var i = 1; i <= 3; i++)
        {
            await otherClient.PostAsJsonAsync(MessagesPath(sessionId), new { message_type = "text", content = $"m{i}" });
        }

        var forward = await client.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/mark-read", new { up_to_seq = 2 });
        var back = await client.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/mark-read", new { up_to_seq = 1 });

        Assert.Equal(HttpStatusCode.OK, forward.StatusCode);
        var cursor = (await back.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($$"""{"chat_session_id":"{{sessionId}}","user_id":"{{user}}","up_to_seq":2}""", cursor.ToJsonString());

        var summaries = (await client.GetFromJsonAsync<JsonObject>($"/internal/sessions/summaries?session_ids={sessionId},{Guid.NewGuid()}"))!;
        Assert.Equal([sessionId.ToString()], summaries.Select(s => s.Key));
        Assert.Equal(1, summaries[sessionId.ToString()]!["unread_count"]!.GetValue<long>());
        Assert.Equal("m3", summaries[sessionId.ToString()]!["last_message"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Membership_changes_are_taken_only_with_the_internal_api_key_and_apply_at_once()
    {
        var (owner, member) = (Guid.NewGuid(), Guid.NewGuid());
        var sessionId = Guid.CreateVersion7();
        var changes = new
        {
            created = new[]
            {
                new { session_id = sessionId, kind = "group", status = "active", title = "Relayed", created_by = owner, participant_ids = new[] { owner, member }, room_id = (Guid?)null, occurred_at = DateTimeOffset.UtcNow },
            },
            added = Array.Empty<object>(),
            removed = Array.Empty<object>(),
            closed = Array.Empty<object>(),
        };
        using var asUser = _api.ClientFor(owner);
        using var withWrongKey = _api.CreateClient();
        withWrongKey.DefaultRequestHeaders.Add("X-Internal-Api-Key", "not-the-key");

        await AssertProblemAsync(await asUser.PostAsJsonAsync("/internal/membership/changes", changes), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertProblemAsync(await withWrongKey.PostAsJsonAsync("/internal/membership/changes", changes), HttpStatusCode.Unauthorized, "unauthorized");
        using var refused = _api.ClientFor(member);
        Assert.Equal(HttpStatusCode.NotFound, (await refused.PostAsJsonAsync(MessagesPath(sessionId), new { message_type = "text", content = "too early" })).StatusCode);

        using var sessions = _api.CreateClient();
        sessions.DefaultRequestHeaders.Add("X-Internal-Api-Key", MessagesApiFactory.InternalApiKey);
        Assert.Equal(HttpStatusCode.NoContent, (await sessions.PostAsJsonAsync("/internal/membership/changes", changes)).StatusCode);

        using var client = _api.ClientFor(member);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(MessagesPath(sessionId), new { message_type = "text", content = "member at once" })).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_public_paths_only()
    {
        using var client = _api.CreateClient();

        var document = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        string[] expected =
        [
            "/api/v1/chat/attachments/{id}", "/api/v1/chat/messages/{id}", "/api/v1/chat/messages/{id}/reactions",
            "/api/v1/chat/messages/{id}/reactions/{emoji}", "/api/v1/chat/search", "/api/v1/chat/sessions/{id}/attachments",
            "/api/v1/chat/sessions/{id}/mark-read", "/api/v1/chat/sessions/{id}/messages", "/api/v1/chat/sessions/{id}/read-cursors",
        ];
        Assert.Equal(expected.Order(), document["paths"]!.AsObject().Select(p => p.Key).Order());
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(code, problem["code"]!.GetValue<string>());
        Assert.NotNull(problem["trace_id"]);
        return problem;
    }
}
