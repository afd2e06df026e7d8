namespace ChatPlatform.Bench.Web;

/// <summary>One page load of one phase in one scenario (raw = the baseline's static server, gateway = the platform).</summary>
public sealed record WebSample(Scenario Scenario, WebPhase Phase, PageLoad Load);
