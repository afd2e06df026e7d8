using ChatPlatform.Contracts;
using ChatPlatform.Identity.Tests.Infrastructure;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class UsersTests(IdentityServiceFixture service)
{
    private async Task<string> AdminTokenAsync() =>
        (await service.CreateClient().SignInAsync(IdentityServiceFixture.AdminEmail, IdentityServiceFixture.AdminPassword))["access_token"]!.GetValue<string>();

    [Fact]
    public async Task Me_returns_the_signed_in_user()
    {
        var client = service.CreateClient();
        var login = await client.SignUpAsync();

        var response = await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/auth/me", login["access_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(login["user"]!.ToJsonString(), (await response.ReadJsonAsync()).ToJsonString());
    }

    [Fact]
    public async Task Me_without_a_token_is_401()
    {
        await ProblemAssert.IsProblemAsync(await service.CreateClient().GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task An_admin_replaces_roles_which_publishes_UserRolesChanged_and_shows_in_new_tokens()
    {
        var client = service.CreateClient();
        var login = await client.SignUpAsync();
        var id = login["user"]!["id"]!.GetValue<string>();

        var response = await client.SendAsBearerAsync(HttpMethod.Put, $"/api/v1/auth/users/{id}/roles", await AdminTokenAsync(), new { roles = new[] { "user", "agent" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["user", "agent"], (await response.ReadJsonAsync())["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var changed = await service.Events.WaitForAsync<UserRolesChanged>(e => e.UserId == Guid.Parse(id));
        Assert.Equal(["user", "agent"], changed.Roles);
        var refreshed = await (await client.RefreshAsync(login["refresh_token"]!.GetValue<string>())).ReadJsonAsync();
        Assert.Equal(["user", "agent"], refreshed["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_admins_may_change_roles()
    {
        var client = service.CreateClient();
        var login = await client.SignUpAsync();
        var token = login["access_token"]!.GetValue<string>();

        var response = await client.SendAsBearerAsync(HttpMethod.Put, $"/api/v1/auth/users/{login["user"]!["id"]}/roles", token, new { roles = new[] { "admin" } });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task An_unknown_role_is_400_and_an_unknown_user_404()
    {
        var client = service.CreateClient();
        var admin = await AdminTokenAsync();
        var id = (await client.SignUpAsync())["user"]!["id"]!.GetValue<string>();

        var unknownRole = await client.SendAsBearerAsync(HttpMethod.Put, $"/api/v1/auth/users/{id}/roles", admin, new { roles = new[] { "user", "wizard" } });
        var unknownUser = await client.SendAsBearerAsync(HttpMethod.Put, $"/api/v1/auth/users/{Guid.NewGuid()}/roles", admin, new { roles = new[] { "user" } });

        var problem = await ProblemAssert.IsProblemAsync(unknownRole, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]?["roles"]);
        await ProblemAssert.IsProblemAsync(unknownUser, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_profile_shows_the_email_to_its_owner_and_agents_but_not_to_other_users()
    {
        var client = service.CreateClient();
        var owner = await client.SignUpAsync();
        var stranger = await client.SignUpAsync();
        var agent = await client.SignInAsync(IdentityServiceFixture.AgentEmail, IdentityServiceFixture.AgentPassword);
        var path = $"/api/v1/auth/users/{owner["user"]!["id"]}";

        var seenByOwner = await (await client.SendAsBearerAsync(HttpMethod.Get, path, owner["access_token"]!.GetValue<string>())).ReadJsonAsync();
        var seenByAgent = await (await client.SendAsBearerAsync(HttpMethod.Get, path, agent["access_token"]!.GetValue<string>())).ReadJsonAsync();
        var seenByStranger = await (await client.SendAsBearerAsync(HttpMethod.Get, path, stranger["access_token"]!.GetValue<string>())).ReadJsonAsync();

        Assert.Equal(owner["user"]!["email"]!.GetValue<string>(), seenByOwner["email"]!.GetValue<string>());
        Assert.Equal(owner["user"]!["email"]!.GetValue<string>(), seenByAgent["email"]!.GetValue<string>());
        Assert.Null(seenByStranger["email"]);
        Assert.Equal("Test User", seenByStranger["display_name"]!.GetValue<string>());
        await ProblemAssert.IsProblemAsync(
            await client.SendAsBearerAsync(HttpMethod.Get, $"/api/v1/auth/users/{Guid.NewGuid()}", owner["access_token"]!.GetValue<string>()),
            HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_seeded_admin_and_agent_can_sign_in_with_their_roles()
    {
        var client = service.CreateClient();

        var admin = await client.SignInAsync(IdentityServiceFixture.AdminEmail, IdentityServiceFixture.AdminPassword);
        var agent = await client.SignInAsync(IdentityServiceFixture.AgentEmail, IdentityServiceFixture.AgentPassword);

        Assert.Equal(["user", "admin"], admin["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["user", "agent"], agent["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
