using System.Text.RegularExpressions;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// <c>@&lt;user_id&gt;</c>, <c>@&lt;display_name&gt;</c> (spaces removed) or <c>@&lt;email&gt;</c>, case-insensitive,
/// that names a participant. An <c>@</c> inside a word (an e-mail address in the text) starts no mention, and
/// punctuation right after the name (<c>@bob,</c>) is not part of it.
/// </summary>
public static partial class MentionParser
{
    private const string TrailingPunctuation = ".,;:!?)]}\"'";

    public static bool MayMention(string content) => content.Contains('@');

    public static IReadOnlyList<string> Tokens(string content) =>
        Token().Matches(content).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<Guid> Resolve(string content, IReadOnlyCollection<MentionCandidate> participants)
    {
        var found = new List<Guid>();
        foreach (var token in Tokens(content))
        {
            var trimmed = token.TrimEnd(TrailingPunctuation.ToCharArray());
            foreach (var participant in participants)
            {
                if (!found.Contains(participant.UserId) && (Names(participant, token) || Names(participant, trimmed)))
                {
                    found.Add(participant.UserId);
                }
            }
        }
        return found;
    }

    private static bool Names(MentionCandidate participant, string token) =>
        token.Length > 0 && (
            (Guid.TryParse(token, out var id) && id == participant.UserId)
            || string.Equals(token, participant.Email, StringComparison.OrdinalIgnoreCase)
            || (participant.DisplayName is { } name && string.Equals(token, WithoutSpaces(name), StringComparison.OrdinalIgnoreCase)));

    private static string WithoutSpaces(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"(?<![\p{L}\p{N}_@])@(\S+)")]
    private static partial Regex Token();
}
