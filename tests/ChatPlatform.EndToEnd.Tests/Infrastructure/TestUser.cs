using System.Net.Http.Headers;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>A registered, logged-in user and an HTTP client that sends their bearer token to the gateway.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string AccessToken, string RefreshToken, HttpClient Http)
{
    public static async Task<TestUser> RegisterAsync(PlatformFixture platform, string? name = null)
    {
        var client = platform.CreateClient();
        var email = $"{name ?? "user"}-{Guid.NewGuid():N}@example.test";
        const string password = "correct-horse-battery";
        var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password, display_name = name ?? "Test User" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        return await LoginAsync(platform, email, password);
    }

    public static async Task<TestUser> LoginAsync(PlatformFixture platform, string email, string password)
    {
        var client = platform.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var body = await login.Content.ReadFromJsonAsync<JsonObject>();
        var accessToken = body!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new TestUser(
            Guid.Parse(body["user"]!["id"]!.GetValue<string>()),
            email, password, accessToken, body["refresh_token"]!.GetValue<string>(), client);
    }
}
