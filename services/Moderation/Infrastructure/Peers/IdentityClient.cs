using System.Net;
using System.Net.Http.Json;
using ChatPlatform.ServiceDefaults;

namespace ChatPlatform.Moderation.Infrastructure.Peers;

/// <summary>Asks Identity whether an account exists (its public profile endpoint), with the caller's own token.</summary>
public sealed class IdentityClient(HttpClient http, ILogger<IdentityClient> logger)
{
    public async Task<(PeerLookup Result, string? DisplayName)> FindUserAsync(Guid userId, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/auth/users/{userId}");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (PeerLookup.NotFound, null);
            }
            response.EnsureSuccessStatusCode();
            var profile = await response.Content.ReadFromJsonAsync<UserProfile>(ChatJson.Options, cancellationToken);
            return (PeerLookup.Found, profile?.DisplayName);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or System.Text.Json.JsonException
            or Polly.ExecutionRejectedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(exception, "Identity could not say whether user {UserId} exists", userId);
            return (PeerLookup.Unavailable, null);
        }
    }

    private sealed record UserProfile(Guid Id, string? DisplayName);
}
