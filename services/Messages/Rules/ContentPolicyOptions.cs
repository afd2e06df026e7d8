using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Messages.Rules;

/// <summary>Section <c>ContentPolicy</c>: the longest message and the banned terms (SPEC.md section 5).</summary>
public sealed class ContentPolicyOptions
{
    public const string SectionName = "ContentPolicy";

    [Range(1, 1_000_000)]
    public int MaxLength { get; set; } = MessageLimits.ContentMaxLength;

    public List<BannedTermOptions> BannedTerms { get; set; } = [];

    public bool IsValid() => BannedTerms.All(t => !string.IsNullOrWhiteSpace(t.Term) && BannedTermActions.All.Contains(t.Action));
}
