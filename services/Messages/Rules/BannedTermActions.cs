namespace ChatPlatform.Messages.Rules;

public static class BannedTermActions
{
    public const string Reject = "reject";
    public const string Mask = "mask";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Reject, Mask], StringComparer.Ordinal);
}
