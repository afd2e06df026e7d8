using System.Text.RegularExpressions;

namespace ChatPlatform.Sessions.Model;

/// <summary>
/// Fills <c>{{customer_name}}</c>, <c>{{agent_name}}</c> and <c>{{session_title}}</c> (spaces inside the braces and
/// any letter case allowed). Unknown variables stay as written, so a typo shows instead of vanishing.
/// </summary>
public static partial class CannedResponseTemplate
{
    public static string Render(string content, TemplateValues values) =>
        Variable().Replace(content, match => match.Groups["name"].Value.ToLowerInvariant() switch
        {
            "customer_name" => values.CustomerName,
            "agent_name" => values.AgentName,
            "session_title" => values.SessionTitle,
            _ => match.Value,
        });

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z_]+)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Variable();
}
