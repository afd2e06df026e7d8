using System.Net.Mail;
using System.Text.RegularExpressions;

namespace ChatPlatform.Identity.Rules;

/// <summary>What counts as an email address here, and the case-insensitive form accounts are looked up by.</summary>
public static partial class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static bool IsValid(string email) =>
        email.Length <= MaxLength
        && SimpleShape().IsMatch(email)
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.Address == email;

    [GeneratedRegex(@"^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+\.[^@\s\p{Cc}]+$")]
    private static partial Regex SimpleShape();
}
