using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>
/// Keeps a WebSocket handshake's <c>?token=</c> out of traces. OpenTelemetry redacts query values by default, but the
/// AppHost turns that off for a local run (<c>OTEL_DOTNET_EXPERIMENTAL_*_DISABLE_URL_QUERY_REDACTION</c>), so
/// <c>url.query</c> and <c>url.full</c> would carry access tokens into the dashboard; only the token's value is
/// replaced, the rest of the query stays readable.
/// </summary>
public static partial class AccessTokenRedaction
{
    public const string Redacted = "Redacted";

    /// <summary>The text with the value of every <c>token</c> query parameter replaced (names match case-insensitively, as ASP.NET Core reads them).</summary>
    public static string Redact(string text) => TokenParameter().Replace(text, "${name}=" + Redacted);

    /// <summary>Redacts the token in the span's URL tag, when it has one.</summary>
    public static void RedactTag(Activity activity, string tag)
    {
        if (activity.GetTagItem(tag) is string value && TokenParameter().IsMatch(value))
        {
            activity.SetTag(tag, Redact(value));
        }
    }

    [GeneratedRegex(@"(?<=^|[?&])(?<name>token)=[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenParameter();
}
