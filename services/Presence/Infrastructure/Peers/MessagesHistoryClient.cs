using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Frames;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>
/// Messages' history API (<c>http://messages</c> through service discovery), called with the user's own token so it
/// returns exactly what that user may read. Items are passed through as Messages wrote them.
/// </summary>
public sealed class MessagesHistoryClient(HttpClient http, IOptions<PresenceOptions> options) : IHistorySource
{
    public async Task<HistoryPage> GetAfterAsync(Guid sessionId, long afterSeq, string accessToken, CancellationToken cancellationToken)
    {
        var query = $"after_seq={afterSeq.ToString(CultureInfo.InvariantCulture)}&limit={options.Value.HistoryPageSize}";
        using var document = await GetPageAsync(sessionId, query, accessToken, cancellationToken);
        var items = document.RootElement.GetProperty("items");
        var frames = new List<MessageFrame>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            frames.Add(MessageFrames.FromHistoryItem(item));
        }
        var hasMore = document.RootElement.TryGetProperty("next_cursor", out var cursor) && cursor.ValueKind == JsonValueKind.String;
        return new HistoryPage(frames, hasMore);
    }

    public async Task<long> GetLastSeqAsync(Guid sessionId, string accessToken, CancellationToken cancellationToken)
    {
        using var document = await GetPageAsync(sessionId, "limit=1", accessToken, cancellationToken);
        var items = document.RootElement.GetProperty("items");
        return items.GetArrayLength() == 0 ? 0 : items[0].GetProperty("seq").GetInt64();
    }

    public async Task<long> GetSeqBeforeAsync(Guid sessionId, DateTimeOffset time, string accessToken, CancellationToken cancellationToken)
    {
        using var document = await GetPageAsync(sessionId, $"limit={options.Value.HistoryPageSize}", accessToken, cancellationToken);
        long? oldestAfter = null;
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var seq = item.GetProperty("seq").GetInt64();
            if (item.GetProperty("timestamp").GetDateTimeOffset() < time)
            {
                return seq;
            }
            oldestAfter = seq;
        }
        return oldestAfter is { } seqAfter ? seqAfter - 1 : 0;
    }

    private async Task<JsonDocument> GetPageAsync(Guid sessionId, string query, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.MessagesAddress, $"/api/v1/chat/sessions/{sessionId}/messages?{query}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            throw new HistoryAccessDeniedException(sessionId, (int)response.StatusCode);
        }
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }
}
