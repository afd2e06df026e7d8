namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Type names stored in the outbox: full name and assembly, without a version, so upgrades still resolve. Public for
/// services that write outbox rows in SQL of their own.
/// </summary>
public static class OutboxTypeName
{
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    internal static Type Resolve(string name) =>
        Type.GetType(name, throwOnError: false) ?? throw new InvalidOperationException($"Outbox message type '{name}' cannot be resolved.");
}
