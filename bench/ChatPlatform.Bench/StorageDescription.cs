namespace ChatPlatform.Bench;

public static class StorageDescription
{
    /// <summary>One line for the header: which storage a booted platform runs with, or that a running one keeps its own.</summary>
    public static string Of(BenchOptions options) => options.GatewayUrl is not null
        ? $"storage: as the running platform was started (--storage {Name(options.Storage)} applies only when the bench boots it)"
        : options.Storage == StorageKind.Durable
            ? "storage: durable (PostgreSQL fsync, synchronous_commit and full_page_writes on; AppHost --ephemeral --durable)"
            : "storage: throwaway (PostgreSQL fsync, synchronous_commit and full_page_writes off; AppHost --ephemeral)";

    public static string Name(StorageKind storage) => storage.ToString().ToLowerInvariant();
}
