using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;

namespace ChatPlatform.EndToEnd.Tests.Support;

/// <summary>Agents and support-desk calls through the gateway, shared by the support tests.</summary>
internal static class SupportApi
{
    public const string QueuePath = "/api/v1/chat/support/queue";
    public const string CannedPath = "/api/v1/chat/canned-responses";

    public static string AcceptPath(string sessionId) => $"/api/v1/chat/sessions/{sessionId}/accept";

    public static string TransferPath(string sessionId) => $"/api/v1/chat/sessions/{sessionId}/transfer";

    public static Task<TestUser> AdminAsync(this PlatformFixture platform) =>
        TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);

    public static Task<TestUser> SeededAgentAsync(this PlatformFixture platform) =>
        TestUser.LoginAsync(platform, platform.AgentEmail, platform.AgentPassword);

    /// <summary>Registers a user, has the seeded admin make them an agent, and logs them in again (a token with the role).</summary>
    public static async Task<TestUser> NewAgentAsync(this PlatformFixture platform, string name = "agent")
    {
        var user = await TestUser.RegisterAsync(platform, name);
        var admin = await platform.AdminAsync();
        var promote = await admin.Http.PutAsJsonAsync($"/api/v1/auth/users/{user.Id}/roles", new { roles = new[] { "user", "agent" } });
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        return await TestUser.LoginAsync(platform, user.Email, user.Password);
    }

    public static Task<HttpResponseMessage> AcceptAsync(this TestUser agent, string sessionId) =>
        agent.Http.PostAsync(AcceptPath(sessionId), null);

    public static Task<HttpResponseMessage> TransferAsync(this TestUser agent, string sessionId, Guid to) =>
        agent.Http.PostAsJsonAsync(TransferPath(sessionId), new { agent_id = to });

    /// <summary>
    /// Transfers once Sessions knows the target's agent role: roles travel from Identity over the bus, so a target
    /// promoted a moment ago may still be a plain user there (400) for a few milliseconds.
    /// </summary>
    public static Task<JsonObject> TransferWhenKnownAsync(this TestUser agent, string sessionId, Guid to) =>
        MessagesApi.EventuallyAsync(async () =>
        {
            var response = await agent.TransferAsync(sessionId, to);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return null;
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonObject>();
        }, "Sessions to know the transfer target as an agent");

    public static Guid Guid(this JsonNode node, string field) => System.Guid.Parse(node[field]!.GetValue<string>());
}
