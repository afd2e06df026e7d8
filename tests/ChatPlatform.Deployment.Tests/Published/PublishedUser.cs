using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ChatPlatform.Deployment.Tests.Published;

/// <summary>A user signed in through the front address, with a client that sends their token.</summary>
internal sealed record PublishedUser(string Id, string AccessToken, HttpClient Http)
{
    public static async Task<PublishedUser> RegisterAsync(string displayName)
    {
        var email = $"{displayName.ToLowerInvariant()}-{Guid.NewGuid():N}@published.test";
        const string password = "correct-horse-battery";
        using var anonymous = new HttpClient { BaseAddress = PublishedFactAttribute.Front };
        var register = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password, display_name = displayName });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        return await LoginAsync(email, password);
    }

    public static async Task<PublishedUser> LoginAsync(string email, string password)
    {
        var http = new HttpClient { BaseAddress = PublishedFactAttribute.Front };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var body = (await login.Content.ReadFromJsonAsync<JsonObject>())!;
        var token = body["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new PublishedUser(body["user"]!["id"]!.GetValue<string>(), token, http);
    }

    /// <summary>POSTs JSON and returns the answer's body, after checking its status.</summary>
    public async Task<JsonObject> PostAsync(string path, object body, HttpStatusCode expected)
    {
        var response = await Http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> GetAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
