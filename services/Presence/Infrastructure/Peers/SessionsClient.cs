using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.Presence.Application;
using ChatPlatform.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>
/// The cold path to Sessions (<c>http://sessions</c>), for what Presence's Redis projection does not know yet. The
/// user's token is forwarded, so Sessions answers only with what that user may see.
/// </summary>
public sealed class SessionsClient(HttpClient http, IOptions<PresenceOptions> options)
{
    /// <summary>The session's participants, or null when the user is not one (nor an admin) or it does not exist.</summary>
    public async Task<SessionMembersResponse?> GetMembersAsync(Guid sessionId, string accessToken, CancellationToken cancellationToken)
    {
        using var request = Get($"/internal/sessions/{sessionId}/members", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SessionMembersResponse>(ChatJson.Options, cancellationToken);
    }

    /// <summary>The ids of every session the user takes part in, following the list's cursor.</summary>
    public Task<IReadOnlyList<Guid>> GetMySessionIdsAsync(string accessToken, CancellationToken cancellationToken) =>
        PagedIds.ReadAsync(http, options.Value.SessionsAddress, "/api/v1/chat/sessions", "id", accessToken, cancellationToken);

    private HttpRequestMessage Get(string path, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.SessionsAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
