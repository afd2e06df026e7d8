using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;

namespace ChatPlatform.EndToEnd.Tests.Moderation;

/// <summary>Client calls to the Moderation API through the gateway, shared by the moderation tests.</summary>
internal static class ModerationApi
{
    public const string BlockPath = "/api/v1/chat/block";
    public const string UnblockPath = "/api/v1/chat/unblock";
    public const string BlocksPath = "/api/v1/chat/blocks";
    public const string ReportsPath = "/api/v1/chat/reports";
    public const string AuditLogPath = "/api/v1/chat/audit-log";

    /// <summary>The audit log is filled from the bus: allow for a loaded machine.</summary>
    private static readonly TimeSpan AuditWait = TimeSpan.FromSeconds(45);

    public static Task<HttpResponseMessage> BlockAsync(this TestUser user, Guid target) =>
        user.Http.PostAsJsonAsync(BlockPath, new { user_id = target });

    public static Task<HttpResponseMessage> UnblockAsync(this TestUser user, Guid target) =>
        user.Http.PostAsJsonAsync(UnblockPath, new { user_id = target });

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<TestUser> AdminAsync(this PlatformFixture platform) =>
        TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);

    public static async Task<JsonObject> AuditLogAsync(this TestUser admin, string query)
    {
        var response = await admin.Http.GetAsync($"{AuditLogPath}?{query}");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static List<JsonObject> Items(this JsonObject page) => page["items"]!.AsArray().Select(item => item!.AsObject()).ToList();

    /// <summary>Polls the audit log with <paramref name="query"/> until it holds at least <paramref name="count"/> entries.</summary>
    public static Task<List<JsonObject>> AuditEntriesAsync(this TestUser admin, string query, int count = 1) =>
        MessagesApi.EventuallyAsync(async () =>
        {
            var items = (await admin.AuditLogAsync(query)).Items();
            return items.Count >= count ? items : null;
        }, $"{count} audit entries for '{query}'", AuditWait);

    public static Guid? GuidOf(this JsonObject entry, string field) =>
        entry[field] is { } value ? Guid.Parse(value.GetValue<string>()) : null;

    public static string Text(this JsonObject entry, string field) => entry[field]!.GetValue<string>();
}
