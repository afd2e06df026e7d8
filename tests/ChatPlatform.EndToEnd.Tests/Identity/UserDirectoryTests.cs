using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Identity;

/// <summary>The people directory (GET /api/v1/users) through the gateway: names, never emails; limited per user.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UserDirectoryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_signed_in_user_finds_others_by_name_or_whole_email_and_sees_only_id_and_display_name()
    {
        var tag = "Dir" + Guid.NewGuid().ToString("N")[..8];
        var wanted = await TestUser.RegisterAsync(platform, $"{tag}person");
        var caller = await TestUser.RegisterAsync(platform, "caller");

        var byName = await caller.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users?q={tag.ToLowerInvariant()}");
        var byEmail = await caller.Http.GetFromJsonAsync<JsonObject>($"/api/v1/users?q={Uri.EscapeDataString(wanted.Email)}");

        foreach (var page in new[] { byName!, byEmail! })
        {
            var item = Assert.Single(page["items"]!.AsArray())!.AsObject();
            Assert.Equal(wanted.Id.ToString(), item["id"]!.GetValue<string>());
            Assert.Equal(["id", "display_name"], item.Select(p => p.Key));
            Assert.Null(page["next_cursor"]);
        }
    }

    [Fact]
    public async Task Without_a_token_the_gateway_refuses_and_an_email_prefix_is_a_validation_problem()
    {
        using var anonymous = platform.CreateClient();
        var caller = await TestUser.RegisterAsync(platform, "caller");

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/v1/users?q=alice"), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await caller.Http.GetAsync("/api/v1/users?q=caller-%40exam"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Searching_faster_than_the_directory_allows_is_429_rate_limited_with_Retry_After()
    {
        var caller = await TestUser.RegisterAsync(platform, "fast-searcher");

        // The bucket holds 20 and refills 5 per second: 100 searches at once would need 16 s to all pass.
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => caller.Http.GetAsync("/api/v1/users?q=nobody")));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) >= 20);
        var refused = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.NotNull(refused.Headers.RetryAfter);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
    }
}
