using ChatPlatform.Client.Auth;
using ChatPlatform.Client.Http;
using ChatPlatform.Client.Realtime;
using ChatPlatform.Client.Rest;

namespace ChatPlatform.Client;

/// <summary>
/// The SDK's entry point: <see cref="Api"/> is every REST path of the gateway (generated from its OpenAPI document)
/// with the bearer token attached and problem+json answers thrown as <see cref="ChatPlatformProblemException"/>;
/// <see cref="LoginAsync"/> keeps the user's tokens (refreshed before expiry) for the REST calls and the sockets
/// of <see cref="ConnectAsync"/> alike.
/// </summary>
public sealed class ChatPlatformClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpClient _anonymous;
    private readonly TimeProvider _time;

    /// <param name="gatewayAddress">The gateway, e.g. <c>http://localhost:8000/</c>.</param>
    /// <param name="transport">The innermost handler (a test server's, or one with a proxy); a new <see cref="SocketsHttpHandler"/> if null.</param>
    /// <param name="time">The clock tokens expire by (tests).</param>
    public ChatPlatformClient(Uri gatewayAddress, HttpMessageHandler? transport = null, TimeProvider? time = null)
    {
        GatewayAddress = gatewayAddress;
        _time = time ?? TimeProvider.System;
        var inner = transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _anonymous = new HttpClient(new ProblemHandler(inner), disposeHandler: false) { BaseAddress = gatewayAddress };
        _http = new HttpClient(new ProblemHandler(new BearerHandler(() => Credentials, inner)), disposeHandler: true) { BaseAddress = gatewayAddress };
        Api = new ChatPlatformRestClient(_http);
    }

    public Uri GatewayAddress { get; }

    /// <summary>Every REST operation of the gateway's OpenAPI document, named by its operationId.</summary>
    public ChatPlatformRestClient Api { get; }

    /// <summary>The signed-in user's tokens; null before <see cref="LoginAsync"/> or <see cref="UseTokens"/>.</summary>
    public ChatCredentials? Credentials { get; private set; }

    /// <summary>The HTTP client behind <see cref="Api"/> (bearer token and problem handling included), for paths of your own.</summary>
    public HttpClient Http => _http;

    public Task<UserResponse> RegisterAsync(string email, string password, string displayName, CancellationToken cancellationToken = default) =>
        new ChatPlatformRestClient(_anonymous).RegisterAsync(
            body: new RegisterRequest { Email = email, Password = password, Display_name = displayName }, cancellationToken: cancellationToken);

    /// <summary>Signs in; the tokens are kept and refreshed for every later call and socket.</summary>
    public async Task<TokenResponse> LoginAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var answer = await new ChatPlatformRestClient(_anonymous).LoginAsync(new LoginRequest { Email = email, Password = password }, cancellationToken);
        UseTokens(Tokens(answer));
        return answer;
    }

    /// <summary>Signs in with tokens kept from an earlier run (the refresh token renews them).</summary>
    public ChatCredentials UseTokens(TokenSet tokens)
    {
        Credentials = new ChatCredentials(tokens, RefreshAsync, _time);
        return Credentials;
    }

    /// <summary>
    /// Opens a chat socket with the signed-in user's tokens: one session's when <paramref name="sessionId"/> is given
    /// (without <paramref name="sinceSeq"/> it starts after the session's newest message, read over REST first, so
    /// even a drop before the first message resumes exactly), else the all-sessions socket. <paramref name="configure"/>
    /// changes the socket options, e.g. <c>o => o with { PingInterval = TimeSpan.FromSeconds(10) }</c>.
    /// </summary>
    public async Task<ChatConnection> ConnectAsync(
        Guid? sessionId = null, long? sinceSeq = null, Func<ChatConnectionOptions, ChatConnectionOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var credentials = Credentials ?? throw new InvalidOperationException("Log in first (LoginAsync or UseTokens).");
        if (sessionId is { } id && sinceSeq is null)
        {
            var newest = await Api.GetMessagesAsync(id, limit: 1, cancellationToken: cancellationToken);
            sinceSeq = newest.Items.FirstOrDefault()?.Seq ?? 0;
        }
        var options = new ChatConnectionOptions { GatewayAddress = GatewayAddress, Credentials = credentials, SessionId = sessionId, SinceSeq = sinceSeq };
        return await ChatConnection.ConnectAsync(configure?.Invoke(options) ?? options, cancellationToken);
    }

    private async Task<TokenSet> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        Tokens(await new ChatPlatformRestClient(_anonymous).RefreshAsync(new RefreshRequest { Refresh_token = refreshToken }, cancellationToken));

    private TokenSet Tokens(TokenResponse answer) =>
        TokenSet.FromAnswer($"{answer.Access_token}", $"{answer.Refresh_token}", answer.Expires_in, _time.GetUtcNow());

    public void Dispose()
    {
        _http.Dispose();
        _anonymous.Dispose();
    }
}
