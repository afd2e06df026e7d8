using System.Net.Http.Headers;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Http;

/// <summary>A request made as one of the bench's users (<c>Authorization: Bearer</c>, their current token).</summary>
public static class BearerRequest
{
    public static HttpRequestMessage For(BenchUser user, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        return request;
    }
}
