using ChatPlatform.Identity.Tests.Infrastructure;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class RefreshTokenTests(IdentityServiceFixture service)
{
    [Fact]
    public async Task Refreshing_issues_new_tokens_for_the_same_user()
    {
        var client = service.CreateClient();
        var login = await client.SignUpAsync();

        var response = await client.RefreshAsync(login["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await response.ReadJsonAsync();
        Assert.Equal("bearer", refreshed["token_type"]!.GetValue<string>());
        Assert.NotEqual(login["refresh_token"]!.GetValue<string>(), refreshed["refresh_token"]!.GetValue<string>());
        Assert.NotEqual(login["access_token"]!.GetValue<string>(), refreshed["access_token"]!.GetValue<string>());
        Assert.Equal(login["user"]!["id"]!.GetValue<string>(), refreshed["user"]!["id"]!.GetValue<string>());
        var me = await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/auth/me", refreshed["access_token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task The_rotated_token_can_be_used_again_and_again()
    {
        var client = service.CreateClient();
        var token = (await client.SignUpAsync())["refresh_token"]!.GetValue<string>();

        for (var round = 0; round < 3; round++)
        {
            var response = await client.RefreshAsync(token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            token = (await response.ReadJsonAsync())["refresh_token"]!.GetValue<string>();
        }
    }

    [Fact]
    public async Task Reusing_a_used_refresh_token_is_401_and_revokes_its_whole_family()
    {
        var client = service.CreateClient();
        var original = (await client.SignUpAsync())["refresh_token"]!.GetValue<string>();
        var successor = (await (await client.RefreshAsync(original)).ReadJsonAsync())["refresh_token"]!.GetValue<string>();

        await ProblemAssert.IsProblemAsync(await client.RefreshAsync(original), HttpStatusCode.Unauthorized, "unauthorized");

        await ProblemAssert.IsProblemAsync(await client.RefreshAsync(successor), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Reuse_revokes_only_that_login_not_the_users_other_sessions()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("kim");
        var first = (await client.SignUpAsync(email))["refresh_token"]!.GetValue<string>();
        var other = (await client.SignInAsync(email, IdentityClient.Password))["refresh_token"]!.GetValue<string>();
        await client.RefreshAsync(first);

        await client.RefreshAsync(first);

        Assert.Equal(HttpStatusCode.OK, (await client.RefreshAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Two_concurrent_uses_of_one_token_let_at_most_one_through()
    {
        var client = service.CreateClient();
        var token = (await client.SignUpAsync())["refresh_token"]!.GetValue<string>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => service.CreateClient().RefreshAsync(token)));

        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) <= 1);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("z2eChw2wrLMdg_QQkzXO7qDnCH6_ibZLyypXHcZjyH0")]
    public async Task An_unknown_refresh_token_is_401(string token)
    {
        await ProblemAssert.IsProblemAsync(await service.CreateClient().RefreshAsync(token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_missing_refresh_token_is_400()
    {
        var response = await service.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_only_as_hashes()
    {
        var token = (await service.CreateClient().SignUpAsync())["refresh_token"]!.GetValue<string>();

        var stored = await service.QueryAsync(db => Task.FromResult(db.RefreshTokens.Select(t => t.TokenHash).ToList()));

        Assert.DoesNotContain(token, stored);
        Assert.Contains(ChatPlatform.Identity.Rules.RefreshTokenSecret.Hash(token), stored);
    }
}
