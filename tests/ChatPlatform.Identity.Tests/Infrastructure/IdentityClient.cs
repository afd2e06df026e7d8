using System.Net.Http.Headers;

namespace ChatPlatform.Identity.Tests.Infrastructure;

/// <summary>The service's endpoints as a test client calls them.</summary>
public static class IdentityClient
{
    public const string Password = "correct-horse-battery";

    public static string NewEmail(string name = "user") => $"{name}-{Guid.NewGuid():N}@example.test";

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string password = Password, string displayName = "Test User") =>
        client.PostAsJsonAsync("/api/v1/auth/register", new { email, password, display_name = displayName });

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = Password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = refreshToken });

    /// <summary>Registers a new account, logs in, and returns the login response.</summary>
    public static async Task<JsonObject> SignUpAsync(this HttpClient client, string? email = null)
    {
        email ??= NewEmail();
        Assert.Equal(HttpStatusCode.Created, (await client.RegisterAsync(email)).StatusCode);
        return await client.SignInAsync(email, Password);
    }

    public static async Task<JsonObject> SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string accessToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    public static async Task<HttpResponseMessage> SendAsBearerAsync(this HttpClient client, HttpMethod method, string path, string accessToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path).WithBearer(accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
