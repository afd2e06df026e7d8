using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.ServiceDefaults;

namespace ChatPlatform.Sessions.Infrastructure.Peers;

/// <summary>
/// Asks Messages for the unread count and last message of many sessions in one call, as the caller (their bearer
/// token is forwarded). This only decorates a list: when Messages is slow or down the caller gets zeros, not an error.
/// </summary>
public sealed partial class MessageSummariesClient(HttpClient http, ILogger<MessageSummariesClient> logger)
{
    private static readonly IReadOnlyDictionary<Guid, SessionSummaryResponse> None = new Dictionary<Guid, SessionSummaryResponse>();

    public async Task<IReadOnlyDictionary<Guid, SessionSummaryResponse>> GetAsync(
        IReadOnlyCollection<Guid> sessionIds, string? authorization, CancellationToken cancellationToken)
    {
        if (sessionIds.Count == 0)
        {
            return None;
        }
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/internal/sessions/summaries?session_ids={string.Join(',', sessionIds)}");
            if (AuthenticationHeaderValue.TryParse(authorization, out var header))
            {
                request.Headers.Authorization = header;
            }
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<Dictionary<Guid, SessionSummaryResponse>>(ChatJson.Options, cancellationToken) ?? None;
        }
        // Any failure here (refused, timed out, circuit open, odd payload) must not fail the caller's request.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogSummariesUnavailable(logger, sessionIds.Count, exception.GetType().Name, exception.Message);
            return None;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message summaries for {SessionCount} sessions unavailable ({Error}: {Reason}); returning unread_count 0 and no last_message")]
    private static partial void LogSummariesUnavailable(ILogger logger, int sessionCount, string error, string reason);
}
