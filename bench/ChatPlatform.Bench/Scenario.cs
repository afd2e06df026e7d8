namespace ChatPlatform.Bench;

public enum Scenario
{
    /// <summary>Baseline A: a minimal in-process Kestrel room broadcast (no ChatPlatform code).</summary>
    Raw,

    /// <summary>Baseline B: the platform's Presence service through DCP's proxy, no gateway.</summary>
    Direct,

    /// <summary>The measured run: the platform through the gateway, as clients use it.</summary>
    Gateway,
}
