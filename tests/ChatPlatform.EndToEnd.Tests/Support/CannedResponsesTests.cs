using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Support.SupportApi;

namespace ChatPlatform.EndToEnd.Tests.Support;

/// <summary>Canned responses through the gateway: agents only, own and shared, unique shortcuts, variables filled per session.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CannedResponsesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Agents_create_list_update_and_delete_their_canned_responses_and_see_shared_ones()
    {
        var agent = await platform.NewAgentAsync("canned-owner");
        var colleague = await platform.NewAgentAsync("canned-colleague");
        var user = await TestUser.RegisterAsync(platform, "plain");

        var create = await agent.Http.PostAsJsonAsync(CannedPath, new { title = "Greeting", shortcut = "hi", content = "Hello {{customer_name}}!" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var greeting = (await create.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("hi", greeting["shortcut"]!.GetValue<string>());
        Assert.False(greeting["shared"]!.GetValue<bool>());
        Assert.Equal(agent.Id, greeting.Guid("owner_id"));
        Assert.NotNull(greeting["created_at"]);
        Assert.NotNull(greeting["updated_at"]);
        var shared = await PostAsync(agent, new { title = "Closing", shortcut = "bye", content = "Anything else?", shared = true });

        // A retry with the same Idempotency-Key gets the first response, not a shortcut conflict.
        var keyed = await PostWithKeyAsync(agent, "canned-key-1", new { title = "Hold on", shortcut = "wait", content = "One moment please." });
        var retried = await PostWithKeyAsync(agent, "canned-key-1", new { title = "Hold on", shortcut = "wait", content = "One moment please." });
        Assert.Equal(keyed.Id(), retried.Id());

        // The same shortcut twice for one owner is a conflict; another agent may use it.
        await ProblemAssert.IsProblemAsync(
            await agent.Http.PostAsJsonAsync(CannedPath, new { title = "Again", shortcut = "hi", content = "x" }), HttpStatusCode.Conflict, "conflict");
        var colleagues = await PostAsync(colleague, new { title = "Mine", shortcut = "hi", content = "Hey" });

        // Own and shared ones: the colleague sees the shared one but not the private one.
        var seen = (await colleague.GetJsonAsync(CannedPath + "?limit=200")).Ids();
        Assert.Contains(shared.Id(), seen);
        Assert.Contains(colleagues.Id(), seen);
        Assert.DoesNotContain(greeting.Id(), seen);

        // Only the owner changes a response; others get 404 for a private one and 403 for a shared one.
        var put = await agent.Http.PutAsJsonAsync($"{CannedPath}/{greeting.Id()}", new { title = "Greeting", shortcut = "hello", content = "Hi {{customer_name}}" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = (await put.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("hello", updated["shortcut"]!.GetValue<string>());
        Assert.Equal("Hi {{customer_name}}", updated["content"]!.GetValue<string>());
        await ProblemAssert.IsProblemAsync(
            await agent.Http.PutAsJsonAsync($"{CannedPath}/{greeting.Id()}", new { title = "Greeting", shortcut = "bye", content = "x" }), HttpStatusCode.Conflict, "conflict");
        await ProblemAssert.IsProblemAsync(
            await colleague.Http.PutAsJsonAsync($"{CannedPath}/{greeting.Id()}", new { title = "t", shortcut = "s", content = "c" }), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await colleague.Http.DeleteAsync($"{CannedPath}/{shared.Id()}"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await agent.Http.PostAsJsonAsync(CannedPath, new { title = "", shortcut = "two words", content = "" }), HttpStatusCode.BadRequest, "validation_failed");

        // Plain users have no canned responses at all.
        await ProblemAssert.IsProblemAsync(await user.Http.GetAsync(CannedPath), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await user.Http.PostAsJsonAsync(CannedPath, new { title = "t", shortcut = "s", content = "c" }), HttpStatusCode.Forbidden, "forbidden");

        Assert.Equal(HttpStatusCode.NoContent, (await agent.Http.DeleteAsync($"{CannedPath}/{greeting.Id()}")).StatusCode);
        Assert.DoesNotContain(greeting.Id(), (await agent.GetJsonAsync(CannedPath + "?limit=200")).Ids());
        await ProblemAssert.IsProblemAsync(await agent.Http.DeleteAsync($"{CannedPath}/{greeting.Id()}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Variables_are_filled_in_for_a_session_in_the_list_and_by_render()
    {
        var customer = await TestUser.RegisterAsync(platform, "Carla");
        var agent = await platform.NewAgentAsync("Agnes");
        var outsider = await platform.NewAgentAsync("Otto");
        var session = await customer.CreateSessionAsync("Refund for order 42", "support");
        Assert.Equal(HttpStatusCode.OK, (await agent.AcceptAsync(session.Id())).StatusCode);
        var template = await PostAsync(agent, new
        {
            title = "Welcome",
            shortcut = "welcome",
            content = "Hi {{customer_name}}, I am {{agent_name}} and I will help with \"{{session_title}}\". {{unknown}}",
        });
        const string expected = "Hi Carla, I am Agnes and I will help with \"Refund for order 42\". {{unknown}}";

        // The customer's name comes from Identity's UserRegistered over the bus: wait for it, then it must be exact.
        var item = await MessagesApi.EventuallyAsync(async () =>
        {
            var listed = await agent.GetJsonAsync($"{CannedPath}?session_id={session.Id()}&limit=200");
            var found = listed["items"]!.AsArray().Single(i => i!.Id() == template.Id())!;
            return found["rendered_content"]!.GetValue<string>().StartsWith("Hi Carla,", StringComparison.Ordinal) ? found : null;
        }, "the customer's name in the rendered content");
        Assert.Equal(expected, item["rendered_content"]!.GetValue<string>());
        Assert.Equal(template["content"]!.GetValue<string>(), item["content"]!.GetValue<string>());
        Assert.Null((await agent.GetJsonAsync(CannedPath))["items"]![0]!["rendered_content"]);

        var render = await agent.Http.PostAsJsonAsync($"{CannedPath}/{template.Id()}/render", new { session_id = session.Id() });
        Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        Assert.Equal(expected, (await render.Content.ReadFromJsonAsync<JsonObject>())!["content"]!.GetValue<string>());

        // A session the agent cannot see is 404 either way.
        await ProblemAssert.IsProblemAsync(await outsider.Http.GetAsync($"{CannedPath}?session_id={session.Id()}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(
            await agent.Http.PostAsJsonAsync($"{CannedPath}/{template.Id()}/render", new { session_id = Guid.NewGuid() }), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(
            await agent.Http.PostAsJsonAsync($"{CannedPath}/{template.Id()}/render", new { }), HttpStatusCode.BadRequest, "validation_failed");
    }

    private static async Task<JsonObject> PostWithKeyAsync(TestUser agent, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CannedPath) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await agent.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> PostAsync(TestUser agent, object body)
    {
        var response = await agent.Http.PostAsJsonAsync(CannedPath, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
