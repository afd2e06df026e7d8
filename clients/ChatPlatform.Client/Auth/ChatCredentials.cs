namespace ChatPlatform.Client.Auth;

/// <summary>
/// The user's tokens, shared by the REST client and every socket of one user. Refresh tokens rotate (a used one is
/// refused and revokes its family), so exactly one refresh runs at a time and callers that saw the old token wait for
/// it instead of refreshing again.
/// </summary>
public sealed class ChatCredentials(TokenSet tokens, Func<string, CancellationToken, Task<TokenSet>> refresh, TimeProvider? time = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private TokenSet _tokens = tokens;

    /// <summary>How long before expiry a token counts as expiring and is refreshed (default 60 s).</summary>
    public TimeSpan RefreshLead { get; set; } = TimeSpan.FromSeconds(60);

    public TokenSet Tokens => Volatile.Read(ref _tokens);

    /// <summary>Raised after each successful refresh, with the new tokens (persist the refresh token here).</summary>
    public event Action<TokenSet>? Refreshed;

    /// <summary>When the current token should be refreshed: <see cref="RefreshLead"/> before it expires.</summary>
    public DateTimeOffset RefreshDue => Tokens.ExpiresAt - RefreshLead;

    /// <summary>The access token, refreshed first when it is due.</summary>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var tokens = Tokens;
        if (_time.GetUtcNow() < RefreshDue)
        {
            return tokens.AccessToken;
        }
        return (await RefreshAsync(tokens.AccessToken, cancellationToken)).AccessToken;
    }

    /// <summary>
    /// Refreshes the tokens with <c>POST /api/v1/auth/refresh</c>, unless they changed since the caller read
    /// <paramref name="seenAccessToken"/> (another caller refreshed meanwhile).
    /// </summary>
    public async Task<TokenSet> RefreshAsync(string? seenAccessToken = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = Tokens;
            if (seenAccessToken is not null && current.AccessToken != seenAccessToken)
            {
                return current;
            }
            var renewed = await refresh(current.RefreshToken, cancellationToken);
            Volatile.Write(ref _tokens, renewed);
            Refreshed?.Invoke(renewed);
            return renewed;
        }
        finally
        {
            _gate.Release();
        }
    }
}
