using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Messages.Tests.Infrastructure;

namespace ChatPlatform.Messages.Tests.Http;

/// <summary>The edit, delete, reaction, search and internal endpoints on the real web host over PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RichMessagingHttpTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesApiFactory _api = null!;

    public async Task InitializeAsync()
    {
        _api = new MessagesApiFactory(await server.CreateDatabaseAsync());
        using var client = _api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Edit_delete_and_reactions_answer_with_the_message_and_the_spec_codes()
    {
        var (author, other) = (Guid.NewGuid(), Guid.NewGuid());
        var sessionId = await _api.CreateSessionAsync(author, other);
        using var authorClient = _api.ClientFor(author);
        using var otherClient = _api.ClientFor(other);
        using var stranger = _api.ClientFor(Guid.NewGuid());
        var sent = await BodyAsync(await authorClient.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/messages", new { message_type = "text", content = "hi" }), HttpStatusCode.Created);
        var path = $"/api/v1/chat/messages/{sent["id"]!.GetValue<string>()}";

        var edited = await BodyAsync(await authorClient.PatchAsJsonAsync(path, new { content = "hello" }), HttpStatusCode.OK);
        Assert.Equal(("hello", "{}"), (edited["content"]!.GetValue<string>(), edited["reactions"]!.ToJsonString()));
        await AssertProblemAsync(await otherClient.PatchAsJsonAsync(path, new { content = "x" }), HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemAsync(await stranger.PatchAsJsonAsync(path, new { content = "x" }), HttpStatusCode.NotFound, "not_found");
        await AssertProblemAsync(await authorClient.PatchAsJsonAsync(path, new { content = " " }), HttpStatusCode.BadRequest, "validation_failed");
        await AssertProblemAsync(await authorClient.PatchAsJsonAsync($"/api/v1/chat/messages/{Guid.NewGuid()}", new { content = "x" }), HttpStatusCode.NotFound, "not_found");

        var reacted = await BodyAsync(await otherClient.PostAsJsonAsync($"{path}/reactions", new { emoji = "👍" }), HttpStatusCode.Created);
        Assert.Equal(1, reacted["reactions"]!["👍"]!.GetValue<int>());
        await BodyAsync(await otherClient.PostAsJsonAsync($"{path}/reactions", new { emoji = "👍" }), HttpStatusCode.OK);
        await AssertProblemAsync(await otherClient.PostAsJsonAsync($"{path}/reactions", new { emoji = "" }), HttpStatusCode.BadRequest, "validation_failed");
        var unreacted = await BodyAsync(await otherClient.DeleteAsync($"{path}/reactions/%F0%9F%91%8D"), HttpStatusCode.OK);
        Assert.Equal("{}", unreacted["reactions"]!.ToJsonString());

        var deleted = await BodyAsync(await authorClient.DeleteAsync(path), HttpStatusCode.OK);
        Assert.Equal((true, ""), (deleted["deleted"]!.GetValue<bool>(), deleted["content"]!.GetValue<string>()));
        await AssertProblemAsync(await authorClient.PatchAsJsonAsync(path, new { content = "again" }), HttpStatusCode.Conflict, "conflict");
        await AssertProblemAsync(await otherClient.PostAsJsonAsync($"{path}/reactions", new { emoji = "👍" }), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Search_and_the_internal_message_endpoint_answer_only_what_the_caller_may_read()
    {
        var (me, stranger) = (Guid.NewGuid(), Guid.NewGuid());
        var sessionId = await _api.CreateSessionAsync(me);
        using var mine = _api.ClientFor(me);
        using var theirs = _api.ClientFor(stranger);
        using var admin = _api.ClientFor(Guid.NewGuid(), "admin");
        var sent = await BodyAsync(await mine.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/messages", new { message_type = "text", content = "findable words" }), HttpStatusCode.Created);
        var id = sent["id"]!.GetValue<string>();

        var found = await BodyAsync(await mine.GetAsync("/api/v1/chat/search?q=findable&limit=10"), HttpStatusCode.OK);
        Assert.Equal([id], found["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Empty((await BodyAsync(await theirs.GetAsync("/api/v1/chat/search?q=findable"), HttpStatusCode.OK))["items"]!.AsArray());
        await AssertProblemAsync(await mine.GetAsync("/api/v1/chat/search?q="), HttpStatusCode.BadRequest, "validation_failed");
        await AssertProblemAsync(await mine.GetAsync("/api/v1/chat/search?q=x&cursor=nope"), HttpStatusCode.BadRequest, "validation_failed");
        await AssertProblemAsync(await theirs.GetAsync($"/api/v1/chat/search?q=findable&session_id={sessionId}"), HttpStatusCode.NotFound, "not_found");

        var internalMessage = await BodyAsync(await mine.GetAsync($"/internal/messages/{id}"), HttpStatusCode.OK);
        Assert.Equal(["chat_session_id", "content", "deleted", "id", "message_type", "user_id"], internalMessage.Select(p => p.Key).Order());
        Assert.Equal(("findable words", me.ToString()), (internalMessage["content"]!.GetValue<string>(), internalMessage["user_id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/internal/messages/{id}")).StatusCode);
        await AssertProblemAsync(await theirs.GetAsync($"/internal/messages/{id}"), HttpStatusCode.NotFound, "not_found");
    }
}
