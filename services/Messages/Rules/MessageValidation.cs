namespace ChatPlatform.Messages.Rules;

/// <summary>Either a <see cref="ValidMessage"/> or field errors keyed by the snake_case field name.</summary>
public sealed record MessageValidation(ValidMessage? Message, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Message is not null;
}
