using System.Net.Http.Headers;
using ChatPlatform.Client;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A registered, logged-in user. Sign-up and sign-in go through the SDK (<see cref="Sdk"/>, which keeps the user's
/// tokens and refreshes them), so every test runs on it; <see cref="Http"/> is a plain client with the same bearer
/// token for the tests that assert the wire itself (status codes, headers, problem bodies, exact fields).
/// </summary>
public sealed record TestUser(Guid Id, string Email, string Password, string AccessToken, string RefreshToken, HttpClient Http, ChatPlatformClient Sdk)
{
    public static async Task<TestUser> RegisterAsync(PlatformFixture platform, string? name = null)
    {
        var email = $"{name ?? "user"}-{Guid.NewGuid():N}@example.test";
        const string password = "correct-horse-battery";
        using var signUp = new ChatPlatformClient(platform.GatewayAddress);
        var registered = await signUp.RegisterAsync(email, password, name ?? "Test User");
        Assert.Equal(email, registered.Email);
        return await LoginAsync(platform, email, password);
    }

    public static async Task<TestUser> LoginAsync(PlatformFixture platform, string email, string password)
    {
        var sdk = new ChatPlatformClient(platform.GatewayAddress);
        var tokens = await sdk.LoginAsync(email, password);
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Access_token);
        return new TestUser(tokens.User.Id, email, password, tokens.Access_token, tokens.Refresh_token, client, sdk);
    }
}
