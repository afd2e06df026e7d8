using System.Net;
using System.Net.Http.Json;
using ChatPlatform.ServiceDefaults;

namespace ChatPlatform.Moderation.Infrastructure.Peers;

/// <summary>Asks Messages for a message as the caller sees it, so nobody reports what they cannot read.</summary>
public sealed class MessagesClient(HttpClient http, ILogger<MessagesClient> logger)
{
    public async Task<(PeerLookup Result, ReadableMessage? Message)> FindReadableAsync(Guid messageId, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"internal/messages/{messageId}");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                return (PeerLookup.NotFound, null);
            }
            response.EnsureSuccessStatusCode();
            var message = await response.Content.ReadFromJsonAsync<ReadableMessage>(ChatJson.Options, cancellationToken);
            return message is null ? (PeerLookup.Unavailable, null) : (PeerLookup.Found, message);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or System.Text.Json.JsonException
            or Polly.ExecutionRejectedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(exception, "Messages could not say whether message {MessageId} is readable", messageId);
            return (PeerLookup.Unavailable, null);
        }
    }
}
