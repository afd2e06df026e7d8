using System.Net.Http.Headers;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Identity;

/// <summary>Identity through the gateway against the real identitydb: SPEC.md section 3, "Auth".</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task Register_login_me_returns_the_registered_user()
    {
        using var client = platform.CreateClient();
        var email = $"Alice-{Guid.NewGuid():N}@Example.test";

        var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = "s3cret-password", display_name = "Alice" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        var user = (await register.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(Guid.TryParse(user["id"]!.GetValue<string>(), out _));
        Assert.Equal("Alice", user["display_name"]!.GetValue<string>());
        Assert.Contains("user", user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = email.ToLowerInvariant(), password = "s3cret-password" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var tokens = (await login.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("bearer", tokens["token_type"]!.GetValue<string>());
        Assert.True(tokens["expires_in"]!.GetValue<int>() > 0);
        Assert.False(string.IsNullOrEmpty(tokens["refresh_token"]!.GetValue<string>()));
        Assert.Equal(user["id"]!.GetValue<string>(), tokens["user"]!["id"]!.GetValue<string>());

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>());
        var me = (await client.GetFromJsonAsync<JsonObject>("/api/v1/auth/me"))!;
        Assert.Equal(user["id"]!.GetValue<string>(), me["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_password_is_401_problem()
    {
        var user = await TestUser.RegisterAsync(platform, "wrongpw");
        using var client = platform.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "not-the-password" });
        await ProblemAssert.IsProblemAsync(login, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Duplicate_email_is_409_problem()
    {
        var user = await TestUser.RegisterAsync(platform, "dup");
        using var client = platform.CreateClient();
        var again = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = user.Email.ToUpperInvariant(), password = "another-password", display_name = "Dup" });
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Invalid_registration_is_a_validation_problem_with_field_errors()
    {
        using var client = platform.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "not-an-email", password = "x", display_name = "" });
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAssert.IsProblemAsync(response, response.StatusCode, "validation_failed");
        Assert.NotNull(problem["errors"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_a_server_error()
    {
        using var client = platform.CreateClient();
        using var content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/auth/register", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Refresh_rotates_and_reusing_an_old_refresh_token_revokes_the_family()
    {
        var user = await TestUser.RegisterAsync(platform, "refresh");
        using var client = platform.CreateClient();

        var first = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = user.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var rotated = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var second = rotated["refresh_token"]!.GetValue<string>();
        Assert.NotEqual(user.RefreshToken, second);
        Assert.False(string.IsNullOrEmpty(rotated["access_token"]!.GetValue<string>()));

        var reuse = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = user.RefreshToken });
        await ProblemAssert.IsProblemAsync(reuse, HttpStatusCode.Unauthorized, "unauthorized");

        var afterRevocation = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = second });
        await ProblemAssert.IsProblemAsync(afterRevocation, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Fifty_parallel_registrations_all_succeed_with_distinct_ids()
    {
        using var client = platform.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PostAsJsonAsync("/api/v1/auth/register", new { email = $"p{i}-{Guid.NewGuid():N}@example.test", password = "parallel-password", display_name = $"P{i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>()));
        Assert.Equal(50, ids.Distinct().Count());
    }

    [Fact]
    public async Task Admin_changes_roles_and_a_plain_user_cannot()
    {
        var admin = await TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);
        var user = await TestUser.RegisterAsync(platform, "promoted");

        var forbidden = await user.Http.PutAsJsonAsync($"/api/v1/auth/users/{user.Id}/roles", new { roles = new[] { "user", "admin" } });
        await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden, "forbidden");

        var changed = await admin.Http.PutAsJsonAsync($"/api/v1/auth/users/{user.Id}/roles", new { roles = new[] { "user", "agent" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = (await changed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("agent", body["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var relogin = await TestUser.LoginAsync(platform, user.Email, user.Password);
        var me = (await relogin.Http.GetFromJsonAsync<JsonObject>("/api/v1/auth/me"))!;
        Assert.Contains("agent", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Seeded_agent_account_can_log_in_with_the_apphost_parameters()
    {
        var agent = await TestUser.LoginAsync(platform, platform.AgentEmail, platform.AgentPassword);
        var me = (await agent.Http.GetFromJsonAsync<JsonObject>("/api/v1/auth/me"))!;
        Assert.Contains("agent", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Jwks_and_openid_configuration_are_published()
    {
        using var client = platform.CreateClient();
        var discovery = (await client.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration"))!;
        Assert.Equal("chatplatform", discovery["issuer"]!.GetValue<string>());
        var jwks = (await client.GetFromJsonAsync<JsonObject>("/.well-known/jwks.json"))!;
        var key = jwks["keys"]!.AsArray().First()!;
        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(key["kid"]!.GetValue<string>()));
    }
}
