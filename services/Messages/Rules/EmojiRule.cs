using System.Text;

namespace ChatPlatform.Messages.Rules;

/// <summary>A reaction's emoji: 1 to 32 characters (Unicode scalars), no whitespace or control characters.</summary>
public static class EmojiRule
{
    public const int MaxLength = 32;

    public static bool IsValid(string? emoji) =>
        !string.IsNullOrEmpty(emoji)
        && emoji.EnumerateRunes().Count() <= MaxLength
        && emoji.EnumerateRunes().All(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r))
        && !emoji.Contains('/');
}
