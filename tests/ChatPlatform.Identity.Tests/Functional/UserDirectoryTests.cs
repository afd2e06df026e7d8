using ChatPlatform.Identity.Tests.Infrastructure;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class UserDirectoryTests(IdentityServiceFixture service)
{
    private async Task<(string Id, string Email)> RegisterAsync(HttpClient client, string displayName)
    {
        var email = IdentityClient.NewEmail();
        var response = await client.RegisterAsync(email, displayName: displayName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.ReadJsonAsync())["id"]!.GetValue<string>(), email);
    }

    private static async Task<JsonArray> SearchAsync(HttpClient client, string token, string query)
    {
        var response = await client.SendAsBearerAsync(HttpMethod.Get, $"/api/v1/users?q={Uri.EscapeDataString(query)}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["items"]!.AsArray();
    }

    [Fact]
    public async Task A_name_prefix_finds_people_by_the_start_of_their_name_or_of_a_word_and_shows_only_id_and_name()
    {
        var client = service.CreateClient();
        var tag = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var (aliceId, _) = await RegisterAsync(client, $"{tag}alice Smith");
        var (bobId, _) = await RegisterAsync(client, $"Bob {tag}bob");
        await RegisterAsync(client, $"Carol x{tag}");
        var caller = await client.SignUpAsync();
        var token = caller["access_token"]!.GetValue<string>();

        var found = await SearchAsync(client, token, tag.ToLowerInvariant());

        Assert.Equal([aliceId, bobId], found.Select(item => item!["id"]!.GetValue<string>()).Order());
        foreach (var item in found)
        {
            Assert.Equal(["id", "display_name"], item!.AsObject().Select(p => p.Key));
        }
        Assert.Empty(await SearchAsync(client, token, "%" + tag[1..]));
    }

    [Fact]
    public async Task A_whole_email_address_finds_exactly_that_account_and_a_partial_one_is_400()
    {
        var client = service.CreateClient();
        var (id, email) = await RegisterAsync(client, "Email Lookup");
        var token = (await client.SignUpAsync())["access_token"]!.GetValue<string>();

        var found = await SearchAsync(client, token, email.ToUpperInvariant());
        var partial = await client.SendAsBearerAsync(HttpMethod.Get, $"/api/v1/users?q={Uri.EscapeDataString(email[..(email.IndexOf('@') + 3)])}", token);

        Assert.Equal(id, Assert.Single(found)!["id"]!.GetValue<string>());
        Assert.DoesNotContain(email, found.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var problem = await ProblemAssert.IsProblemAsync(partial, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]?["q"]);
    }

    [Fact]
    public async Task The_caller_is_not_listed_and_admins_also_see_roles()
    {
        var client = service.CreateClient();
        var tag = "Yq" + Guid.NewGuid().ToString("N")[..8];
        var email = IdentityClient.NewEmail();
        Assert.Equal(HttpStatusCode.Created, (await client.RegisterAsync(email, displayName: $"{tag} Self")).StatusCode);
        var self = await client.SignInAsync(email, IdentityClient.Password);
        var admin = await client.SignInAsync(IdentityServiceFixture.AdminEmail, IdentityServiceFixture.AdminPassword);

        Assert.Empty(await SearchAsync(client, self["access_token"]!.GetValue<string>(), tag));
        var seenByAdmin = Assert.Single(await SearchAsync(client, admin["access_token"]!.GetValue<string>(), tag))!;
        Assert.Equal(["user"], seenByAdmin["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Without_a_token_the_directory_is_401_and_a_bad_limit_is_400()
    {
        var client = service.CreateClient();
        var token = (await client.SignUpAsync())["access_token"]!.GetValue<string>();

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/users?q=alice"), HttpStatusCode.Unauthorized, "unauthorized");
        var badLimit = await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/users?q=alice&limit=500", token);
        var problem = await ProblemAssert.IsProblemAsync(badLimit, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]?["limit"]);
    }

    [Fact]
    public async Task Searching_faster_than_the_bucket_refills_is_429_with_Retry_After_for_that_user_only()
    {
        var client = service.CreateClient();
        var fast = (await client.SignUpAsync())["access_token"]!.GetValue<string>();
        var other = (await client.SignUpAsync())["access_token"]!.GetValue<string>();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < IdentityServiceFixture.UserSearchBurst * 2 && refused is null; i++)
        {
            var response = await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/users?q=someone", fast);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) >= IdentityServiceFixture.UserSearchBurst);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/users?q=someone", other)).StatusCode);
    }
}
