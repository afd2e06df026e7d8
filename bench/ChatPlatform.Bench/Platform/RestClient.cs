using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPlatform.Bench.Platform;

/// <summary>
/// The few REST calls the set-up makes through the gateway, retrying what a loaded machine or the gateway's
/// per-IP rate limit (anonymous auth calls) answers with 429/502/503/504.
/// </summary>
public sealed class RestClient(Uri gateway) : IDisposable
{
    private const int MaxAttempts = 12;

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = gateway,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <param name="retryNotFound">Also retry 404 (a projection that has not caught up with a new session yet).</param>
    public Task<JsonNode> PostAsync(string path, object body, string? bearer, HttpStatusCode expected, CancellationToken cancellationToken,
        bool retryNotFound = false) =>
        SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body), bearer, expected, retryNotFound, cancellationToken);

    public Task<JsonNode> GetAsync(string path, string bearer, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, bearer, HttpStatusCode.OK, retryNotFound: false, cancellationToken);

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string? json, string? bearer, HttpStatusCode expected,
        bool retryNotFound, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path)
            {
                Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
            };
            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Backoff(attempt), cancellationToken);
                continue;
            }
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == expected)
                {
                    return JsonNode.Parse(text) ?? throw new InvalidOperationException($"{method} {path}: empty body.");
                }
                var retryable = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                    or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                    || (retryNotFound && response.StatusCode == HttpStatusCode.NotFound);
                if (!retryable || attempt >= MaxAttempts)
                {
                    throw new InvalidOperationException($"{method} {path} -> {(int)response.StatusCode}: {Truncate(text)}");
                }
                var wait = response.Headers.RetryAfter?.Delta ?? Backoff(attempt);
                await Task.Delay(wait < TimeSpan.FromSeconds(10) ? wait : TimeSpan.FromSeconds(10), cancellationToken);
            }
        }
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(5000, 100 * Math.Pow(2, attempt - 1)) + Random.Shared.Next(100));

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "..." : text;

    public void Dispose() => _http.Dispose();
}
