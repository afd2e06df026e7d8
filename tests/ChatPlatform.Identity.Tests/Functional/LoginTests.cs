using ChatPlatform.Contracts;
using ChatPlatform.Identity.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class LoginTests(IdentityServiceFixture service)
{
    [Fact]
    public async Task Login_returns_a_bearer_access_token_a_refresh_token_and_the_user()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("frank");
        await client.RegisterAsync(email, displayName: "Frank");

        var body = await client.SignInAsync(email, IdentityClient.Password);

        Assert.Equal("bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(900, body["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["refresh_token"]!.GetValue<string>()));
        Assert.Equal(email, body["user"]!["email"]!.GetValue<string>());

        var token = new JsonWebToken(body["access_token"]!.GetValue<string>());
        Assert.Equal("RS256", token.Alg);
        Assert.False(string.IsNullOrEmpty(token.Kid));
        Assert.Equal("chatplatform", token.Issuer);
        Assert.Equal(["chatplatform"], token.Audiences);
        Assert.Equal(body["user"]!["id"]!.GetValue<string>(), token.Subject);
        Assert.Equal(email, token.GetClaim("email").Value);
        Assert.Equal("Frank", token.GetClaim("name").Value);
        Assert.Equal(["user"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromSeconds(899), TimeSpan.FromSeconds(901));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("grace");
        await client.RegisterAsync(email);

        var wrongPassword = await ProblemAssert.IsProblemAsync(await client.LoginAsync(email, "wrong-password"), HttpStatusCode.Unauthorized, "unauthorized");
        var unknownEmail = await ProblemAssert.IsProblemAsync(await client.LoginAsync(IdentityClient.NewEmail("nobody"), "wrong-password"), HttpStatusCode.Unauthorized, "unauthorized");

        Assert.Equal(wrongPassword["detail"]!.GetValue<string>(), unknownEmail["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_login_publishes_LoginFailed_with_the_client_address()
    {
        var address = service.NewClientAddress();
        var client = service.CreateClient(address);
        var email = IdentityClient.NewEmail("heidi");
        await client.RegisterAsync(email);

        await client.LoginAsync(email, "wrong-password");

        var failed = await service.Events.WaitForAsync<LoginFailed>(e => e.Email == email);
        Assert.NotNull(failed.UserId);
        Assert.Equal(address, failed.ClientAddress);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_with_429_and_Retry_After_even_for_the_right_password()
    {
        var email = IdentityClient.NewEmail("ivan");
        await service.CreateClient().RegisterAsync(email);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            // A different client address each time: the account limit applies on its own.
            Assert.Equal(HttpStatusCode.Unauthorized, (await service.CreateClient().LoginAsync(email, "wrong-password")).StatusCode);
        }
        var locked = await service.CreateClient().LoginAsync(email, IdentityClient.Password);

        await ProblemAssert.IsProblemAsync(locked, HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_successful_login_clears_earlier_failures_of_the_account()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("judy");
        await client.RegisterAsync(email);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await service.CreateClient().LoginAsync(email, "wrong-password");
        }
        await client.SignInAsync(email, IdentityClient.Password);

        for (var attempt = 0; attempt < 4; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await service.CreateClient().LoginAsync(email, "wrong-password")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Many_failures_from_one_client_address_are_throttled_across_accounts()
    {
        var client = service.CreateClient();

        for (var attempt = 0; attempt < IdentityServiceFixture.MaxFailuresPerAddress; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(IdentityClient.NewEmail("spray"), "guess-123")).StatusCode);
        }
        var throttled = await client.LoginAsync(IdentityClient.NewEmail("spray"), "guess-123");

        await ProblemAssert.IsProblemAsync(throttled, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_validation_failed()
    {
        var response = await service.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["email", "password"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }
}
