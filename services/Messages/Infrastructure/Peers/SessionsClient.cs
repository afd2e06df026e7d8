using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatPlatform.ServiceDefaults;

namespace ChatPlatform.Messages.Infrastructure.Peers;

/// <summary>The cold path: asks Sessions about a session the projection does not know, as the calling user.</summary>
public sealed class SessionsClient(HttpClient http)
{
    /// <summary>The session's members, or null when it does not exist or the caller is not a participant.</summary>
    public async Task<SessionMembersSnapshot?> GetMembersAsync(Guid sessionId, string bearerToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"internal/sessions/{sessionId}/members");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SessionMembersSnapshot>(ChatJson.Options, cancellationToken);
    }
}
