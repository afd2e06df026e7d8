using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatPlatform.ServiceDefaults;

namespace ChatPlatform.Sessions.Infrastructure.Peers;

/// <summary>
/// Asks Presence which of some users are online (as the caller: their token is forwarded). Used only by automatic
/// routing, which simply leaves a session in the queue when Presence does not answer.
/// </summary>
public sealed partial class PresenceClient(HttpClient http, ILogger<PresenceClient> logger)
{
    public const int MaxUsersPerCall = 200;

    public async Task<IReadOnlySet<Guid>> GetOnlineAsync(IReadOnlyCollection<Guid> userIds, string? authorization, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new HashSet<Guid>();
        }
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/chat/presence?user_ids={string.Join(',', userIds.Take(MaxUsersPerCall))}");
            if (AuthenticationHeaderValue.TryParse(authorization, out var header))
            {
                request.Headers.Authorization = header;
            }
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var statuses = await response.Content.ReadFromJsonAsync<Dictionary<Guid, JsonElement>>(ChatJson.Options, cancellationToken) ?? [];
            return statuses
                .Where(pair => pair.Value.ValueKind == JsonValueKind.Object
                    && pair.Value.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String && status.GetString() == "online")
                .Select(pair => pair.Key)
                .ToHashSet();
        }
        // Routing is best effort: whatever goes wrong, the session waits for an agent to accept it.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogPresenceUnavailable(logger, exception.GetType().Name, exception.Message);
            return new HashSet<Guid>();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence unavailable for routing ({Error}: {Reason}); the session waits in the queue")]
    private static partial void LogPresenceUnavailable(ILogger logger, string error, string reason);
}
