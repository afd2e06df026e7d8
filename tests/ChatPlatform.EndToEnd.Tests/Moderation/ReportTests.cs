using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Moderation.ModerationApi;

namespace ChatPlatform.EndToEnd.Tests.Moderation;

/// <summary>Reports of messages: only what the reporter can read, reviewed and resolved by admins.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReportTests(PlatformFixture platform)
{
    private static readonly string[] ReportFields =
        ["id", "message_id", "chat_session_id", "reported_user_id", "reporter_id", "reason", "status", "created_at"];

    [Fact]
    public async Task A_readable_message_is_reported_once_listed_for_admins_audited_and_resolved()
    {
        var admin = await platform.AdminAsync();
        var (reporter, author, sessionId, messageId) = await ConversationAsync("reporter", "offender");

        var created = await (await reporter.Http.PostAsJsonAsync(ReportsPath, new { message_id = messageId, reason = "  spam  " }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.All(ReportFields, field => Assert.True(created.ContainsKey(field), field));
        Assert.Equal((messageId, sessionId, author.Id, reporter.Id), (created.GuidOf("message_id"), created.GuidOf("chat_session_id"),
            created.GuidOf("reported_user_id"), created.GuidOf("reporter_id")));
        Assert.Equal(("spam", "open"), (created.Text("reason"), created.Text("status")));
        var reportId = created.GuidOf("id")!.Value;

        var again = await (await reporter.Http.PostAsJsonAsync(ReportsPath, new { message_id = messageId, reason = "still spam" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((reportId, "spam"), (again.GuidOf("id")!.Value, again.Text("reason")));

        var open = await (await admin.Http.GetAsync($"{ReportsPath}?status=open&limit=200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(open.Items(), r => r.GuidOf("id") == reportId);

        var audited = Assert.Single(await admin.AuditEntriesAsync($"actor_id={reporter.Id}&action=message_reported"));
        Assert.Equal((author.Id, sessionId, messageId), (audited.GuidOf("target_user_id"), audited.GuidOf("session_id"), audited.GuidOf("message_id")));

        var resolved = await (await admin.Http.PostAsJsonAsync($"{ReportsPath}/{reportId}/resolve", new { resolution = "warned the author" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("resolved", "warned the author", admin.Id), (resolved.Text("status"), resolved.Text("resolution"), resolved.GuidOf("resolved_by")));
        var reopenAttempt = await (await admin.Http.PostAsJsonAsync($"{ReportsPath}/{reportId}/resolve", new { resolution = "changed my mind" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("warned the author", reopenAttempt.Text("resolution"));

        Assert.DoesNotContain((await (await admin.Http.GetAsync($"{ReportsPath}?status=open&limit=200")).ReadJsonAsync(HttpStatusCode.OK)).Items(),
            r => r.GuidOf("id") == reportId);
        Assert.Contains((await (await admin.Http.GetAsync($"{ReportsPath}?status=resolved&limit=200")).ReadJsonAsync(HttpStatusCode.OK)).Items(),
            r => r.GuidOf("id") == reportId);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_first_report()
    {
        var (reporter, _, _, messageId) = await ConversationAsync("keyed", "keyedauthor");
        var key = Guid.NewGuid().ToString();

        async Task<JsonObject> FileAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ReportsPath) { Content = JsonContent.Create(new { message_id = messageId, reason = "abuse" }) };
            request.Headers.Add("Idempotency-Key", key);
            return await (await reporter.Http.SendAsync(request)).ReadJsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal((await FileAsync()).Text("id"), (await FileAsync()).Text("id"));
    }

    [Fact]
    public async Task A_message_the_reporter_cannot_read_is_404()
    {
        var (_, _, _, messageId) = await ConversationAsync("insider", "insiderauthor");
        var outsider = await TestUser.RegisterAsync(platform, "outsider");

        await ProblemAssert.IsProblemAsync(await outsider.Http.PostAsJsonAsync(ReportsPath, new { message_id = messageId, reason = "spam" }),
            HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await outsider.Http.PostAsJsonAsync(ReportsPath, new { message_id = Guid.CreateVersion7(), reason = "spam" }),
            HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_report_needs_a_message_id_and_a_reason_of_1_to_1000_characters()
    {
        var (reporter, _, _, messageId) = await ConversationAsync("terse", "terseauthor");

        foreach (var body in new object[] { new { message_id = messageId, reason = "" }, new { message_id = messageId, reason = new string('x', 1001) }, new { reason = "spam" } })
        {
            await ProblemAssert.IsProblemAsync(await reporter.Http.PostAsJsonAsync(ReportsPath, body), HttpStatusCode.BadRequest, "validation_failed");
        }
        await (await reporter.Http.PostAsJsonAsync(ReportsPath, new { message_id = messageId, reason = new string('x', 1000) })).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Users_cannot_review_or_resolve_reports()
    {
        var (reporter, _, _, messageId) = await ConversationAsync("nosy", "nosyauthor");
        var report = await (await reporter.Http.PostAsJsonAsync(ReportsPath, new { message_id = messageId, reason = "spam" })).ReadJsonAsync(HttpStatusCode.Created);

        await ProblemAssert.IsProblemAsync(await reporter.Http.GetAsync(ReportsPath), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await reporter.Http.PostAsJsonAsync($"{ReportsPath}/{report.Text("id")}/resolve", new { }),
            HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await platform.CreateClient().PostAsJsonAsync(ReportsPath, new { message_id = messageId, reason = "spam" }),
            HttpStatusCode.Unauthorized, "unauthorized");
        var admin = await platform.AdminAsync();
        await ProblemAssert.IsProblemAsync(await admin.Http.PostAsJsonAsync($"{ReportsPath}/{Guid.CreateVersion7()}/resolve", new { }),
            HttpStatusCode.NotFound, "not_found");
    }

    /// <summary>A group session of two fresh users and one message by the second.</summary>
    private async Task<(TestUser Reporter, TestUser Author, Guid SessionId, Guid MessageId)> ConversationAsync(string reporterName, string authorName)
    {
        var reporter = await TestUser.RegisterAsync(platform, reporterName);
        var author = await TestUser.RegisterAsync(platform, authorName);
        var session = await reporter.CreateSessionAsync("Reported", "group", author.Id);
        var message = await author.SendAsync(session.Id(), "something rude");
        return (reporter, author, Guid.Parse(session.Id()), Guid.Parse(message.Id()));
    }
}
