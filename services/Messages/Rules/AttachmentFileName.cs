using System.Text;

namespace ChatPlatform.Messages.Rules;

/// <summary>The file name a client declared, made safe to store and to send back in Content-Disposition.</summary>
public static class AttachmentFileName
{
    public const string Fallback = "file";

    public static string Clean(string? declared)
    {
        var name = declared ?? string.Empty;
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value == 0xFFFD)
            {
                continue;
            }
            if (clean.Length + rune.Utf16SequenceLength > AttachmentLimits.FileNameMaxLength)
            {
                break;
            }
            clean.Append(rune.ToString());
        }
        var result = clean.ToString().Trim();
        return result.Trim('.').Length == 0 ? Fallback : result;
    }
}
