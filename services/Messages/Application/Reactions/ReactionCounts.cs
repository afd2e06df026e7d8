namespace ChatPlatform.Messages.Application.Reactions;

/// <summary>A message's reaction counts as every response carries them: emoji to count, in ordinal order of the emoji.</summary>
public static class ReactionCounts
{
    public static IReadOnlyDictionary<string, int> Ordered(IEnumerable<(string Emoji, int Count)> counts) =>
        counts.OrderBy(c => c.Emoji, StringComparer.Ordinal).ToDictionary(c => c.Emoji, c => c.Count);
}
