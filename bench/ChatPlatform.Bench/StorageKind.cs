namespace ChatPlatform.Bench;

/// <summary>How the booted platform's PostgreSQL treats its data (<c>--storage</c>).</summary>
public enum StorageKind
{
    /// <summary>PostgreSQL's defaults: fsync, synchronous_commit and full_page_writes on (AppHost <c>--durable</c>).</summary>
    Durable,

    /// <summary>The AppHost's <c>--ephemeral</c> shortcut: fsync, synchronous_commit and full_page_writes off.</summary>
    Throwaway,
}
