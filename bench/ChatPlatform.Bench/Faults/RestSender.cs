using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// A REST sender as a real client: POST the message with a <c>client_message_id</c>; on a 5xx, a 429, a refused
/// connection or no answer it waits (Retry-After when given) and posts the same id again, for up to a minute.
/// A 201 (or the 200 of a replay) is an acknowledgement. One send at a time, as a client's outgoing queue.
/// </summary>
public sealed class RestSender(BenchUser user, Guid session, HttpClient http, AckLog acks, Observations seen, SendIds ids)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(1);

    private int _busy;

    public Guid Session { get; } = session;

    /// <summary>Sends one new message unless the previous one is still being sent (then false, and nothing is sent).</summary>
    public bool TrySendNew(CancellationToken cancellationToken, out Task sending)
    {
        sending = Task.CompletedTask;
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            return false;
        }
        sending = SendAsync(ids.Next(), cancellationToken);
        return true;
    }

    private async Task SendAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await SendUntilAcknowledgedAsync(id, cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private async Task SendUntilAcknowledgedAsync(string id, CancellationToken cancellationToken)
    {
        var started = Environment.TickCount64;
        for (var attempt = 1; Environment.TickCount64 - started < GiveUpAfter.TotalMilliseconds; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/chat/sessions/{Session}/messages")
            {
                Content = JsonContent.Create(new { message_type = "text", content = $"fault load {id}", client_message_id = id }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    var message = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
                    acks.Record(id, Session, message!["seq"]!.GetValue<long>(), "rest");
                    return;
                }
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                var code = problem ? (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))?["code"]?.GetValue<string>() : null;
                seen.Add($"REST {(int)response.StatusCode} {(problem ? $"problem+json {code}" : "NOT problem+json")}");
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    return;
                }
                retryAfter = response.Headers.RetryAfter?.Delta;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                seen.Add($"hang: REST no answer in {http.Timeout.TotalSeconds:0} s");
            }
            catch (HttpRequestException ex)
            {
                seen.Add($"REST connection failed ({ex.HttpRequestError})");
            }
            var wait = retryAfter ?? TimeSpan.FromMilliseconds(Math.Min(5000, 200 * Math.Pow(2, attempt)));
            await Task.Delay(wait < TimeSpan.FromSeconds(5) ? wait : TimeSpan.FromSeconds(5), cancellationToken);
        }
        seen.Add("REST send given up after 1 min");
    }
}
