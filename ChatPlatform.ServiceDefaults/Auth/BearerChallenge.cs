namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>
/// The <c>WWW-Authenticate</c> value of a 401 (RFC 9110 section 11.6.1 requires one; RFC 6750 section 3 gives its
/// form): <c>Bearer</c> when no token came, and <c>Bearer error="invalid_token", error_description="..."</c> when one
/// did and was refused, so a client knows to refresh rather than to sign in.
/// </summary>
public static class BearerChallenge
{
    public const string Scheme = "Bearer";

    public static string For(bool tokenRefused, string description) =>
        tokenRefused ? $"{Scheme} error=\"invalid_token\", error_description=\"{Quotable(description)}\"" : Scheme;

    /// <summary>RFC 6750 allows only visible ASCII other than <c>"</c> and <c>\</c> (and spaces) in error_description.</summary>
    private static string Quotable(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                var c = source[index];
                span[index] = c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '\'';
            }
        });
}
