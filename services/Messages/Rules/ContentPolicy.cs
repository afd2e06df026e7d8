using System.Text.RegularExpressions;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// Banned terms, matched case-insensitively as whole words (not inside a longer word). A reject term refuses the
/// message; each match of a mask term is replaced by as many <c>*</c> as it has characters.
/// </summary>
public sealed class ContentPolicy
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex? _reject;
    private readonly Regex? _mask;

    public ContentPolicy(ContentPolicyOptions options)
    {
        MaxLength = options.MaxLength;
        _reject = WholeWords(options.BannedTerms.Where(t => t.Action == BannedTermActions.Reject));
        _mask = WholeWords(options.BannedTerms.Where(t => t.Action == BannedTermActions.Mask));
    }

    public int MaxLength { get; }

    public ContentCheck Check(string content)
    {
        if (_reject?.IsMatch(content) == true)
        {
            return new ContentCheck(true, content);
        }
        return new ContentCheck(false, _mask?.Replace(content, match => new string('*', match.Length)) ?? content);
    }

    private static Regex? WholeWords(IEnumerable<BannedTermOptions> terms)
    {
        var alternatives = terms.Select(t => t.Term.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length).Select(Regex.Escape).ToList();
        return alternatives.Count == 0
            ? null
            : new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }
}
