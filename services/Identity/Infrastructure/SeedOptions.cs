namespace ChatPlatform.Identity.Infrastructure;

/// <summary>Accounts created or updated at start when configured (section <c>Seed</c>, e.g. <c>Seed__AdminEmail</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string AdminDisplayName { get; set; } = "Administrator";
    public string? AgentEmail { get; set; }
    public string? AgentPassword { get; set; }
    public string AgentDisplayName { get; set; } = "Support Agent";
}
