using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using ChatPlatform.EndToEnd.Tests.Support;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>One paging rule for every list (docs/architecture.md, "Paging"): a limit outside 1..200 is a 400, never clamped.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PagingRuleTests(PlatformFixture platform)
{
    [Fact]
    public async Task Every_list_refuses_a_limit_outside_1_to_200_and_serves_200()
    {
        var admin = await platform.AdminAsync();
        var session = (await admin.CreateSessionAsync("Paging rule")).Id();
        string[] lists =
        [
            "/api/v1/chat/sessions?",
            $"/api/v1/chat/sessions/{session}/participants?",
            "/api/v1/chat/rooms?",
            "/api/v1/chat/support/queue?",
            "/api/v1/chat/canned-responses?",
            "/api/v1/chat/blocks?",
            "/api/v1/chat/reports?",
            "/api/v1/chat/audit-log?",
            $"/api/v1/chat/sessions/{session}/messages?",
            $"/api/v1/chat/sessions/{session}/read-cursors?",
            "/api/v1/chat/search?q=paging&",
        ];

        foreach (var list in lists)
        {
            foreach (var limit in new[] { 0, 201, 1000 })
            {
                var problem = await ProblemAssert.IsProblemAsync(
                    await admin.Http.GetAsync($"{list}limit={limit}"), HttpStatusCode.BadRequest, "validation_failed");
                Assert.True(problem["errors"]?["limit"] is not null, $"{list}limit={limit}: {problem}");
            }
            var page = await admin.Http.GetAsync($"{list}limit=200");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{list}limit=200 answered {(int)page.StatusCode}");
        }
    }
}
