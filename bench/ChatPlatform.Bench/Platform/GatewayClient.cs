using System.Net;
using ChatPlatform.Client;
using ChatPlatform.Client.Rest;

namespace ChatPlatform.Bench.Platform;

/// <summary>
/// The set-up's REST calls through the gateway, made with the SDK (<see cref="ChatPlatformClient"/>, one per user,
/// all on one connection pool), retrying what a loaded machine or the gateway's per-IP rate limit (anonymous auth
/// calls) answers with 429/502/503/504. The measured load itself uses the bench's own clients (docs/sdk.md says why).
/// </summary>
public sealed class GatewayClient(Uri gateway) : IDisposable
{
    private const int MaxAttempts = 12;

    private readonly SocketsHttpHandler _transport = new()
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>A client of the gateway on the shared pool; sign it in with <see cref="LoginAsync"/>. Never disposed alone (it would close the pool).</summary>
    public ChatPlatformClient NewClient() => new(gateway, new NonDisposingHandler(_transport));

    public async Task<Guid> RegisterAsync(string email, string password, string displayName, CancellationToken cancellationToken)
    {
        var client = NewClient();
        var user = await RetryAsync(() => client.RegisterAsync(email, password, displayName, cancellationToken), retryNotFound: false, cancellationToken);
        return user.Id;
    }

    /// <returns>The access token; <paramref name="client"/> keeps both tokens for its later calls.</returns>
    public async Task<string> LoginAsync(ChatPlatformClient client, string email, string password, CancellationToken cancellationToken)
    {
        var tokens = await RetryAsync(() => client.LoginAsync(email, password, cancellationToken), retryNotFound: false, cancellationToken);
        return tokens.Access_token;
    }

    public async Task<Guid> CreateGroupSessionAsync(ChatPlatformClient creator, string title, IReadOnlyCollection<Guid> participants, CancellationToken cancellationToken)
    {
        var request = new CreateSessionRequest { Title = title, Kind = CreateSessionRequestKind.Group, Participant_ids = [.. participants] };
        var session = await RetryAsync(() => creator.Api.CreateSessionAsync(request, cancellationToken: cancellationToken), retryNotFound: false, cancellationToken);
        return session.Id;
    }

    /// <summary>A REST send, retried while a projection has not caught up with a new session (404).</summary>
    public Task SendAsync(ChatPlatformClient sender, Guid sessionId, string content, string clientMessageId, CancellationToken cancellationToken)
    {
        var request = new SendMessageRequest { Message_type = SendMessageRequestMessage_type.Text, Content = content, Client_message_id = clientMessageId };
        return RetryAsync(() => sender.Api.SendMessageAsync(sessionId, request, cancellationToken: cancellationToken), retryNotFound: true, cancellationToken);
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> call, bool retryNotFound, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
            catch (ChatPlatformProblemException problem) when (attempt < MaxAttempts && IsRetryable(problem.Status, retryNotFound))
            {
                var wait = problem.RetryAfter ?? Backoff(attempt);
                await Task.Delay(wait < TimeSpan.FromSeconds(10) ? wait : TimeSpan.FromSeconds(10), cancellationToken);
            }
        }
    }

    private static bool IsRetryable(HttpStatusCode status, bool retryNotFound) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        || (retryNotFound && status == HttpStatusCode.NotFound);

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(5000, 100 * Math.Pow(2, attempt - 1)) + Random.Shared.Next(100));

    public void Dispose() => _transport.Dispose();

    /// <summary>Lets many SDK clients share one pool: disposing a client leaves the pool open.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
